import { type Kysely, sql, type Transaction } from 'kysely';
import type { Database } from '../../db/types.ts';
import { normaliseText } from '../names/index.ts';

type Q = Kysely<Database> | Transaction<Database>;

/**
 * Words that make a name an organisation's (a company, a shop, an agency), in the region's languages: such a
 * record resolves into an organisation, never into a person.
 */
const ORGANISATION =
  /\b(co|company|corp|corporation|ltd|limited|llc|plc|inc|group|trading|enterprise|enterprises|agency|services?|shop|store|restaurant|karaoke|factory|farm|construction|seafood|fishery|fisheries|import|export|manpower|recruitment|recruiting|hotel|resort|bar|club|cong ty|tnhh|jsc|sdn bhd)\b\.?|บริษัท|ห้างหุ้นส่วน|หจก|ร้าน|ကုမ္ပဏီ|ក្រុមហ៊ុន|ບໍລິສັດ|公司|有限|集团|商行/i;

export const recordKindOf = (name: string): 'person' | 'organisation' =>
  ORGANISATION.test(name) ? 'organisation' : 'person';

/**
 * The reference of a traveller's record: one per distinct name, birth date, document and nationality of the
 * checkpoint rows (`alias` names the crossings table in the query). Shared by whatever joins crossings to records.
 */
export const travellerRef = (alias = '') => {
  const c = alias ? `${alias}.` : '';
  return sql.raw(
    `md5(concat_ws('|', ${c}traveller_name, ${c}date_of_birth, ${c}document_number, ${c}nationality))`,
  );
};

/** A record a source gives directly (a registry's owner of a site, a screening's operational reference). */
export interface MentionInput {
  source: string;
  sourceRef: string;
  name: string;
  birthDate?: string | null;
  phone?: string | null;
  document?: string | null;
  account?: string | null;
  nationality?: string | null;
  sex?: string | null;
  siteId?: string | null;
  importId?: string | null;
}

/** Keeps one record that names a person; the same source and reference again changes nothing. */
export async function recordMention(q: Q, agencyId: string, m: MentionInput): Promise<void> {
  const name = normaliseText(m.name.trim());
  if (name === '') return;
  await q
    .insertInto('person_records')
    .values({
      agency_id: agencyId,
      kind: recordKindOf(name),
      source: m.source,
      source_ref: m.sourceRef,
      import_id: m.importId ?? null,
      name,
      birth_date: m.birthDate ?? null,
      phone: m.phone ?? null,
      document: m.document ?? null,
      account: m.account ?? null,
      nationality: m.nationality ?? null,
      sex: m.sex ?? null,
      site_id: m.siteId ?? null,
    })
    .onConflict((oc) => oc.columns(['agency_id', 'source', 'source_ref']).doNothing())
    .execute();
}

/**
 * Gathers the records that name people from what the agency imported: subscribers (who a phone is registered
 * to), account holders (the names on each side of transfers, one record per account and name however many
 * transfers), account holders as their banks recorded them on opening, travellers at checkpoints (one record per distinct name, birth date, document and nationality),
 * and the person entities analysts made themselves. Whether a name is an organisation's is settled when the records
 * are resolved (`recordKindOf`). Idempotent: what is already gathered is counted again, not
 * added again. Returns how many records the agency now has.
 */
export async function gatherRecords(q: Q, agencyId: string): Promise<number> {
  const upsert = sql`ON CONFLICT (agency_id, source, source_ref) DO UPDATE SET rows = EXCLUDED.rows`;
  await sql`
    INSERT INTO person_records (agency_id, kind, source, source_ref, import_id, name, phone, document, rows)
    SELECT agency_id, 'person', 'subscriber', phone || '|' || registered_name,
           min(import_id::text)::uuid, registered_name, phone, min(nullif(id_number, '')), count(*)
    FROM subscribers WHERE agency_id = ${agencyId}
    GROUP BY agency_id, phone, registered_name
    ${upsert}`.execute(q);
  await sql`
    INSERT INTO person_records (agency_id, kind, source, source_ref, import_id, name, account, rows)
    SELECT agency_id, 'person', 'account_holder', account || '|' || name,
           min(import_id::text)::uuid, name, account, count(*)
    FROM (
      SELECT agency_id, import_id, from_account AS account, from_name AS name FROM transfers
      WHERE agency_id = ${agencyId} AND coalesce(from_name, '') <> ''
      UNION ALL
      SELECT agency_id, import_id, to_account, to_name FROM transfers
      WHERE agency_id = ${agencyId} AND coalesce(to_name, '') <> ''
    ) t
    GROUP BY agency_id, account, name
    ${upsert}`.execute(q);
  // Banks' account-opening records: the account's holder with an identity number and a birth date, which tie
  // the names on the transfers to the people the other sources know.
  await sql`
    INSERT INTO person_records (agency_id, kind, source, source_ref, import_id, name, birth_date, document,
                                account, rows)
    SELECT agency_id, 'person', 'account_opening', account || '|' || holder_name,
           min(import_id::text)::uuid, holder_name, min(nullif(birth_date, '')), min(nullif(id_number, '')),
           account, count(*)
    FROM bank_accounts WHERE agency_id = ${agencyId}
    GROUP BY agency_id, account, holder_name
    ${upsert}`.execute(q);
  await sql`
    INSERT INTO person_records (agency_id, kind, source, source_ref, import_id, name, birth_date, document,
                                nationality, plate, rows)
    SELECT agency_id, 'person', 'traveller',
           ${travellerRef()},
           min(import_id::text)::uuid, traveller_name, date_of_birth, nullif(document_number, ''),
           nullif(nationality, ''), min(nullif(vehicle_plate, '')), count(*)
    FROM crossings WHERE agency_id = ${agencyId}
    GROUP BY agency_id, traveller_name, date_of_birth, document_number, nationality
    ${upsert}`.execute(q);
  // People analysts recorded themselves: each is a record that stays its own entity.
  await sql`
    INSERT INTO person_records (agency_id, kind, source, source_ref, name, birth_date, nationality, sex, entity_id)
    SELECT e.agency_id, 'person', 'entity', e.id::text, e.label,
           (SELECT f.value FROM entity_facts f WHERE f.entity_id = e.id AND f.attribute = 'date_of_birth'
            ORDER BY f.asserted_at DESC LIMIT 1),
           (SELECT f.value FROM entity_facts f WHERE f.entity_id = e.id AND f.attribute = 'nationality'
            ORDER BY f.asserted_at DESC LIMIT 1),
           (SELECT f.value FROM entity_facts f WHERE f.entity_id = e.id AND f.attribute = 'sex'
            ORDER BY f.asserted_at DESC LIMIT 1),
           e.id
    FROM entities e WHERE e.agency_id = ${agencyId} AND e.type = 'person' AND e.origin IS NULL
    ON CONFLICT (agency_id, source, source_ref) DO UPDATE
      SET name = EXCLUDED.name, birth_date = EXCLUDED.birth_date, nationality = EXCLUDED.nationality,
          sex = EXCLUDED.sex`.execute(q);
  const n = await q
    .selectFrom('person_records')
    .select((eb) => eb.fn.countAll<string>().as('n'))
    .where('agency_id', '=', agencyId)
    .executeTakeFirstOrThrow();
  return Number(n.n);
}
