import { join } from 'node:path';
import type { Kysely } from 'kysely';
import type { Database } from '../src/db/types.ts';
import { normaliseText } from '../src/intel/names/index.ts';
import { resolveRecords } from '../src/intel/people/engine-adapter.ts';
import { type LoadedRecord, labelOf } from '../src/intel/people/persist.ts';
import { recordKindOf } from '../src/intel/people/records.ts';
import { keyFor } from '../src/intel/search.ts';
import { BLANK_FIELDS } from './people-records.ts';

/** A record that names a person, gathered as the app gathers them, with whose it is in the world's truth. */
export interface PersonRecord extends LoadedRecord {
  /** The world's person most of its rows name; null for rows the world's truth says nothing of. */
  person: string | null;
}

type Rows = (file: string) => Promise<Record<string, string>[]>;

/**
 * One world's records as the app gathers them from its imports (people/records.ts gatherRecords): one per
 * subscriber phone and name (the id number as document), one per account and name on either side of transfers,
 * one per traveller name, date of birth, document and nationality at crossings, and one per business's owner.
 * Names are normalised as imports normalise them.
 */
export async function gatherWorld(
  dir: string,
  world: number,
  rows: Rows,
  truthOf: (file: string, id: string) => Record<string, unknown> | undefined,
): Promise<PersonRecord[]> {
  const groups = new Map<string, { base: Omit<PersonRecord, 'id' | 'person'>; people: string[] }>();
  const add = (
    ref: string,
    person: unknown,
    base: Partial<Omit<PersonRecord, 'id' | 'person' | 'name' | 'source'>> & { name: string; source: string },
  ) => {
    const name = normaliseText(base.name.trim());
    if (name === '') return;
    const key = `${world}|${base.source}|${ref}|${name}`;
    const g = groups.get(key) ?? {
      base: {
        kind: recordKindOf(name),
        ...BLANK_FIELDS,
        ...base,
        name,
      },
      people: [],
    };
    groups.set(key, g);
    if (typeof person === 'string') g.people.push(`${world}:${person}`);
  };
  const orNull = (s: string | undefined) => (s?.trim() ? s.trim() : null);
  for (const r of await rows(join(dir, 'subscribers.csv'))) {
    const t = truthOf('subscribers.csv', r.subscriber_id ?? '');
    add(`${r.phone}`, t?.person, {
      source: 'subscriber',
      name: r.registered_name ?? '',
      phone: orNull(r.phone),
      document: orNull(r.id_number),
    });
  }
  for (const r of await rows(join(dir, 'transfers.csv'))) {
    const t = truthOf('transfers.csv', r.transfer_id ?? '');
    const from = orNull(r.from_account);
    const to = orNull(r.to_account);
    add(`${from}`, t?.person, { source: 'account_holder', name: r.from_name ?? '', account: from });
    add(`${to}`, t?.to, { source: 'account_holder', name: r.to_name ?? '', account: to });
  }
  for (const r of await rows(join(dir, 'crossings.csv'))) {
    const t = truthOf('crossings.csv', r.crossing_id ?? '');
    add(`${r.date_of_birth}|${r.document_number}|${r.nationality}`, t?.person, {
      source: 'traveller',
      name: r.traveller_name ?? '',
      birth_date: orNull(r.date_of_birth),
      document: orNull(r.document_number),
      nationality: orNull(r.nationality),
      plate: orNull(r.vehicle_plate),
    });
  }
  for (const r of await rows(join(dir, 'businesses.csv'))) {
    const t = truthOf('businesses.csv', r.registration_no ?? '');
    add(`${r.registration_no}`, t?.person, { source: 'business_owner', name: r.owner_name ?? '' });
  }
  let n = 0;
  return [...groups.values()].map(({ base, people }) => {
    const count = new Map<string, number>();
    for (const p of people) count.set(p, (count.get(p) ?? 0) + 1);
    const person = [...count.entries()].sort((a, b) => b[1] - a[1])[0]?.[0] ?? null;
    return { ...base, id: `w${world}-r${n++}`, person };
  });
}

/**
 * Resolves the records into people as the app does (engine-adapter.ts resolveRecords, no analysts' decisions),
 * makes an entity for each group and indexes it under every name its records give (as persist.ts indexNames
 * does). Returns each record's entity.
 */
export async function resolveAndIndex(
  db: Kysely<Database>,
  agencyId: string,
  records: PersonRecord[],
): Promise<{ entityOf: string[]; entities: number }> {
  const { groupOf } = resolveRecords(records, []);
  const groups = new Map<number, number[]>();
  records.forEach((_, i) => {
    const g = groupOf[i] ?? i;
    groups.set(g, [...(groups.get(g) ?? []), i]);
  });
  const entityOf: string[] = new Array(records.length).fill('');
  const list = [...groups.values()];
  for (let i = 0; i < list.length; i += 500) {
    const part = list.slice(i, i + 500);
    const made = await db
      .insertInto('entities')
      .values(
        part.map((members) => ({
          agency_id: agencyId,
          type: records[members[0] ?? 0]?.kind ?? 'person',
          label: labelOf(members.map((m) => records[m]?.name ?? '')),
          origin: 'resolution',
        })),
      )
      .returning('id')
      .execute();
    part.forEach((members, k) => {
      for (const m of members) entityOf[m] = made[k]?.id ?? '';
    });
  }
  const keys = new Map<
    string,
    { agency_id: string; entity_id: string; kind: string; value: string; key: string }
  >();
  records.forEach((r, i) => {
    const e = entityOf[i] ?? '';
    const k = keyFor(r.kind, 'name', r.name);
    if (e && k?.key)
      keys.set(`${e}|${k.key}|${r.name}`, {
        agency_id: agencyId,
        entity_id: e,
        kind: k.kind,
        value: r.name,
        key: k.key,
      });
  });
  const rows = [...keys.values()];
  for (let i = 0; i < rows.length; i += 2000)
    await db
      .insertInto('search_keys')
      .values(rows.slice(i, i + 2000))
      .execute();
  return { entityOf, entities: list.length };
}

/**
 * The entities that count as a person's for a query made from one of its records: those holding most of the
 * person's other records (an entity holding the query record alone is no answer: it is what was typed).
 */
export function targetEntities(records: PersonRecord[], entityOf: string[], query: number): Set<string> {
  const person = records[query]?.person;
  const count = new Map<string, number>();
  records.forEach((r, i) => {
    if (i !== query && r.person === person) {
      const e = entityOf[i] ?? '';
      count.set(e, (count.get(e) ?? 0) + 1);
    }
  });
  const most = Math.max(0, ...count.values());
  return new Set([...count.entries()].filter(([, c]) => c === most && most > 0).map(([e]) => e));
}
