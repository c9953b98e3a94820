// The kinds of evidence a case file holds, each with the one class that decides how it counts towards an element:
// - independent: proves without anyone having to testify to it (seized things and documents, records, analyses);
// - victim_testimony: the victim's own statement — what the gauge measures the case's reliance on;
// - testimony: other people's statements (witnesses, suspects): not the victim's burden, not independent either;
// - intelligence: points to what to seek; it proves nothing in court, so it never makes an element proven.
// They are listed in the order a form offers them: statements, then what proves without testimony, then leads.

export const EVIDENCE_KINDS = {
  victim_statement: { label: "The victim's statement", class: 'victim_testimony' },
  witness_statement: { label: "A witness's statement", class: 'testimony' },
  suspect_statement: { label: "A suspect's statement", class: 'testimony' },
  exhibit: { label: 'Exhibit seized, with its chain of custody', class: 'independent' },
  seized_document: { label: 'Seized documents (ledgers, contracts, identity papers)', class: 'independent' },
  financial_analysis: { label: 'Financial analysis (bank and mobile-money transfers)', class: 'independent' },
  call_records: { label: 'Call records', class: 'independent' },
  crossing_records: { label: 'Border crossing records', class: 'independent' },
  surveillance: { label: 'Surveillance (observation, photographs, video)', class: 'independent' },
  inspection_report: { label: 'Labour or site inspection report', class: 'independent' },
  intelligence_report: { label: 'Intelligence report (a lead, not evidence)', class: 'intelligence' },
} as const satisfies Record<string, { label: string; class: EvidenceClass }>;

export type EvidenceClass = 'independent' | 'victim_testimony' | 'testimony' | 'intelligence';
export type EvidenceKind = keyof typeof EVIDENCE_KINDS;
export const EVIDENCE_KIND_NAMES = Object.keys(EVIDENCE_KINDS) as EvidenceKind[];

/** The kinds an element's `seek` may name: evidence that proves without testimony. */
export type SeekKind = {
  [K in EvidenceKind]: (typeof EVIDENCE_KINDS)[K]['class'] extends 'independent' ? K : never;
}[EvidenceKind];

/** The kinds that prove without testimony, which an element's `seek` names, in the order offered. */
export const SEEK_KINDS = EVIDENCE_KIND_NAMES.filter(
  (k): k is SeekKind => EVIDENCE_KINDS[k].class === 'independent',
);

/**
 * Where an element of a charge stands from the evidence linked to it (gauge.ts): proven by independent evidence,
 * by the testimony of others, resting on the victim's testimony only, or a gap.
 */
export const ELEMENT_STATUSES = ['independent', 'testimony', 'victim_only', 'gap'] as const;
export type ElementStatus = (typeof ELEMENT_STATUSES)[number];

export const classOf = (kind: string): EvidenceClass =>
  (EVIDENCE_KINDS as Record<string, { class: EvidenceClass }>)[kind]?.class ?? 'intelligence';

export const isTestimonial = (kind: string) => {
  const c = classOf(kind);
  return c === 'victim_testimony' || c === 'testimony';
};
