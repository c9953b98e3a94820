// The court file of a prosecution case as handed to the PDF renderer: plain values only, filled from the case
// file by the caller. Every date is an ISO string given by the caller, so the same case gives the same PDF.

export interface CourtFileDocument {
  caseRef: string;
  title: string;
  agency: string;
  /** ISO date and time, given by the caller (the PDF's dates come from it, so output is reproducible). */
  generatedAt: string;
  suspects: { label: string; role: string; tier: 'exploiter' | 'facilitator'; arrested: boolean }[];
  charges: {
    suspect: string;
    offence: string;
    law: string;
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
