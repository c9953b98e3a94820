import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { insertAgency } from '../access/users-store.ts';
import type { Db } from '../db/connection.ts';
import { createTestDatabase } from '../db/testing.ts';
import { nameKey } from './name-key.ts';
import { fuzzyNameMatches, slips } from './name-search.ts';
import { indexValue } from './search.ts';

let database: Db;
let agency: string;

const person = async (label: string) => {
  const e = await database.db
    .insertInto('entities')
    .values({ agency_id: agency, type: 'person', label })
    .returning('id')
    .executeTakeFirstOrThrow();
  await indexValue(database.db, agency, e.id, 'person', 'label', label);
  return e.id;
};
const found = async (query: string, limit = 10) =>
  (await fuzzyNameMatches(database.db, agency, nameKey(query), limit)).map((m) => m.entityId);

beforeAll(async () => {
  database = await createTestDatabase();
  agency = await insertAgency(database.db, 'Name search test', 'police');
});
afterAll(() => database.close());

describe('one-letter slips', () => {
  it('swaps neighbours and drops one letter, never below three letters', () => {
    expect(slips('ikm')).toContain('kim');
    expect(slips('hkoa')).toContain('koa');
    expect(slips('avn')).toContain('van');
    expect(slips('an')).toEqual([]);
    expect(slips('van')).not.toContain('an');
    expect(slips('aab')).not.toContain('aab');
  });
});

describe('fuzzy name search', () => {
  it('finds a name whose rarest typed part is the mistyped one', async () => {
    const kim = await person('Tran Kim Linh');
    // The typo is the query's own record, so its rarest part has postings: only its own.
    await person('Trần iKm Linh');
    for (const n of ['Tran Van Linh', 'Tran Thi Linh', 'Tran Minh Linh']) await person(n);
    expect(await found('Trần iKm Linh')).toContain(kim);
  });

  it('finds a record holding only the commoner part of the typed name', async () => {
    const sombat = await person('Sombat');
    for (const n of ['Sombat Srisuk', 'Sombat Jaidee', 'Sombat Wongsawat', 'Sombat Inkaew', 'Sombat Phromma'])
      await person(n);
    for (const n of ['Somsak Boonma', 'Malee Boonma']) await person(n);
    expect(await found('Sombat Boonma', 3)).toContain(sombat);
  });

  it('finds names written joined or apart, either way round', async () => {
    const thuzar = await person('Thuzar');
    const sithu = await person('Si Thu');
    const haoran = await person('Hao Ran');
    const sreymom = await person('Sreymom Chea');
    for (const n of ['Thu Thu', 'Zar Ni', 'Si Si', 'Thu Aung', 'Ran Wei', 'Hao Li', 'Mom Sok', 'Srey Pov'])
      await person(n);
    expect(await found('Thu Zar')).toContain(thuzar);
    expect(await found('Sithu')).toContain(sithu);
    expect(await found('Haoran')).toContain(haoran);
    expect(await found('Srey Mom Chea')).toContain(sreymom);
  });

  it('ranks a record holding only some of the typed parts above names holding another part', async () => {
    const wanpen = await person('Wanpen');
    for (const n of [
      'Wanpen Sukjai',
      'Wanpen Suksawat',
      'Wanpen Boonma',
      'Somchai Sukprasert',
      'Malee Sukprasert',
    ])
      await person(n);
    expect((await found('Wanpen Sukprasert', 3))[0]).toBe(wanpen);
    // A lone short part is not ranked so: Le for Le Bao Huong.
    const le = await person('Le');
    await person('Le Bao Hung');
    expect((await found('Le Bao Huong', 1))[0]).not.toBe(le);
  });

  it('ranks the exact key first', async () => {
    const exact = await person('Kyaw Zaw Myint');
    await person('Kyaw Zaw');
    await person('Kyaw Myint Zaw Oo');
    expect((await found('Gyaw Zaw Myint'))[0]).toBe(exact);
  });
});
