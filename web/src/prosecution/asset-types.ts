/** Shapes of `GET /api/prosecution/cases/:id/assets` (src/prosecution/asset-routes.ts). Days are YYYY-MM-DD. */

export interface AssetOrderStep {
  id: string;
  kind: string;
  on: string;
  authority: string;
  value: number | null;
  reference: string | null;
  recordedAt: string;
}

export interface AssetAllocation {
  id: string;
  amount: number;
  currency: string;
  on: string;
  claimId: string | null;
  recordedAt: string;
}

export interface Asset {
  id: string;
  n: number;
  kind: string;
  description: string;
  identifier: string | null;
  entityId: string | null;
  exhibitId: string | null;
  estimatedValue: number | null;
  currency: string;
  status: string;
  /** The value its last order stated, else its estimated value (0 when neither is known). */
  value: number;
  allocated: number;
  /** What of a confiscated asset is left to allocate; null until it is confiscated. */
  remaining: number | null;
  suspects: { suspectId: string; label: string; relation: string }[];
  orders: AssetOrderStep[];
  allocations: AssetAllocation[];
  addedAt: string;
}

export interface AssetTotal {
  currency: string;
  estimated: number;
  frozen: number;
  seized: number;
  confiscated: number;
  allocated: number;
}

export interface AssetsPage {
  caseId: string;
  caseRef: string;
  assets: Asset[];
  totals: AssetTotal[];
}
