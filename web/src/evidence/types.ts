/** Shapes of the evidence API's replies. Dates arrive as ISO strings. */

export interface CustodyEntry {
  seq: number;
  action: string;
  actionLabel: string;
  from: string | null;
  to: string;
  purpose: string;
  authority: string;
  method: string;
  place: string;
  at: string;
  hashObserved: string | null;
  hashMatches: boolean | null;
  note: string;
  recordedBy: string | null;
  hash: string;
}

export interface Exhibit {
  id: string;
  ref: string;
  agency: string;
  operation: { id: string; codeName: string } | null;
  nature: 'physical' | 'digital';
  category: string;
  description: string;
  collectedBy: string | null;
  collectedAt: string;
  collectedWhere: string;
  sealNumber: string | null;
  hashAlgorithm: string | null;
  digitalHash: string | null;
  state: string;
  custodian: string;
  location: string;
  custody: CustodyEntry[];
  verification: { intact: boolean; entries: number; problems: string[] };
}
