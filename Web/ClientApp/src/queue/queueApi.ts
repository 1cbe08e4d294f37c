import { authHeaders, signInIfNeeded } from '../shell/session';
import type { BranchLines, IssuedTicket, QueueDesk, QueueTicket, TicketState } from './types';

/** A refusal from the engine: its ProblemDetails' words (detail, else title) and its code. */
export class QueueRefusal extends Error {
  constructor(
    message: string,
    readonly status: number,
    readonly code: string | undefined,
  ) {
    super(message);
  }
}

export async function call<T>(method: string, path: string, body?: unknown, key?: string): Promise<T> {
  const headers: Record<string, string> = { Accept: 'application/json', ...authHeaders(method) };
  if (body !== undefined) headers['Content-Type'] = 'application/json';
  // Every change the engine takes needs an Idempotency-Key; a press that may be retried brings its own.
  if (method !== 'GET') headers['Idempotency-Key'] = key ?? crypto.randomUUID();
  const response = await fetch(path, { method, headers, ...(body === undefined ? {} : { body: JSON.stringify(body) }) });
  const text = await response.text();
  const json: unknown = text ? JSON.parse(text) : null;
  if (!response.ok) {
    signInIfNeeded(response.status);
    const problem = (json ?? {}) as { detail?: string; title?: string; code?: string };
    throw new QueueRefusal(problem.detail ?? problem.title ?? `${response.status}`, response.status, problem.code);
  }
  return json as T;
}

const branchPath = (branchId: string): string => `/api/queue/branches/${encodeURIComponent(branchId)}`;
const deskPath = (branchId: string, deskId: string): string => `${branchPath(branchId)}/desks/${encodeURIComponent(deskId)}`;

export const queueApi = {
  branches: (): Promise<{ branches: { id: string; name: string }[] }> => call('GET', '/api/catalog'),
  lines: (branchId: string): Promise<BranchLines> => call('GET', `${branchPath(branchId)}/lines`),
  ticket: (ticketId: string): Promise<TicketState> => call('GET', `/api/queue/tickets/${encodeURIComponent(ticketId)}`),
  issue: (branchId: string, lineId: string, priority: string | undefined, key: string): Promise<IssuedTicket> =>
    call('POST', `${branchPath(branchId)}/lines/${encodeURIComponent(lineId)}/tickets`, { source: 'reception', priority }, key),
  callNext: (branchId: string, deskId: string, key: string): Promise<{ ticket: QueueTicket | null }> =>
    call('POST', `${deskPath(branchId, deskId)}/call-next`, undefined, key),
  act: (branchId: string, deskId: string, action: 'recall' | 'skip' | 'serve', ticketId: string): Promise<QueueTicket> =>
    call('POST', `${deskPath(branchId, deskId)}/${action}`, { ticketId }),
  transfer: (branchId: string, deskId: string, ticketId: string, toLineId: string): Promise<QueueTicket> =>
    call('POST', `${deskPath(branchId, deskId)}/transfer`, { ticketId, toLineId }),
  pause: (branchId: string, deskId: string, paused: boolean): Promise<QueueDesk> =>
    call('POST', `${deskPath(branchId, deskId)}/${paused ? 'pause' : 'resume'}`),
};

/** A key for one press, so a retried request is the same press. (randomUUID needs https; a desk on the clinic's LAN may not have it.) */
export function newKey(): string {
  return Array.from(crypto.getRandomValues(new Uint8Array(16)), (b) => b.toString(16).padStart(2, '0')).join('');
}
