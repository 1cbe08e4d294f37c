import { call } from '../queue/queueApi';
import type { Margin, Movement, StockCatalog, StockOnHand, VisitCosts } from './types';

const branchPath = (branchId: string): string => `/api/stock/branches/${encodeURIComponent(branchId)}`;
const period = (from: string, to: string): string => `?from=${encodeURIComponent(from)}&to=${encodeURIComponent(to)}`;

/** The stock API; each change carries its own Idempotency-Key, kept by the caller across a retry. */
export const stockApi = {
  branches: (): Promise<{ branches: { id: string; name: string; timeZone: string }[] }> => call('GET', '/api/catalog'),
  catalog: (): Promise<StockCatalog> => call('GET', '/api/stock/catalog'),
  stock: (branchId: string): Promise<{ bins: StockOnHand[] }> => call('GET', branchPath(branchId)),
  receive: (branchId: string, body: { warehouseId: string; itemId: string; quantity: number; cost: { minor: number; currency: string }; supplier: string }, key: string) =>
    call('POST', `${branchPath(branchId)}/receipts`, body, key),
  transfer: (branchId: string, body: { fromWarehouseId: string; toWarehouseId: string; itemId: string; quantity: number }, key: string) =>
    call('POST', `${branchPath(branchId)}/transfers`, body, key),
  count: (branchId: string, body: { warehouseId: string; itemId: string; counted: number }, key: string) =>
    call('POST', `${branchPath(branchId)}/counts`, body, key),
  movements: (branchId: string, from: string, to: string): Promise<Movement[]> => call('GET', `${branchPath(branchId)}/movements${period(from, to)}`),
  visitCosts: (branchId: string, from: string, to: string): Promise<VisitCosts> => call('GET', `${branchPath(branchId)}/visit-costs${period(from, to)}`),
  margin: (branchId: string, from: string, to: string): Promise<Margin> => call('GET', `${branchPath(branchId)}/margin${period(from, to)}`),
};
