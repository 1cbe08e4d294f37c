// The page's address keeps the branch and date shown (?branch=…&date=…), so a reload or a shared link opens the same
// day; the branch last chosen is also remembered for the next visit.

const storageKey = 'frontdesk.calendar.branch';

export interface Address {
  readonly branch: string | null;
  readonly date: string | null;
  readonly highlight: string | null;
}

export function readAddress(): Address {
  const query = new URLSearchParams(location.search);
  const date = query.get('date');
  return { branch: query.get('branch'), date: date && /^\d{4}-\d{2}-\d{2}$/.test(date) ? date : null, highlight: query.get('booking') };
}

export function writeAddress(branch: string, date: string): void {
  const url = new URL(location.href);
  url.searchParams.set('branch', branch);
  url.searchParams.set('date', date);
  url.searchParams.delete('booking');
  history.replaceState(null, '', url);
}

export function rememberedBranch(): string | null {
  try {
    return localStorage.getItem(storageKey);
  } catch {
    return null;
  }
}

export function rememberBranch(branch: string): void {
  try {
    localStorage.setItem(storageKey, branch);
  } catch {
    // A profile that refuses storage still switches branches; it just does not remember.
  }
}
