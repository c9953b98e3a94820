import type { Transaction } from 'kysely';
import type { Database } from '../db/types.ts';
import type { EntityType } from '../intel/registry.ts';
import { indexValue } from '../intel/search.ts';
import type { TipDetails } from './intake-schemas.ts';

type T = Transaction<Database>;

interface Grading {
  reportId: string;
  sourceGrade: string;
  infoGrade: string;
  by: string | null;
}

async function fact(
  trx: T,
  agencyId: string,
  entityId: string,
  type: EntityType,
  attribute: string,
  value: string,
  g: Grading,
) {
  await trx
    .insertInto('entity_facts')
    .values({
      agency_id: agencyId,
      entity_id: entityId,
      attribute,
      value,
      report_id: g.reportId,
      import_id: null,
      source_grade: g.sourceGrade,
      info_grade: g.infoGrade,
      asserted_by: g.by,
    })
    .execute();
  await indexValue(trx, agencyId, entityId, type, attribute, value);
}

/** The agency's entity of this type known by this value (a phone's number, a vehicle's plate), if there is one. */
async function existing(trx: T, agencyId: string, type: EntityType, attribute: string, value: string) {
  const row = await trx
    .selectFrom('entity_facts')
    .innerJoin('entities', 'entities.id', 'entity_facts.entity_id')
    .select('entities.id')
    .where('entity_facts.agency_id', '=', agencyId)
    .where('entities.type', '=', type)
    .where('entity_facts.attribute', '=', attribute)
    .where('entity_facts.value', '=', value)
    .executeTakeFirst();
  return row?.id ?? null;
}

async function entity(trx: T, agencyId: string, type: EntityType, label: string) {
  const e = await trx
    .insertInto('entities')
    .values({ agency_id: agencyId, type, label })
    .returning('id')
    .executeTakeFirstOrThrow();
  await indexValue(trx, agencyId, e.id, type, 'label', label);
  return e.id;
}

/**
 * The people, place, phones and vehicles a received tip names become entities of the receiving agency, each fact
 * carrying the report and grading it came with: a phone or plate the agency already knows gains the fact (and so
 * the report) instead of a second entity. Returns how many entities were made or added to.
 */
export async function feedEntities(
  trx: T,
  agencyId: string,
  details: TipDetails,
  place: { hint: string | null; lat: number | null; lon: number | null; country: string | null },
  g: Grading,
): Promise<number> {
  let n = 0;
  for (const p of details.people) {
    const id = await entity(trx, agencyId, 'person', p.name);
    await fact(trx, agencyId, id, 'person', 'name', p.name, g);
    await fact(trx, agencyId, id, 'person', 'role_note', `named in a routed tip as ${p.role}`, g);
    n++;
  }
  for (const number of details.phones) {
    const id =
      (await existing(trx, agencyId, 'phone', 'number', number)) ??
      (await entity(trx, agencyId, 'phone', number));
    await fact(trx, agencyId, id, 'phone', 'number', number, g);
    n++;
  }
  for (const plate of details.plates) {
    const id =
      (await existing(trx, agencyId, 'vehicle', 'plate', plate)) ??
      (await entity(trx, agencyId, 'vehicle', plate));
    await fact(trx, agencyId, id, 'vehicle', 'plate', plate, g);
    n++;
  }
  if (place.lat !== null && place.lon !== null) {
    const label = place.hint || `${place.lat.toFixed(5)}, ${place.lon.toFixed(5)}`;
    const id = await entity(trx, agencyId, 'place', label);
    await fact(trx, agencyId, id, 'place', 'name', label, g);
    await fact(trx, agencyId, id, 'place', 'lat', String(place.lat), g);
    await fact(trx, agencyId, id, 'place', 'lon', String(place.lon), g);
    if (place.country) await fact(trx, agencyId, id, 'place', 'country', place.country, g);
    n++;
  }
  return n;
}
