import type { Kysely } from 'kysely';
import type { Database } from '../db/types.ts';

/** Where an item of `fromAgencyId` was routed, and what each receiving agency said it did, in the order sent. */
export async function routingsOf(
  db: Kysely<Database>,
  fromAgencyId: string,
  type: 'tip' | 'inspection',
  id: string,
) {
  const rows = await db
    .selectFrom('routings')
    .innerJoin('agencies', 'agencies.id', 'routings.to_agency_id')
    .select([
      'routings.id',
      'agencies.name',
      'routings.sent_at',
      'routings.status',
      'routings.received_at',
      'routings.feedback',
      'routings.feedback_at',
    ])
    .where('item_type', '=', type)
    .where('item_id', '=', id)
    .where('from_agency_id', '=', fromAgencyId)
    .orderBy('sent_at')
    .execute();
  return rows.map((r) => ({
    id: r.id,
    toAgencyName: r.name,
    sentAt: new Date(r.sent_at).toISOString(),
    status: r.status,
    receivedAt: r.received_at ? new Date(r.received_at).toISOString() : null,
    feedback: r.feedback,
    feedbackAt: r.feedback_at ? new Date(r.feedback_at).toISOString() : null,
  }));
}
