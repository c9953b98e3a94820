import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SYSTEM_CLI } from '../../access/policy.ts';
import { makeUser, signIn, startTestApp, type TestApp, withSession } from '../../server/testing.ts';
import { importFile } from '../imports/calls-import.ts';
import { BUILT_IN_MAPPINGS, type ColumnMapping } from '../imports/mapping.ts';
import { resolvePeople } from '../people/run.ts';

// A transporter crosses Mae Sot with the same worker twice, in his van, a minute apart; once with another worker;
// a trader crosses twenty minutes after them; a traveller crosses the other way at the same minute.

let t: TestApp;
let analyst: string;
let outsider: string;
let agencyId: string;
const dir = mkdtempSync(join(tmpdir(), 'lantern-co-travel-'));
const at = (day: number, minute: number) =>
  `2026-05-${String(day).padStart(2, '0')}T09:${String(minute).padStart(2, '0')}:00+07:00`;
const row = (
  id: string,
  when: string,
  direction: string,
  name: string,
  dob: string,
  doc: string,
  plate = '',
) => `${id},${when},mst,Mae Sot,${direction},${name},MM,${dob},passport,${doc},${plate}`;

beforeAll(async () => {
  t = await startTestApp();
  const a = await makeUser(t, ['analyst']);
  agencyId = a.agencyId;
  analyst = await signIn(t, a);
  t.clock.advance(31_000);
  outsider = await signIn(t, await makeUser(t, ['social_worker']));
  const lines = [
    'crossing_id,crossed_at,checkpoint_id,checkpoint,direction,traveller_name,nationality,date_of_birth,document_type,document_number,vehicle_plate',
    row('X1', at(3, 0), 'in', 'Aung Ko Ko', '1980-02-03', 'MA111111', '1กข 1234'),
    row('X2', at(3, 1), 'in', 'Thida Win', '1999-07-08', 'MB222222', '1กข 1234'),
    row('X3', at(17, 10), 'in', 'Aung Ko Ko', '1980-02-03', 'MA111111', '1กข 1234'),
    // Two minutes before him, across a ten-minute mark (the search cuts time into buckets of its window).
    row('X4', at(17, 8), 'in', 'Thida Win', '1999-07-08', 'MB222222'),
    row('X5', at(24, 5), 'in', 'Aung Ko Ko', '1980-02-03', 'MA111111', '1กข 1234'),
    row('X6', at(24, 6), 'in', 'Nilar Oo', '2001-01-01', 'MC333333', '1กข 1234'),
    row('X7', at(3, 25), 'in', 'Kyaw Zin', '1970-05-05', 'MD444444'),
    row('X8', at(17, 11), 'out', 'Mya Mya', '1985-09-09', 'ME555555'),
  ];
  const path = join(dir, 'crossings.csv');
  writeFileSync(path, `${lines.join('\n')}\n`);
  await importFile(t.database, {
    actor: SYSTEM_CLI,
    agencyId,
    path,
    mapping: BUILT_IN_MAPPINGS['lantern-crossings'] as ColumnMapping,
    acceptSkips: false,
  });
  await resolvePeople(t.database.db, { ...SYSTEM_CLI, agencyId }, 'test');
}, 60_000);
afterAll(() => t.close());

interface Pair {
  a: { label: string };
  b: { label: string };
  occasions: number;
  sameVehicle: number;
  checkpoints: string[];
}
const together = async (query = '', cookie = analyst) =>
  t.app.inject({ method: 'GET', url: `/api/intel/network/travel/together${query}`, ...withSession(cookie) });
const names = (p: Pair) => [p.a.label, p.b.label].sort().join(' + ');

describe('people who cross borders together', () => {
  it('finds the pair that crossed together twice, with the occasions in one vehicle, and audits the answer', async () => {
    const r = await together();
    expect(r.statusCode).toBe(200);
    const { pairs } = r.json() as { pairs: Pair[] };
    expect(pairs.map(names)).toEqual(['Aung Ko Ko + Thida Win']);
    expect(pairs[0]).toMatchObject({ occasions: 2, sameVehicle: 1, checkpoints: ['Mae Sot'] });
    const audit = await t.database.db
      .selectFrom('audit_log')
      .select(['action', 'detail'])
      .where('action', '=', 'intel.network_read')
      .orderBy('seq', 'desc')
      .executeTakeFirstOrThrow();
    expect(JSON.stringify(audit.detail)).toContain('co-travel');
    expect(JSON.stringify(audit.detail)).not.toContain('Aung');
  });

  it('takes one occasion when asked, never the other direction or a crossing twenty minutes later', async () => {
    const { pairs } = (await together('?minOccasions=1')).json() as { pairs: Pair[] };
    expect(pairs.map(names)).toEqual(['Aung Ko Ko + Thida Win', 'Aung Ko Ko + Nilar Oo']);
    const wide = (await together('?minOccasions=1&windowMinutes=30')).json() as { pairs: Pair[] };
    expect(wide.pairs.map(names)).toContain('Aung Ko Ko + Kyaw Zin');
    expect(wide.pairs.map(names).some((n) => n.includes('Mya Mya'))).toBe(false);
  });

  it('answers only those who read intelligence, and refuses a window out of bounds', async () => {
    expect((await together('', outsider)).statusCode).toBe(403);
    expect((await together('?windowMinutes=0')).statusCode).toBe(400);
  });
});
