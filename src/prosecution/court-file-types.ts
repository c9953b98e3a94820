import type { ServerLanguage } from '../platform/i18n/languages.ts';

// The court file of a prosecution case as handed to the PDF renderer: plain values only, filled from the case
// file by the caller in the file's language (court-document.ts words the catalogue's and the codes' words in it).
// Every date is an ISO string given by the caller, so the same case gives the same PDF.

export interface CourtFileDocument {
  /** The language of the file's words (court-file-texts.ts); English when not given. */
  lang?: ServerLanguage;
  caseRef: string;
  title: string;
  agency: string;
  /** ISO date and time, given by the caller (the PDF's dates come from it, so output is reproducible). */
  generatedAt: string;
  /** Each suspect's role in words; null when not recorded yet. */
  suspects: { label: string; role: string | null; tier: 'exploiter' | 'facilitator'; arrested: boolean }[];
  charges: {
    suspect: string;
    offence: string;
    /** The kind of offence in words (its category in the catalogue), when known. */
    kind?: string | null;
    law: string;
    /** The country whose law it is: its code (TH, KH, LA, MM, VN, CN), printed as its name. */
    country: string;
    note: string | null;
    burden: { elements: number; proven: number; restingOnVictim: number; gaps: number; ratio: number };
    elements: {
      code: string;
      text: string;
      gap: boolean;
      seek: string[];
      evidence: { ref: string; kind: string; description: string; testimonial: boolean }[];
    }[];
  }[];
  evidence: {
    ref: string;
    kind: string;
    description: string;
    custody: { at: string; action: string; by: string; to: string | null }[];
  }[];
  timeline: { at: string; what: string }[];
  linkChart: {
    nodes: { id: string; label: string; kind: string }[];
    edges: { from: string; to: string; label: string }[];
  } | null;
}
