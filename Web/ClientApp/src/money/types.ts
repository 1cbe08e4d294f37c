// The money side of the API as the reception pages read it: amounts are integer minor units of the visit's currency.

export type PaymentMethod = 'Cash' | 'Card' | 'Transfer' | 'Wallet' | 'Certificate' | 'Pack';

export interface WalletEntry {
  readonly id: string;
  readonly sequence: number;
  readonly kind: string;
  readonly amount: { readonly minor: number; readonly currency: string };
  readonly balanceAfter: { readonly minor: number; readonly currency: string };
  readonly at: string;
  readonly method?: PaymentMethod | null;
  readonly visitId?: string | null;
  readonly note?: string | null;
}

export interface VisitPack {
  readonly sale: { readonly packId: string; readonly name: string; readonly serviceIds: readonly string[]; readonly sessions?: number | null };
  readonly usedByVisits: readonly string[];
  readonly remaining?: number | null;
}

export interface WalletView {
  readonly clientId: string;
  readonly currency?: string | null;
  readonly balance: number;
  readonly creditLimit: number;
  readonly entries: readonly WalletEntry[];
  readonly packs: readonly VisitPack[];
  readonly level?: string | null;
}

export interface ClientCardFull {
  readonly id: string;
  readonly name: string;
  readonly phones: readonly string[];
  readonly email?: string | null;
  readonly birthday?: string | null;
  readonly foundUsBy?: string | null;
  readonly notes?: string | null;
  readonly ownerId?: string | null;
  readonly consents?: readonly { readonly kind: string; readonly given: boolean }[] | null;
}

export interface ClientDetails {
  readonly name: string;
  readonly email: string | null;
  readonly birthday: string | null;
  readonly foundUsBy: string | null;
  readonly notes: string | null;
  readonly consents: readonly { readonly kind: string; readonly given: boolean }[];
}

export interface MaterialUse {
  readonly warehouseId: string;
  readonly itemId: string;
  readonly quantity: number;
}

export interface RenderedService {
  readonly serviceId: string;
  readonly quantity: number;
}

export interface SoldProduct {
  readonly productId: string;
  readonly name: string;
  readonly quantity: number;
  readonly unitPrice: number;
}

export interface PaymentPart {
  readonly method: PaymentMethod;
  readonly amount: number;
  readonly packId?: string;
  readonly serviceId?: string;
  readonly certificateCode?: string;
}

export interface SettleBody {
  readonly deskId: string;
  readonly services: readonly RenderedService[];
  readonly products: readonly SoldProduct[];
  readonly payments: readonly PaymentPart[];
  readonly materials: readonly MaterialUse[];
  readonly cashierId?: string;
}

export interface SettlementLine {
  readonly kind: 'Service' | 'Product';
  readonly itemId: string;
  readonly name: string;
  readonly quantity: number;
  readonly priceBefore: number;
  readonly discountPercent: number;
  readonly discountReason?: string | null;
  readonly priceAfter: number;
}

export interface SettlementDocument {
  readonly visitId: string;
  readonly branchId: string;
  readonly deskId: string;
  readonly businessDate: string;
  readonly clientName: string;
  readonly currency: string;
  readonly lines: readonly SettlementLine[];
  readonly payments: readonly PaymentPart[];
  readonly subtotal: number;
  readonly discount: number;
  readonly total: number;
  readonly advance: number;
}

export interface SettlementView {
  readonly visitId: string;
  readonly status: 'NotStarted' | 'Running' | 'Settled' | 'Failed' | 'Voided';
  readonly document?: SettlementDocument | null;
}

export interface DeskDay {
  readonly key: string;
  readonly shifts: readonly { readonly number: number; readonly cashierId: string; readonly closedAt?: string | null }[];
  readonly totals: Readonly<Record<string, number>>;
  readonly closedAt?: string | null;
  readonly closedBy?: string | null;
}

export interface BranchTakings {
  readonly branchId: string;
  readonly date: string;
  readonly currency: string;
  readonly desks: readonly DeskDay[];
  readonly settlements: readonly SettlementDocument[];
  readonly totals: Readonly<Record<string, number>>;
  readonly revenue: number;
}
