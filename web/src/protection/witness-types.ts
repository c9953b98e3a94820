import type { Who } from './case-types.ts';

/** Shapes of `GET /api/protection/cases/:id/witness`: the person's stance on cooperating and the support measures. */

export interface CooperationStep {
  stance: string;
  /** The day it was discussed with the person, YYYY-MM-DD. */
  on: string;
  language: string;
  at: string;
  by: Who | null;
}

export interface MeasureStep {
  status: string;
  validUntil: string | null;
  paidOn: string | null;
  at: string;
  by: Who | null;
}

export interface Measure {
  id: string;
  kind: string;
  status: string;
  validUntil: string | null;
  validity: 'valid' | 'expiring' | 'expired' | null;
  reprisal: { level: string; country: string | null } | null;
  hearing: { on: string; support: string[] } | null;
  amount: number | null;
  currency: string | null;
  paidOn: string | null;
  note: string;
  createdAt: string;
  by: Who | null;
  steps: MeasureStep[];
}

export interface WitnessPage {
  cooperation: { current: string; since: string | null; history: CooperationStep[] };
  measures: Measure[];
  paid: { currency: string; travel: number; subsistence: number; total: number }[];
  permitsExpiring: { measureId: string; kind: string; validUntil: string | null; validity: string }[];
}
