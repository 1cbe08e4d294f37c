// Who the page calls the engine as. People sign in (a cookie session the browser sends by itself; changes also carry
// the antiforgery token the engine set in the readable XSRF-TOKEN cookie). A lobby screen or a kiosk is a device: it
// is opened once with ?device=<token>, which is kept in this browser's storage and taken out of the address.

const deviceTokenKey = 'frontdesk.deviceToken';
const antiforgeryCookie = 'XSRF-TOKEN';
export const antiforgeryHeader = 'X-XSRF-TOKEN';

export function deviceToken(): string | null {
  const address = new URL(location.href);
  const given = address.searchParams.get('device');
  if (given) {
    localStorage.setItem(deviceTokenKey, given);
    address.searchParams.delete('device');
    history.replaceState(history.state, '', address.pathname + address.search + address.hash);
  }
  return localStorage.getItem(deviceTokenKey);
}

function cookie(name: string): string | null {
  for (const part of document.cookie.split(';')) {
    const [key, ...value] = part.trim().split('=');
    if (key === name) return decodeURIComponent(value.join('='));
  }
  return null;
}

/** The headers that say who is calling: a device's token, and for a change the antiforgery token of the session. */
export function authHeaders(method: string): Record<string, string> {
  const headers: Record<string, string> = {};
  const token = deviceToken();
  if (token) headers.Authorization = `Bearer ${token}`;
  const xsrf = method === 'GET' ? null : cookie(antiforgeryCookie);
  if (xsrf) headers[antiforgeryHeader] = xsrf;
  return headers;
}

/** On 401 the session is over (or never was): off to the sign-in page, which brings the reader back here. */
export function signInIfNeeded(status: number): void {
  if (status !== 401 || location.pathname.startsWith('/sign-in') || location.pathname.startsWith('/ticket')) return;
  location.assign(`/sign-in?return=${encodeURIComponent(location.pathname + location.search)}`);
}
