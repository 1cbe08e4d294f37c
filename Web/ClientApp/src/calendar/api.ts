// The engine's HTTP API as the calendar page calls it. Every change carries an Idempotency-Key made once per action
// of the receptionist and sent again on each retry of that action, so a retry after a lost answer changes nothing twice.

import { authHeaders, signInIfNeeded } from '../shell/session';
import type { Booking, Catalog, ClientCard, ProblemDetails } from './types';

/** The engine answered and said no: `problem.detail` is what the receptionist reads. */
export class ApiRefusal extends Error {
  constructor(
    readonly status: number,
    readonly problem: ProblemDetails,
  ) {
    super(problem.detail ?? problem.title ?? `HTTP ${status}`);
  }
}

/** No answer (the network, or the engine said 5xx): the same action may be sent again with the same key. */
export class ApiUnreachable extends Error {}

/** A UUID for an Idempotency-Key; crypto.randomUUID needs a secure context, getRandomValues does not. */
export function newIdempotencyKey(): string {
  if (typeof crypto.randomUUID === 'function' && globalThis.isSecureContext !== false) return crypto.randomUUID();
  const bytes = crypto.getRandomValues(new Uint8Array(16));
  bytes[6] = (bytes[6]! & 0x0f) | 0x40;
  bytes[8] = (bytes[8]! & 0x3f) | 0x80;
  const hex = [...bytes].map((b) => b.toString(16).padStart(2, '0')).join('');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}

/**
 * One action of the receptionist (a booking form, a drag): its key stays while the engine has not answered, so pressing
 * again after a lost answer is the same request; once the engine has answered, the next press is a new action.
 */
export class UserAction {
  #key = newIdempotencyKey();

  async send<T>(method: 'POST' | 'PUT', path: string, body: unknown): Promise<T> {
    try {
      const answer = await sendWithRetries<T>(method, path, body, this.#key);
      this.#key = newIdempotencyKey();
      return answer;
    } catch (error) {
      if (error instanceof ApiRefusal) this.#key = newIdempotencyKey();
      throw error;
    }
  }
}

const retryDelays = [300, 1_000, 2_000];

async function sendWithRetries<T>(method: string, path: string, body: unknown, key: string): Promise<T> {
  for (let attempt = 0; ; attempt++) {
    try {
      return await request<T>(path, {
        method,
        headers: { 'Content-Type': 'application/json', 'Idempotency-Key': key },
        body: JSON.stringify(body),
      });
    } catch (error) {
      const delay = retryDelays[attempt];
      if (!(error instanceof ApiUnreachable) || delay === undefined) throw error;
      await new Promise((resolve) => setTimeout(resolve, delay));
    }
  }
}

async function request<T>(path: string, init?: RequestInit): Promise<T> {
  let response: Response;
  try {
    response = await fetch(path, { ...init, headers: { Accept: 'application/json', ...authHeaders(init?.method ?? 'GET'), ...init?.headers } });
  } catch (error) {
    throw new ApiUnreachable(error instanceof Error ? error.message : String(error));
  }
  if (response.status >= 500) throw new ApiUnreachable(`HTTP ${response.status}`);
  const text = await response.text();
  const json: unknown = text ? JSON.parse(text) : null;
  if (!response.ok) {
    signInIfNeeded(response.status);
    throw new ApiRefusal(response.status, (json ?? {}) as ProblemDetails);
  }
  return json as T;
}

export function getJson<T>(path: string): Promise<T> {
  return request<T>(path);
}

export const api = {
  catalog: () => getJson<Catalog>('/api/catalog'),
  findClients: (query: string) => getJson<readonly ClientCard[]>(`/api/clients?query=${encodeURIComponent(query)}&limit=8`),
  clientBookings: (clientId: string) => getJson<readonly Booking[]>(`/api/clients/${encodeURIComponent(clientId)}/bookings`),
  booking: (number: string) => getJson<Booking>(`/api/bookings/${encodeURIComponent(number)}`),
};

export interface NewBooking {
  readonly branchId: string;
  readonly specialistId: string;
  readonly date: string;
  readonly start: string;
  readonly serviceIds: readonly string[];
  readonly client: { readonly id: string } | { readonly name: string; readonly phone: string };
  readonly notes?: string;
  readonly confirmed: boolean;
  readonly source: 'Reception';
}
