import type { Kysely } from 'kysely';
import type { CountryCode } from 'libphonenumber-js/max';
import { appendAudit } from '../access/audit.ts';
import { type Actor, hasPermission } from '../access/policy.ts';
import type { SealedTable } from '../access/sealed-columns.ts';
import { type Keyring, seal, unseal } from '../access/sealing.ts';
import type { Database } from '../db/types.ts';
import { FieldError, toE164 } from '../intel/imports/fields.ts';
import { AppError } from '../platform/errors.ts';
import { FAMILY_RELATIONS } from './tip-bodies.ts';

// A victim's family's phone numbers, learnt where a family first reaches Lantern: the hotline. A mother calls to
// say her daughter went to work across the border and has not come back, or that men call at night demanding the
// daughter's "debt"; the operator records, beside the tip, the number the family is reached on and how they are
// related. Why here and not at screening or in a protection case: the family's call usually comes first (often
// while the person is still held, when it matters most), the hotline and the analysts who read tips are in the
// agency that holds the call records, and a tip names no victim in clear (its details are sealed): nothing here
// says who the victim is. A screening or a case could feed the same table later through a source column.
//
// The number is sealed under the tip's agency key (context bound to the row), and only read back by a reader of
// the agency's tips (monitoring.read), to match call records (src/intel/network/night-family-calls.ts). Audit
// entries carry the tip's and the row's ids and the relation code, never the number.

type Q = Kysely<Database>;

export { FAMILY_RELATIONS };
export type FamilyRelation = (typeof FAMILY_RELATIONS)[number];

export const familyNumberContext = (id: string) => `family_number:${id}:number`;

/** The sealed column (sealed-columns.ts): counted with the tips, whose part it is. */
export const FAMILY_NUMBER_COLUMNS: readonly SealedTable[] = [
  {
    table: 'family_numbers',
    keys: ['id'],
    columns: [{ name: 'number', context: (r) => familyNumberContext(String(r.id)) }],
    count: 'tips',
  },
];

const NO_AGENCY = '00000000-0000-0000-0000-000000000000';

/** Records a number a victim's family is reached on, beside the agency's tip that brought it. */
export async function recordFamilyNumber(
  db: Q,
  actor: Actor,
  ring: Keyring,
  tipId: string,
  input: { number: string; relation: FamilyRelation },
  requestId: string,
): Promise<{ id: string; tipId: string; relation: FamilyRelation }> {
  const tip = /^\d{1,18}$/.test(tipId)
    ? await db
        .selectFrom('tips')
        .select(['id', 'country'])
        .where('id', '=', tipId)
        .where('agency_id', '=', actor.agencyId ?? NO_AGENCY)
        .executeTakeFirst()
    : undefined;
  if (!tip) throw new AppError('not_found', 'No such tip.');
  let number: string;
  try {
    number = toE164(input.number, (tip.country ?? 'TH') as CountryCode);
  } catch (e) {
    if (e instanceof FieldError) throw new AppError('validation_failed', 'number: not a phone number');
    throw e;
  }
  const id = crypto.randomUUID();
  await db.transaction().execute(async (trx) => {
    await trx
      .insertInto('family_numbers')
      .values({
        id,
        agency_id: actor.agencyId ?? NO_AGENCY,
        tip_id: String(tip.id),
        relation: input.relation,
        number: seal(ring, number, familyNumberContext(id)),
        recorded_by: actor.userId,
      })
      .execute();
    await appendAudit(trx, {
      actor,
      action: 'monitoring.family_number_recorded',
      resource: { type: 'tip', id: String(tip.id) },
      outcome: 'success',
      requestId,
      detail: { familyNumber: id, relation: input.relation },
    });
  });
  return { id, tipId: String(tip.id), relation: input.relation };
}

/** A family's number as the analysis matches it: the number, and the tip it came with. */
export interface FamilyNumber {
  number: string;
  tipId: string;
}

/**
 * The family numbers the actor may match calls against: those of their agency's tips, for a reader of tips
 * (monitoring.read); none for anyone else. Unsealed here, kept in memory for the one answer, never returned as such.
 */
export async function familyNumbersFor(db: Q, actor: Actor, ring: Keyring): Promise<FamilyNumber[]> {
  if (!hasPermission(actor, 'monitoring.read') || !actor.agencyId) return [];
  const rows = await db
    .selectFrom('family_numbers as f')
    .innerJoin('tips as t', (j) => j.onRef('t.id', '=', 'f.tip_id').onRef('t.agency_id', '=', 'f.agency_id'))
    .select(['f.id', 'f.tip_id', 'f.number'])
    .where('f.agency_id', '=', actor.agencyId)
    .execute();
  return rows.map((r) => ({
    number: unseal(ring, r.number, familyNumberContext(r.id)),
    tipId: String(r.tip_id),
  }));
}
