import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SYSTEM_CLI } from '../../access/policy.ts';
import { makeUser, signIn, startTestApp, type TestApp, withSession } from '../../server/testing.ts';
import { importFile } from '../imports/calls-import.ts';
import { BUILT_IN_MAPPINGS, type ColumnMapping } from '../imports/mapping.ts';
import { resolvePeople } from '../people/run.ts';

// A transporter whose phone calls a recruiter once a week, then six times in the day before he crosses at Mae
// Sot; a trader who calls as much every day and crosses too; the transporter's other crossing, after a quiet week.

let t: TestApp;
let analyst: string;
const dir = mkdtempSync(join(tmpdir(), 'lantern-bursts-'));
const day = (d: number, hour = 10, minute = 0) =>
  `2026-05-${String(d).padStart(2, '0')}T${String(hour).padStart(2, '0')}:${String(minute).padStart(2, '0')}:00+07:00`;

async function load(agencyId: string, name: string, mapping: string, lines: string[]) {
  const path = join(dir, name);
  writeFileSync(path, `${lines.join('\n')}\n`);
  await importFile(t.database, {
    actor: SYSTEM_CLI,
    agencyId,
    path,
    mapping: BUILT_IN_MAPPINGS[mapping] as ColumnMapping,
    acceptSkips: false,
  });
}

beforeAll(async () => {
  t = await startTestApp();
  const a = await makeUser(t, ['analyst']);
  analyst = await signIn(t, a);
  await load(a.agencyId, 'subs.csv', 'lantern-subscribers', [
    'subscriber_id,phone,provider,registered_name,id_number,registered_on',
    'S1,+66810000001,AIS,Aung Ko Ko,MA111111,2024-01-02',
    'S2,+66810000002,AIS,Kyaw Zin,MD444444,2024-01-02',
  ]);
  const calls = ['call_id,caller,callee,started_at,duration_s,kind,cell_id,cell_lat,cell_lon'];
  let n = 0;
  const call = (from: string, to: string, when: string) =>
    calls.push(`C${++n},${from},${to},${when},60,voice,,,`);
  for (const d of [1, 8, 15]) call('+66810000001', '+66899999991', day(d));
  for (let k = 0; k < 6; k++)
    call(k % 2 ? '+66899999991' : '+66810000001', k % 2 ? '+66810000001' : '+66899999991', day(21, 8 + k));
  call('+66810000001', '+66899999992', day(21, 20));
  for (let d = 1; d <= 28; d++)
    for (let k = 0; k < 4; k++) call('+66810000002', '+66899999993', day(d, 8 + k));
  await load(a.agencyId, 'calls.csv', 'lantern', calls);
  const row = (id: string, when: string, name: string, dob: string, doc: string) =>
    `${id},${when},mst,Mae Sot,out,${name},MM,${dob},passport,${doc},`;
  await load(a.agencyId, 'crossings.csv', 'lantern-crossings', [
    'crossing_id,crossed_at,checkpoint_id,checkpoint,direction,traveller_name,nationality,date_of_birth,document_type,document_number,vehicle_plate',
    row('X1', day(22, 6), 'Aung Ko Ko', '1980-02-03', 'MA111111'),
    row('X2', day(12, 6), 'Aung Ko Ko', '1980-02-03', 'MA111111'),
    row('X3', day(22, 12), 'Kyaw Zin', '1970-05-05', 'MD444444'),
  ]);
  await resolvePeople(t.database.db, { ...SYSTEM_CLI, agencyId: a.agencyId }, 'test');
}, 60_000);
afterAll(() => t.close());

interface Burst {
  person: { label: string };
  crossedAt: string;
  calls: number;
  expected: number;
  counterparts: string[];
}
const bursts = async (query = '') =>
  (
    await t.app.inject({
      method: 'GET',
      url: `/api/intel/network/travel/bursts${query}`,
      ...withSession(analyst),
    })
  ).json() as { bursts: Burst[] };

describe('bursts of calls before a crossing', () => {
  it("finds the transporter's crossing after a day of calls, with whom, and not the busy trader's", async () => {
    const { bursts: found } = await bursts();
    expect(found.map((b) => [b.person.label, b.crossedAt])).toEqual([
      ['Aung Ko Ko', '2026-05-21T23:00:00.000Z'],
    ]);
    const [b] = found as [Burst];
    expect(b.calls).toBe(7);
    expect(b.expected).toBeLessThan(2);
    expect(b.counterparts).toEqual(['+66899999991', '+66899999992']);
  });

  it('narrows with the hours looked at and the calls asked, and never takes a steady caller', async () => {
    // Over twelve hours the evening call alone is left: one call is no burst.
    expect((await bursts('?hours=12&minCalls=2')).bursts).toEqual([]);
    // Seven calls are not eight.
    expect((await bursts('?minCalls=8')).bursts).toEqual([]);
    // The trader's day is as busy as his usual days: no ratio of three, however wide the window.
    const wide = (await bursts('?hours=168&minCalls=1')).bursts.map((b) => b.person.label);
    expect(wide).not.toContain('Kyaw Zin');
  });
});
