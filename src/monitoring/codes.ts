import { INFO_GRADES, SOURCE_GRADES } from '../intel/grading.ts';

// The codes of monitoring's statuses and events as the database's checks allow them, and the grades a receiving
// agency gives: the server's schemas and the web app's words take them from here (pure: it imports nothing but
// src/intel/grading.ts, which imports nothing, so the web app may import it as values).

/** What is routed to another agency: a tip, or an inspection's findings. */
export const ROUTED_ITEMS = ['tip', 'inspection'] as const;
export type RoutedItem = (typeof ROUTED_ITEMS)[number];

/** Where a tip stands; `imported` is a tip imported in bulk, which has no status of its own. */
export const TIP_STATUSES = ['new', 'triaged', 'routed', 'closed', 'imported'] as const;

/** What the receiving agency may tell the sender it did with a routed item. */
export const FEEDBACK_STATUSES = ['acting', 'no_action', 'closed'] as const;
export type FeedbackStatus = (typeof FEEDBACK_STATUSES)[number];
/** Where a routed item stands: sent, received, then what the receiving agency said it did. */
export const ROUTING_STATUSES = ['sent', 'received', ...FEEDBACK_STATUSES] as const;

/** The lines of a tip's history. */
export const TIP_EVENT_KINDS = [
  'entered',
  'triaged',
  'escalated',
  'routed',
  'closed',
  'reopened',
  'note',
  'reporter_added',
  'replied',
] as const;

/** What a person decides of two tips suggested as the same matter. */
export const DUPLICATE_DECISIONS = ['confirmed', 'rejected'] as const;
export type DuplicateDecision = (typeof DUPLICATE_DECISIONS)[number];
/** Where a suggested duplicate stands. */
export const DUPLICATE_STATUSES = ['suggested', ...DUPLICATE_DECISIONS] as const;

type SourceGrade = keyof typeof SOURCE_GRADES;
type InfoGrade = keyof typeof INFO_GRADES;
/** The grades of the 3x5x2 model (src/intel/grading.ts): the source 1–3, the information A–E. */
export const SOURCE_GRADE_CODES = Object.keys(SOURCE_GRADES) as [SourceGrade, ...SourceGrade[]];
export const INFO_GRADE_CODES = Object.keys(INFO_GRADES) as [InfoGrade, ...InfoGrade[]];
