import { z } from 'zod';
import { CUSTODY_ACTIONS, CUSTODY_METHODS, type CustodyAction, EXHIBIT_CATEGORIES } from './schema.ts';

/**
 * What the evidence API answers: an exhibit with its chain of custody re-verified, a custody entry recorded, an
 * operation's exhibits. Only zod and schema files here: the web app takes its types from these schemas (dates
 * arrive there as ISO strings).
 */

/** Where an exhibit stands: in custody when collected, then as its custody entries leave it. */
export const EXHIBIT_STATES = [
  'in_custody',
  'in_storage',
  'at_laboratory',
  'in_court',
  'returned',
  'disposed',
] as const;
export const EXHIBIT_NATURES = ['physical', 'digital'] as const;
/** Every action a custody entry records: the collection first, then the transfers. */
const CUSTODY_ACTION_CODES = Object.keys(CUSTODY_ACTIONS) as [CustodyAction, ...CustodyAction[]];

export const custodyEntryReply = z.object({
  seq: z.number(),
  action: z.enum(CUSTODY_ACTION_CODES),
  /** The action in English words, as printed on the court record. */
  actionLabel: z.string(),
  from: z.string().nullable(),
  to: z.string(),
  purpose: z.string(),
  authority: z.string(),
  method: z.enum(CUSTODY_METHODS),
  place: z.string(),
  at: z.date(),
  hashObserved: z.string().nullable(),
  hashMatches: z.boolean().nullable(),
  note: z.string(),
  recordedBy: z.string().nullable(),
  hash: z.string(),
});

/** The exhibit with its whole chain of custody and the result of re-verifying it: what a court is shown. */
export const exhibitReply = z.object({
  id: z.string(),
  ref: z.string(),
  agency: z.string(),
  operation: z.object({ id: z.string(), codeName: z.string() }).nullable(),
  nature: z.enum(EXHIBIT_NATURES),
  category: z.enum(EXHIBIT_CATEGORIES),
  description: z.string(),
  collectedBy: z.string().nullable(),
  collectedAt: z.date(),
  collectedWhere: z.string(),
  sealNumber: z.string().nullable(),
  hashAlgorithm: z.string().nullable(),
  digitalHash: z.string().nullable(),
  state: z.enum(EXHIBIT_STATES),
  custodian: z.string(),
  location: z.string(),
  custody: z.array(custodyEntryReply),
  verification: z.object({ intact: z.boolean(), entries: z.number(), problems: z.array(z.string()) }),
});

/** A custody entry just recorded: its number, its hash in the chain, and for a digital item whether the hash held. */
export const custodyRecordedReply = z.object({
  seq: z.number(),
  hash: z.string(),
  hashMatches: z.boolean().nullable(),
  /** True when the entry's id was already recorded: this is that entry, and nothing was added. */
  duplicate: z.boolean(),
});

/** One of the exhibits an operation seized, as its members list them. */
export const operationExhibitReply = z.object({
  id: z.string(),
  ref: z.string(),
  nature: z.enum(EXHIBIT_NATURES),
  category: z.enum(EXHIBIT_CATEGORIES),
  description: z.string(),
  state: z.enum(EXHIBIT_STATES),
  custodian: z.string(),
  collectedAt: z.date(),
  /** How many custody entries its chain holds. */
  custodyEntries: z.number(),
});

/** An exhibit shared with the reader's agency. */
export const sharedExhibit = z.object({
  id: z.string(),
  ref: z.string(),
  nature: z.string(),
  category: z.string(),
  description: z.string(),
  state: z.string(),
  custodian: z.string(),
  custodyEntries: z.number(),
  holder: z.string(),
  operation: z.string().nullable(),
  sharedAt: z.date(),
});

export const sharedExhibitsReply = z.object({ exhibits: z.array(sharedExhibit) });

/** A concluded operation whose case file was shared with the prosecutors. */
export const sharedOperation = z.object({
  id: z.string(),
  codeName: z.string(),
  agency: z.string(),
  concludedAt: z.date().nullable(),
  sharedAt: z.date(),
  arrests: z.number(),
  sharedExhibits: z.number(),
});
export const sharedOperationsReply = z.object({ operations: z.array(sharedOperation) });

/** The exhibits an operation seized. */
export const operationExhibitsReply = z.object({ exhibits: z.array(operationExhibitReply) });
