import type { CasePage, Who } from './case-types.ts';

/** A step of a child's protection, as the case page carries it (`childProtection.steps`). */
export interface ChildStep {
  id: string;
  kind: string;
  /** The step's outcome code, or null for a step that records only its detail. */
  outcome: string | null;
  detail: string;
  language: string;
  /** YYYY-MM-DD. */
  occurredOn: string;
  recordedAt: string;
  recordedBy: Who;
  needsApproval: boolean;
  approvedBy: Who | null;
  approvedAt: string | null;
}

export interface ChildProtection {
  steps: ChildStep[];
  /** What still stands in the way of a return, in words; empty when nothing does. */
  returnBlockers: string[];
}

/** The case page's child protection: null for an adult (or a page read before it existed). */
export function childProtectionOf(c: CasePage): ChildProtection | null {
  return (c as CasePage & { childProtection?: ChildProtection | null }).childProtection ?? null;
}
