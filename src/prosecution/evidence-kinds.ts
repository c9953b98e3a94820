// The kinds of evidence a case file holds, each with the one class that decides how it counts towards an element:
// - independent: proves without anyone having to testify to it (seized things and documents, records, analyses);
// - victim_testimony: the victim's own statement — what the gauge measures the case's reliance on;
// - testimony: other people's statements (witnesses, suspects): not the victim's burden, not independent either;
// - intelligence: points to what to seek; it proves nothing in court, so it never makes an element proven.

export const EVIDENCE_KINDS = {
  exhibit: { label: 'Exhibit seized, with its chain of custody', class: 'independent' },
  intelligence_report: { label: 'Intelligence report (a lead, not evidence)', class: 'intelligence' },
  victim_statement: { label: "The victim's statement", class: 'victim_testimony' },
  witness_statement: { label: "A witness's statement", class: 'testimony' },
  suspect_statement: { label: "A suspect's statement", class: 'testimony' },
  financial_analysis: { label: 'Financial analysis (bank and mobile-money transfers)', class: 'independent' },
  call_records: { label: 'Call records', class: 'independent' },
  crossing_records: { label: 'Border crossing records', class: 'independent' },
  surveillance: { label: 'Surveillance (observation, photographs, video)', class: 'independent' },
  inspection_report: { label: 'Labour or site inspection report', class: 'independent' },
  seized_document: { label: 'Seized documents (ledgers, contracts, identity papers)', class: 'independent' },
} as const satisfies Record<string, { label: string; class: EvidenceClass }>;

export type EvidenceClass = 'independent' | 'victim_testimony' | 'testimony' | 'intelligence';
export type EvidenceKind = keyof typeof EVIDENCE_KINDS;
export const EVIDENCE_KIND_NAMES = Object.keys(EVIDENCE_KINDS) as EvidenceKind[];

/** The kinds an element's `seek` may name: evidence that proves without testimony. */
export type SeekKind = {
  [K in EvidenceKind]: (typeof EVIDENCE_KINDS)[K]['class'] extends 'independent' ? K : never;
}[EvidenceKind];

export const classOf = (kind: string): EvidenceClass =>
  (EVIDENCE_KINDS as Record<string, { class: EvidenceClass }>)[kind]?.class ?? 'intelligence';

export const isTestimonial = (kind: string) => {
  const c = classOf(kind);
  return c === 'victim_testimony' || c === 'testimony';
};
