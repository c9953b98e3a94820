import type { SealedTable } from '../access/sealed-columns.ts';
import { needNoteContext, serviceNoteContext } from './case-work.ts';
import { childStepContext } from './children.ts';
import { identityContext, rekeyIdentities } from './identity.ts';
import { followUpNoteContext, planAreaContext, planGoalsContext } from './reintegration.ts';
import { transferNoteContext } from './transfers.ts';
import { measureNoteContext } from './witness.ts';

/** A table of the track whose one sealed text is bound to its row's id. */
const byId = (table: string, column: string, context: (id: string) => string): SealedTable => ({
  table,
  keys: ['id'],
  columns: [{ name: column, context: (r) => context(String(r.id)) }],
  count: 'protectionNotes',
});

/**
 * The protection track's sealed texts (sealed-columns.ts): never written in clear, so a key rotation is the only
 * pass they need. A person's identity sealed again has its keyed hashes made again under the current key in the
 * same batch, so a person is still recognised once the old key is gone.
 */
export const PROTECTION_COLUMNS: readonly SealedTable[] = [
  byId('protection_needs', 'note', needNoteContext),
  byId('protection_service_events', 'note', serviceNoteContext),
  byId('protection_child_steps', 'detail', childStepContext),
  {
    table: 'protection_identities',
    keys: ['case_id'],
    columns: [{ name: 'identity', context: (r) => identityContext(String(r.case_id)) }],
    count: 'protectionNotes',
    after: (trx, ring, rows) =>
      rekeyIdentities(
        trx,
        ring,
        rows.map((r) => String(r.case_id)),
      ),
  },
  byId('protection_witness_measures', 'note', measureNoteContext),
  byId('protection_transfers', 'note', transferNoteContext),
  {
    table: 'protection_reintegration_plans',
    keys: ['id'],
    columns: [
      { name: 'goals', context: (r) => planGoalsContext(String(r.id)) },
      { name: 'area', context: (r) => planAreaContext(String(r.id)) },
    ],
    count: 'protectionNotes',
  },
  byId('protection_follow_ups', 'note', followUpNoteContext),
];
