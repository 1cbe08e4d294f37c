export interface Money {
  readonly minor: number;
  readonly currency: string;
}

export interface StockOnHand {
  readonly bin: string;
  readonly warehouseId: string;
  readonly warehouseName: string;
  readonly kind: 'Main' | 'Direction' | 'Retail';
  readonly directionId: string | null;
  readonly itemId: string;
  readonly itemName: string;
  readonly unit: string;
  readonly quantity: number;
  readonly value: Money;
  readonly lowThreshold: number | null;
  readonly isLow: boolean;
  readonly version: number;
}

export interface StockCatalog {
  readonly warehouses: readonly { id: string; branchId: string; name: string; kind: string }[];
  readonly items: readonly { id: string; name: string; unit: string }[];
}

export interface Movement {
  readonly bin: string;
  readonly movement: { kind: string; quantity: number; value: Money; quantityAfter: number; at: string; reference: string | null };
}

export interface VisitCosts {
  readonly visits: readonly { visitId: string; at: string; cost: Money }[];
  readonly total: Money;
}

export interface Margin {
  readonly revenueKnown: boolean;
  readonly directions: readonly { directionId: string | null; revenue: Money | null; materials: Money; margin: Money | null }[];
}
