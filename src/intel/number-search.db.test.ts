import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { makeUser, signIn, startTestApp, type TestApp, withSession } from '../server/testing.ts';
import { deletionVariants, editDistance, laxPhoneReadings } from './number-search.ts';

// Phone hits with the count of call records of each number, opening its timeline; numbers typed with one
// character wrong still found.

let t: TestApp;
let cookie: string;
let agencyId: string;
const ids: Record<string, string> = {};

const api = (method: 'GET' | 'POST', url: string, payload?: object) =>
  t.app.inject({ method, url, ...withSession(cookie), ...(payload ? { payload } : {}) });
const find = async (q: string) => (await api('GET', `/api/intel/search?q=${encodeURIComponent(q)}`)).json();
type Hit = { id: string; label: string; kind: string; score: number };
const labels = async (q: string) => (await find(q)).entities.map((e: Hit) => e.label);

async function calls(pairs: [string, string][]) {
  await t.database.db
    .insertInto('call_records')
    .values(
      pairs.map(([caller, callee], i) => ({
        agency_id: agencyId,
        import_id: '00000000-0000-4000-8000-000000000001',
        caller,
        callee,
        started_at: new Date(Date.UTC(2026, 5, 1, 10, i)),
        duration_s: 30,
        kind: 'voice',
        cell_id: null,
        cell_lat: null,
        cell_lon: null,
      })),
    )
    .execute();
}

beforeAll(async () => {
  t = await startTestApp();
  cookie = await signIn(t, await makeUser(t, ['analyst']));
  agencyId = (await api('GET', '/api/me')).json().agency.id;
  for (const [type, label] of [
    ['phone', '+66812345678'],
    ['account', '123-4-56789-0'],
    ['identity_document', 'AB1234567'],
    ['vehicle', '1กข 1234'],
  ] as const)
    ids[label] = (await api('POST', '/api/intel/entities', { type, label })).json().id;
  // 0812345678 reads as a Thai number (+66812345678) and as a Lao one (+856812345678): the Thai one has three
  // calls, the Lao one (no entity) has two.
  await calls([
    ['+66812345678', '+66899999999'],
    ['+66899999999', '+66812345678'],
    ['+66812345678', '+856812345678'],
    ['+856812345678', '+66811111111'],
  ]);
});
afterAll(() => t.close());

describe('phone hits', () => {
  it('counts the call records of each reading of the typed number on its own', async () => {
    for (const typed of ['081-234-5678', '0812345678', '+66 81 234 5678']) {
      const r = await find(typed);
      expect(r.entities.map((e: Hit) => e.label)).toContain('+66812345678');
      expect(r.phones).toContainEqual({
        number: '+66812345678',
        callRecords: 3,
        entityId: ids['+66812345678'],
      });
    }
    const lao = (await find('0812345678')).phones.find(
      (p: { number: string }) => p.number === '+856812345678',
    );
    expect(lao).toEqual({ number: '+856812345678', callRecords: 2, entityId: null });
  });

  it("opens a number's timeline when no phone entity is known by it, and the entity's when one is", async () => {
    const r = await api('GET', `/api/intel/phones/${encodeURIComponent('+856812345678')}/timeline`);
    expect(r.statusCode).toBe(200);
    const page = r.json();
    expect(page.counts.calls).toBe(2);
    type Call = { medium: string; direction: string; counterpart: string };
    expect(page.events.map((e: Call) => `${e.medium} ${e.direction} ${e.counterpart}`)).toEqual([
      'voice out +66811111111',
      'voice in +66812345678',
    ]);
    const e = await api('GET', `/api/intel/entities/${ids['+66812345678']}/timeline`);
    expect(e.json().counts.calls).toBe(3);
    // The number is not written into the audit log.
    const audit = await t.database.db
      .selectFrom('audit_log')
      .select(['resource_type', 'resource_id', 'detail'])
      .where('resource_type', '=', 'phone_number')
      .execute();
    expect(audit).toHaveLength(1);
    expect(JSON.stringify(audit)).not.toContain('856812345678');
    expect((await api('GET', '/api/intel/phones/0812345678/timeline')).statusCode).toBe(400);
  });
});

describe('near numbers', () => {
  it('finds a phone typed with one digit wrong, swapped, missing or added, below exact hits', async () => {
    for (const typed of ['081-234-5679', '081-234-5687', '081-234-567', '081-234-56789', '+66 81 243 5678']) {
      const hits = (await find(typed)).entities as Hit[];
      const hit = hits.find((h) => h.label === '+66812345678');
      expect(hit, typed).toMatchObject({ kind: 'phone', score: 0.9 });
    }
    expect(await labels('081-234-5678')).toEqual(['+66812345678']);
    expect((await find('081-234-5678')).entities[0].score).toBe(1);
    // Two digits wrong is a different number.
    expect(await labels('081-234-5600')).not.toContain('+66812345678');
  });

  it('finds accounts, documents and plates typed with one character wrong or swapped', async () => {
    expect(await labels('1234567899')).toContain('123-4-56789-0');
    expect(await labels('1234567980')).toContain('123-4-56789-0');
    expect(await labels('AB1234576')).toContain('AB1234567');
    expect(await labels('AB 1243567')).toContain('AB1234567');
    expect(await labels('1กข 1243')).toContain('1กข 1234');
    expect(await labels('AB1299967')).not.toContain('AB1234567');
  });

  it('keeps variants of numbers added later, and only for the agency that holds them', async () => {
    await api('POST', '/api/intel/entities', { type: 'account', label: '9876543210' });
    expect(await labels('9876543201')).toContain('9876543210');
    const other = await signIn(t, await makeUser(t, ['analyst']));
    const r = await t.app.inject({
      method: 'GET',
      url: `/api/intel/search?q=${encodeURIComponent('9876543201')}`,
      ...withSession(other),
    });
    expect(r.json().entities).toEqual([]);
  });
});

describe('edit distance and variants', () => {
  it('counts one for a substitution, a transposition, an insertion or a deletion', () => {
    expect(editDistance('12345', '12345')).toBe(0);
    expect(editDistance('12345', '12355')).toBe(1);
    expect(editDistance('12345', '12354')).toBe(1);
    expect(editDistance('12345', '1245')).toBe(1);
    expect(editDistance('12345', '123456')).toBe(1);
    expect(editDistance('12345', '21435')).toBe(2);
    expect(editDistance('12345', '99999', 1)).toBe(2);
  });

  it('shares a deletion variant between keys one edit apart', () => {
    const share = (a: string, b: string) => deletionVariants(a).some((v) => deletionVariants(b).includes(v));
    expect(share('+66812345678', '+66812345687')).toBe(true);
    expect(share('+66812345678', '+66812345679')).toBe(true);
    expect(share('+66812345678', '+6681234567')).toBe(true);
    expect(share('+66812345678', '+66812345600')).toBe(false);
    expect(laxPhoneReadings('081-234-567')).toContain('+6681234567');
    expect(laxPhoneReadings('12345')).toEqual([]);
  });
});
