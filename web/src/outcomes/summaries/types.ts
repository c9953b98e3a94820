/** Shapes of the public summaries' API (src/outcomes/summary-routes.ts). */

export type SummaryKind = 'operation' | 'case';
export type SummaryStatus = 'draft' | 'approved' | 'released' | 'withdrawn';

/** The frozen figures a summary rests on: counts and outcomes, the month and the province, never a person. */
export interface SummaryFigures {
  /** YYYY-MM. */
  month: string;
  province: string | null;
  country: string | null;
  exploitation: string[];
  arrests: number;
  exhibitsSeized: number;
  removed: number;
  childrenAmongRemoved: boolean;
  presumedVictims: number;
  allThreeObjectivesMet: boolean | null;
  charges: number;
  convictions: number;
  acquittals: number;
  sentences: { prisonMonths: number; suspended: boolean }[];
  assetsConfiscated: { count: number; value: Record<string, number> };
}

export interface Summary {
  id: string;
  kind: SummaryKind;
  subjectId: string;
  headline: string;
  body: string;
  figures: SummaryFigures;
  status: SummaryStatus;
  draftedBy: string;
  draftedById: string;
  approvedBy: string | null;
  draftedAt: string;
  releasedAt: string | null;
  withdrawnReason: string | null;
}

export interface ReleasedSummary {
  id: string;
  kind: SummaryKind;
  agency: string;
  headline: string;
  body: string;
  figures: SummaryFigures;
  releasedAt: string;
}

/** Where each kind's summaries live: under the operations or the prosecution API. */
export const summaryApi = (kind: SummaryKind) =>
  kind === 'operation' ? '/api/operations' : '/api/prosecution';

/** The route that drafts a summary of this operation or case file. */
export const draftApi = (kind: SummaryKind, subjectId: string) =>
  kind === 'operation'
    ? `/api/operations/${encodeURIComponent(subjectId)}/public-summary`
    : `/api/prosecution/cases/${encodeURIComponent(subjectId)}/public-summary`;
