import type { Kysely, Transaction } from 'kysely';
import type { Database } from '../db/types.ts';
import { linkDuplicates } from './tip-duplicates.ts';

type Q = Kysely<Database> | Transaction<Database>;

/**
 * What follows every tip's arrival by any way in (the intake form, the public page, a routed copy), in the
 * transaction that stored it: the numbers it names are kept beside it, its history starts, and the agency's other
 * tips that tell the same matter are linked as suggested duplicates.
 */
export async function afterIntake(
  q: Q,
  tip: { id: string; agencyId: string; numbers?: { kind: 'phone' | 'plate' | 'account'; value: string }[] },
  by: { userId: string | null; via: 'form' | 'public_page' | 'routing' },
) {
  const numbers = [...new Map((tip.numbers ?? []).map((n) => [`${n.kind}:${n.value}`, n])).values()];
  if (numbers.length)
    await q
      .insertInto('tip_numbers')
      .values(numbers.map((n) => ({ tip_id: tip.id, agency_id: tip.agencyId, kind: n.kind, value: n.value })))
      .execute();
  await q
    .insertInto('tip_events')
    .values({ tip_id: tip.id, kind: 'entered', by_user: by.userId, detail: JSON.stringify({ via: by.via }) })
    .execute();
  return linkDuplicates(q, tip.id);
}
