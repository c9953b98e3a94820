import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Actor } from '../access/policy.ts';
import type { Keyring } from '../access/sealing.ts';
import type { Db } from '../db/connection.ts';
import { importCalls } from '../intel/imports/calls-import.ts';
import { BUILT_IN_MAPPINGS, type ColumnMapping } from '../intel/imports/mapping.ts';
import { type FamilyRelation, recordFamilyNumber } from '../monitoring/family-numbers.ts';

// Victims' families in the demo: some of the hotline's tips (tips.jsonl, imported before) came from a family of a
// worker of the site they tell of, and the hotline's file gives with them the number the family is reached on
// (family-numbers.jsonl), which the unit records beside the tip, sealed, as a hotline operator would. The calls to
// the families (family-calls.csv) come with the unit's call records. Loaded after the network analysis, so the
// demo's groups, brokers and concluded operation stay as they were.

export async function loadDemoFamilies(
  database: Db,
  analyst: Actor,
  secretKeys: Keyring,
  dir: string,
  requestId: string,
): Promise<{ familyNumbers: number; familyCalls: number }> {
  const agencyId = analyst.agencyId ?? '';
  const ids = new Map(
    (
      await database.db
        .selectFrom('tips')
        .select(['id', 'tip_ref'])
        .where('agency_id', '=', agencyId)
        .execute()
    ).map((t) => [t.tip_ref, String(t.id)]),
  );
  let familyNumbers = 0;
  for (const line of readFileSync(join(dir, 'family-numbers.jsonl'), 'utf8').trim().split('\n')) {
    const r = JSON.parse(line) as { tip_id: string; phone: string; relation: FamilyRelation };
    const tipId = ids.get(r.tip_id);
    if (!tipId) continue;
    await recordFamilyNumber(
      database.db,
      analyst,
      secretKeys,
      tipId,
      { number: r.phone, relation: r.relation },
      requestId,
    );
    familyNumbers++;
  }
  const calls = await importCalls(database, {
    actor: analyst,
    agencyId,
    path: join(dir, 'family-calls.csv'),
    mapping: BUILT_IN_MAPPINGS.lantern as ColumnMapping,
    acceptSkips: false,
  });
  return { familyNumbers, familyCalls: calls.rowsImported };
}
