/** Shapes of `GET /api/prosecution/cases/:id/remedies` (src/prosecution/remedy-routes.ts). Days are YYYY-MM-DD. */

export interface RemedyStep {
  status: string;
  on: string;
  reference: string | null;
  recordedAt: string;
}

export interface Remedy {
  id: string;
  kind: string;
  authority: string;
  target: 'suspect' | 'site';
  suspect: { id: string; label: string } | null;
  siteEntityId: string | null;
  status: string;
  requestedOn: string;
  reference: string | null;
  /** The steps that may follow. */
  next: string[];
  steps: RemedyStep[];
}

export interface RemediesPage {
  caseId: string;
  caseRef: string;
  remedies: Remedy[];
}
