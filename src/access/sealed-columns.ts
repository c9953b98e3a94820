import type { Transaction } from 'kysely';
import type { Database } from '../db/types.ts';
import { REPORT_COLUMNS } from '../intel/reports.ts';
import { FAMILY_NUMBER_COLUMNS } from '../monitoring/family-numbers.ts';
import { INSPECTION_COLUMNS } from '../monitoring/inspection-store.ts';
import { TIP_COLUMNS } from '../monitoring/intake.ts';
import { CASE_COLUMNS } from '../protection/cases.ts';
import { PROTECTION_COLUMNS } from '../protection/sealed-notes.ts';
import { SCREENING_COLUMNS } from '../screening/sealed-fields.ts';
import type { Keyring } from './sealing.ts';
import { totpContext } from './totp.ts';

// Every column that holds values sealed at rest (sealing.ts), declared once, by the module that writes it: a key
// rotation walks this list (at-rest.ts), so a value sealed anywhere is brought under the new key, and the old key
// can be retired without losing a value. key-rotation-coverage.db.test.ts fails when a sealed value stays under
// the old key after a rotation: a column sealed somewhere and missing here.

/** How many rows had their sealed values brought under the current key, by table (or part). */
export interface ResealCounts {
  screenings: number;
  referrals: number;
  protectionCases: number;
  /** The protection track's notes, plans and identities (sealed again on a key rotation only: never in clear). */
  protectionNotes: number;
  reports: number;
  reportItems: number;
  tips: number;
  tipMessages: number;
  inspectionInterviews: number;
  inspectionFindings: number;
  inspectionBreaches: number;
  inspectionOutcomes: number;
  inspectionReferrals: number;
  inspectorInterests: number;
  totpSecrets: number;
}

export const noCounts = (): ResealCounts => ({
  screenings: 0,
  referrals: 0,
  protectionCases: 0,
  protectionNotes: 0,
  reports: 0,
  reportItems: 0,
  tips: 0,
  tipMessages: 0,
  inspectionInterviews: 0,
  inspectionFindings: 0,
  inspectionBreaches: 0,
  inspectionOutcomes: 0,
  inspectionReferrals: 0,
  inspectorInterests: 0,
  totpSecrets: 0,
});

/** A row as read for resealing: its key columns, the columns its contexts need, and its sealed columns. */
export type SealedRow = Record<string, unknown>;

/** One sealed column, and the context each of its values is bound to. */
export type SealedColumn =
  | {
      name: string;
      /** The context of the row's value (from its key columns and `with`). */
      context: (r: SealedRow) => string;
      /** Written in clear before encryption at rest in rows marked `needs_seal` (the start-up pass seals it). */
      clearBefore?: boolean;
      /** Sealed even when empty (else an empty value stays empty: it says nothing). */
      sealEmpty?: boolean;
    }
  | {
      name: string;
      /** A JSON column holding sealed strings: `f` applied to each (with its context) gives the column anew. */
      json: (value: unknown, r: SealedRow, f: (v: string, context: string) => string) => unknown;
      clearBefore?: boolean;
    };

/** A table with sealed columns. */
export interface SealedTable {
  table: string;
  /** The columns a pass pages by (the primary key), in order. */
  keys: readonly string[];
  /** Other columns the contexts need. */
  with?: readonly string[];
  columns: readonly SealedColumn[];
  /** Where the rows resealed are counted. */
  count: keyof ResealCounts;
  /** Rows may be marked `needs_seal` (written in clear before encryption at rest): the start-up pass seals them. */
  pending?: boolean;
  /** Only rows where this column is not null hold a sealed value (a pass skips the others). */
  present?: string;
  /** Runs in the batch that sealed `rows` again: what is derived from them under the key (keyed hashes). */
  after?: (trx: Transaction<Database>, ring: Keyring, rows: SealedRow[]) => Promise<unknown>;
}

/** Users' second-factor secrets: sealed since second factors were added, never in clear. */
const TOTP_COLUMNS: readonly SealedTable[] = [
  {
    table: 'users',
    keys: ['id'],
    present: 'totp_secret_enc',
    columns: [{ name: 'totp_secret_enc', context: (r) => totpContext(String(r.id)) }],
    count: 'totpSecrets',
  },
];

/**
 * Every sealed column, in the order a pass takes them. Second factors last: a rotation stopped half-way by a
 * failure has resealed the case records first (key-rotation-batches.db.test.ts stops it in the last table).
 * Report items are not here: sealing them again hashes their search terms again too (at-rest-items.ts).
 */
export const SEALED_COLUMNS: readonly SealedTable[] = [
  ...SCREENING_COLUMNS,
  ...CASE_COLUMNS,
  ...REPORT_COLUMNS,
  ...PROTECTION_COLUMNS,
  ...TIP_COLUMNS,
  ...FAMILY_NUMBER_COLUMNS,
  ...INSPECTION_COLUMNS,
  ...TOTP_COLUMNS,
];
