/** Shapes of `GET /api/protection/cases/:id/compensation`. Amounts are in the claim's currency; dates ISO strings. */
import type { Who } from './case-types.ts';

export interface ClaimStep {
  status: string;
  on: string;
  amountAwarded: number | null;
  language: string | null;
  paymentId: string | null;
  at: string;
  by: Who | null;
}

export interface ClaimPayment {
  id: string;
  amount: number;
  receivedOn: string;
  from: string;
  at: string;
  by: Who | null;
}

export interface Claim {
  id: string;
  route: string;
  forum: string;
  amountClaimed: number;
  currency: string;
  prosecutionRef: string | null;
  assetExhibitIds: string[];
  status: string;
  amountAwarded: number | null;
  received: number;
  createdAt: string;
  by: Who | null;
  steps: ClaimStep[];
  payments: ClaimPayment[];
}

export interface CompensationTotal {
  currency: string;
  claimed: number;
  awarded: number;
  received: number;
}

export interface Compensation {
  claims: Claim[];
  totals: CompensationTotal[];
}
