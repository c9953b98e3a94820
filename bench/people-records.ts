import { createReadStream, existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { createInterface } from 'node:readline';
import { normaliseText } from '../src/intel/names/index.ts';
import type { LoadedRecord } from '../src/intel/people/persist.ts';
import { recordKindOf } from '../src/intel/people/records.ts';
import { parseCsvLine } from '../src/world/csv-parse.ts';

// The records Lantern gathers from a generated world's files, built as `gatherRecords` builds them from the
// imported tables (one record per subscriber phone and name, per account and name on transfers and on opening,
// per traveller's name, birth date, document and nationality, per registry owner), each with the person who truly stands behind it.
//
// Where the truth comes from: truth/records.jsonl names the person behind each subscribers.csv row (by
// subscriber_id: the registrant, a nominee when a criminal registered in someone else's name), each
// accounts.csv row (by account), each crossings.csv row (by crossing_id) and each businesses.csv row (by registration_no). transfers.csv has truth
// lines only for criminal transfers, but every account belongs to one person (truth/persons.jsonl `account`),
// and a transfer's name on each side is the recorded name of that account's holder; accounts outside the world
// (a migrant's family at home, EXT-…) belong to one relative each, who is no person of the world. A record
// gathered from several rows takes the person most of its rows name; rows naming someone else are impure.

export interface TruthRecord extends LoadedRecord {
  /** The true person (P…), or the holder of an account outside the world (EXT:…). */
  person: string;
}

export interface WorldRecords {
  records: TruthRecord[];
  /** Rows gathered into a record whose majority names another person. */
  impureRows: number;
  rows: number;
}

async function* csvRows(path: string): AsyncGenerator<Record<string, string>> {
  const lines = createInterface({ input: createReadStream(path), crlfDelay: Number.POSITIVE_INFINITY });
  let header: string[] | null = null;
  for await (const line of lines) {
    if (line === '') continue;
    const cells = parseCsvLine(line);
    if (!header) {
      header = cells;
      continue;
    }
    yield Object.fromEntries(header.map((h, i) => [h, cells[i] ?? '']));
  }
}

async function truthOf(dir: string): Promise<Map<string, string>> {
  const out = new Map<string, string>();
  const lines = createInterface({ input: createReadStream(join(dir, 'truth', 'records.jsonl')) });
  for await (const line of lines) {
    if (!line) continue;
    const t = JSON.parse(line) as { file: string; id: string; person: string };
    out.set(`${t.file}|${t.id}`, t.person);
  }
  return out;
}

function accountHolders(dir: string): Map<string, string> {
  const out = new Map<string, string>();
  for (const line of readFileSync(join(dir, 'truth', 'persons.jsonl'), 'utf8').split('\n')) {
    if (!line) continue;
    const p = JSON.parse(line) as { id: string; account: string | null };
    if (p.account) out.set(p.account, p.id);
  }
  return out;
}

/** Rows grouped under one key, with the fields of the first row and the persons of all. */
class Gatherer {
  readonly groups = new Map<string, { fields: Omit<LoadedRecord, 'id' | 'kind'>; persons: string[] }>();
  add(key: string, fields: Omit<LoadedRecord, 'id' | 'kind'>, person: string) {
    const g = this.groups.get(key);
    if (g) {
      g.persons.push(person);
      // As the gathering query: the smallest non-empty document among the rows.
      if (fields.document && (!g.fields.document || fields.document < g.fields.document))
        g.fields.document = fields.document;
    } else this.groups.set(key, { fields, persons: [person] });
  }
}

/** A gathered record's fields that a row may leave empty, all empty. */
export const BLANK_FIELDS = {
  birth_date: null,
  phone: null,
  document: null,
  account: null,
  plate: null,
  nationality: null,
  sex: null,
  site_id: null,
  entity_id: null,
};

/** Reads a generated world's files into gathered records with their true persons. */
export async function worldRecords(dir: string): Promise<WorldRecords> {
  const truth = await truthOf(dir);
  const holders = accountHolders(dir);
  const need = (file: string, id: string) => {
    const p = truth.get(`${file}|${id}`);
    if (!p) throw new Error(`${file}: row ${id} has no truth line`);
    return p;
  };
  const sources: [string, Gatherer][] = [];

  const subscribers = new Gatherer();
  for await (const r of csvRows(join(dir, 'subscribers.csv'))) {
    const name = normaliseText(r.registered_name?.trim() ?? '');
    if (!name) continue;
    const phone = r.phone?.trim() ?? '';
    subscribers.add(
      `${phone}|${name}`,
      { ...BLANK_FIELDS, source: 'subscriber', name, phone, document: r.id_number?.trim() || null },
      need('subscribers.csv', r.subscriber_id ?? ''),
    );
  }
  sources.push(['s', subscribers]);

  const holdersOf = new Gatherer();
  for await (const r of csvRows(join(dir, 'transfers.csv')))
    for (const side of ['from', 'to'] as const) {
      const name = normaliseText((r[`${side}_name`] ?? '').trim());
      const account = (r[`${side}_account`] ?? '').trim();
      if (!name || !account) continue;
      const person = holders.get(account) ?? (account.startsWith('EXT-') ? `EXT:${account}` : null);
      if (!person) throw new Error(`transfers.csv: row ${r.transfer_id} names an account no one holds`);
      holdersOf.add(
        `${account}|${name}`,
        { ...BLANK_FIELDS, source: 'account_holder', name, account },
        person,
      );
    }
  sources.push(['a', holdersOf]);

  // Banks' account-opening records (older worlds have none).
  const opened = new Gatherer();
  if (existsSync(join(dir, 'accounts.csv')))
    for await (const r of csvRows(join(dir, 'accounts.csv'))) {
      const name = normaliseText(r.holder_name?.trim() ?? '');
      const account = r.account?.trim() ?? '';
      if (!name || !account) continue;
      opened.add(
        `${account}|${name}`,
        {
          ...BLANK_FIELDS,
          source: 'account_opening',
          name,
          account,
          birth_date: r.birth_date?.trim() || null,
          document: r.id_number?.trim() || null,
        },
        need('accounts.csv', account),
      );
    }
  sources.push(['o', opened]);

  const travellers = new Gatherer();
  for await (const r of csvRows(join(dir, 'crossings.csv'))) {
    const name = normaliseText(r.traveller_name?.trim() ?? '');
    const [dob, doc, nat] = [r.date_of_birth, r.document_number, r.nationality].map((v) => v?.trim() ?? '');
    travellers.add(
      [name, dob, doc, nat].join('|'),
      {
        ...BLANK_FIELDS,
        source: 'traveller',
        name,
        birth_date: dob || null,
        document: doc || null,
        nationality: nat || null,
      },
      need('crossings.csv', r.crossing_id ?? ''),
    );
  }
  sources.push(['x', travellers]);

  const owners = new Gatherer();
  for await (const r of csvRows(join(dir, 'businesses.csv'))) {
    const name = normaliseText(r.owner_name?.trim() ?? '');
    if (!name) continue;
    const ref = r.registration_no ?? '';
    owners.add(
      ref,
      {
        ...BLANK_FIELDS,
        source: 'registry',
        name,
        document: r.owner_id_number?.trim() || null,
        site_id: ref,
      },
      need('businesses.csv', ref),
    );
  }
  sources.push(['r', owners]);

  const records: TruthRecord[] = [];
  let impureRows = 0;
  let rows = 0;
  for (const [prefix, g] of sources) {
    let k = 0;
    for (const { fields, persons } of g.groups.values()) {
      const votes = new Map<string, number>();
      for (const p of persons) votes.set(p, (votes.get(p) ?? 0) + 1);
      const [person, n] = [...votes.entries()].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1))[0] ?? [
        '',
        0,
      ];
      impureRows += persons.length - n;
      rows += persons.length;
      records.push({ id: `${prefix}${++k}`, kind: recordKindOf(fields.name), ...fields, person });
    }
  }
  return { records, impureRows, rows };
}
