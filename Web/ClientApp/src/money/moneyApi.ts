// The money endpoints as the reception pages call them: reads are plain GETs, every change goes through a UserAction
// (one Idempotency-Key per press, kept across its retries).

import type { Booking, Catalog } from '../calendar/types';
import { getJson, UserAction } from '../calendar/api';
import type { BranchTakings, ClientCardFull, ClientDetails, DeskDay, MaterialUse, SettleBody, SettlementDocument, SettlementView, WalletView } from './types';

const enc = encodeURIComponent;
const clientPath = (id: string): string => `/api/clients/${enc(id)}`;
const deskPath = (branchId: string, deskId: string, date: string): string => `/api/desks/${enc(branchId)}/${enc(deskId)}/${enc(date)}`;

export const moneyApi = {
  catalog: () => getJson<Catalog>('/api/catalog'),
  client: (id: string) => getJson<ClientCardFull>(clientPath(id)),
  dependents: (id: string) => getJson<readonly ClientCardFull[]>(`${clientPath(id)}/dependents`),
  history: (id: string) => getJson<readonly Booking[]>(`${clientPath(id)}/bookings`),
  wallet: (id: string) => getJson<WalletView>(`${clientPath(id)}/wallet`),
  booking: (number: string) => getJson<Booking>(`/api/bookings/${enc(number)}`),
  materials: (number: string) => getJson<readonly MaterialUse[]>(`/api/settlements/${enc(number)}/materials`),
  settlement: (number: string) => getJson<SettlementView>(`/api/settlements/${enc(number)}`),
  deskDay: (branchId: string, deskId: string, date: string) => getJson<DeskDay>(deskPath(branchId, deskId, date)),
  takings: (branchId: string, date: string) => getJson<BranchTakings>(`/api/branches/${enc(branchId)}/takings/${enc(date)}`),

  editClient: (action: UserAction, id: string, details: ClientDetails) => action.send<ClientCardFull>('PUT', clientPath(id), details),
  addPhone: (action: UserAction, id: string, phone: string) => action.send<ClientCardFull>('POST', `${clientPath(id)}/phones`, { phone }),
  deposit: (action: UserAction, id: string, amount: number, method: string) =>
    action.send('POST', `${clientPath(id)}/wallet/deposits`, { amount, method }),
  refund: (action: UserAction, id: string, amount: number, method: string, reason: string) =>
    action.send('POST', `${clientPath(id)}/wallet/refunds`, { amount, method, reason }),
  preview: (action: UserAction, number: string, body: SettleBody) =>
    action.send<SettlementDocument>('POST', `/api/settlements/${enc(number)}/preview`, body),
  settle: (action: UserAction, number: string, body: SettleBody) => action.send<SettlementDocument>('POST', `/api/settlements/${enc(number)}`, body),
  reprint: (action: UserAction, number: string, by: string) => action.send('POST', `/api/settlements/${enc(number)}/reprints`, { by }),
  openShift: (action: UserAction, branchId: string, deskId: string, date: string, cashierId: string, cash: number) =>
    action.send<DeskDay>('POST', `${deskPath(branchId, deskId, date)}/shifts`, { cashierId, cash }),
  closeShift: (action: UserAction, branchId: string, deskId: string, date: string, cash: number) =>
    action.send<DeskDay>('POST', `${deskPath(branchId, deskId, date)}/shifts/close`, { cash }),
  closeDay: (action: UserAction, branchId: string, deskId: string, date: string, by: string) =>
    action.send<DeskDay>('POST', `${deskPath(branchId, deskId, date)}/close`, { by }),
};

/** What the cashier typed ("1 234,50" or "1234.5") as minor units; null when it is no amount. */
export function parseAmount(text: string): number | null {
  const cleaned = text.replace(/[\s\u00a0\u202f]/g, '').replace(',', '.');
  if (!/^\d+(\.\d{0,2})?$/.test(cleaned)) return null;
  const [whole, fraction = ''] = cleaned.split('.') as [string, string?];
  return Number(whole) * 100 + Number((fraction + '00').slice(0, 2));
}
