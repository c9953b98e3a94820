import { execFile } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { beforeAll, describe, expect, it } from 'vitest';

const dir = mkdtempSync(join(tmpdir(), 'lantern-cli-lang-'));
// The commands run on a database folder of their own, whatever DATABASE_URL the test run has; the key file lies
// beside the data folder. The locale of the machine running the tests is set aside.
const env = {
  ...process.env,
  LANTERN_DATA_DIR: dir,
  LANTERN_KEY_FILE: `${dir}.key`,
  DATABASE_URL: '',
  LANTERN_LANG: '',
  LC_ALL: '',
  LC_MESSAGES: '',
  LANG: 'C.UTF-8',
};
const run = (args: string[], more: Record<string, string> = {}) =>
  promisify(execFile)(process.execPath, ['bin/lantern.js', ...args], { env: { ...env, ...more } }).then(
    (r) => ({ code: 0, out: r.stdout, err: r.stderr }),
    (e: { code: number; stdout: string; stderr: string }) => ({ code: e.code, out: e.stdout, err: e.stderr }),
  );

describe.skipIf(process.env.DATABASE_URL)('lantern in the language asked for', { timeout: 120_000 }, () => {
  beforeAll(async () => {
    expect((await run(['migrate'])).code).toBe(0);
  }, 60_000);

  it('says results, its own errors and the server’s refusals in Thai; checks in Burmese', async () => {
    const added = await run(['--lang', 'th', 'agency', 'add', '--name', 'Unit A', '--kind', 'police']);
    expect(added.code).toBe(0);
    expect(added.out).toMatch(/^ลงทะเบียนหน่วยงาน [\w-]+ \(ตำรวจ\) แล้ว\n$/);
    const kind = await run(['agency', 'add', '--name', 'Unit B', '--kind', 'army'], { LANG: 'th_TH.UTF-8' });
    expect(kind.code).toBe(1);
    expect(kind.err).toMatch(/^lantern: --kind ต้องเป็นค่าใดค่าหนึ่งต่อไปนี้: police, labour/);
    // The server's own refusal (an AppError), through the server's catalogue of messages.
    const twice = await run(['agency', 'add', '--name', 'Unit A', '--kind', 'police'], {
      LANTERN_LANG: 'th',
    });
    expect(twice.code).toBe(1);
    expect(twice.err).toMatch(/^lantern: .*\p{Script=Thai}/u);
    expect(twice.err).not.toMatch(/already/);
    const verify = await run(['audit', 'verify', '--lang', 'my']);
    expect(verify.code).toBe(0);
    expect(verify.out).toMatch(/^စာရင်းစစ်မှတ်တမ်း ပြည့်စုံသည်- မှတ်တမ်း ၁ ခု စစ်ဆေးပြီး/);
    const english = await run(['audit', 'verify']);
    expect(english.out).toMatch(/^Audit log intact: 1 entries checked, head at 1\.\n/);
  });

  it("says an import's bad rows in the language asked for, each with its line, field and values", async () => {
    expect((await run(['agency', 'add', '--name', 'Unit C', '--kind', 'police'])).code).toBe(0);
    const file = join(dir, 'calls.csv');
    writeFileSync(
      file,
      [
        'caller,callee,started_at,duration_s,kind,cell_id,cell_lat,cell_lon',
        '+66812345678,+66899999001,2026-05-05T03:34:04+07:00,long,voice,TH-1,13.7,100.5',
        '+66812345678,+66899999002,05/05/2026 03:34,12,voice,TH-1,13.7,100.5',
        '+66812345678,+66899999003,2026-05-05T03:34:04+07:00,12,voice,TH-1,13.7,100.5,extra',
      ].join('\n'),
    );
    const thai = await run(['--lang', 'th', 'import', 'calls', file, '--agency', 'Unit C']);
    expect(thai.code).toBe(1);
    expect(thai.out).toContain('duration_s: ไม่ใช่ระยะเวลาเป็นวินาที (หรือ hh:mm:ss)');
    expect(thai.out).toContain('started_at: ไม่ใช่เวลาในรูปแบบ iso');
    // A row refused as a whole is named so in the language, not by the server's marker.
    expect(thai.out).toContain('บรรทัด 4, (ทั้งแถว): มี 9 ช่องข้อมูล แต่หัวตารางมี 8 ช่อง');
    expect(thai.out).toMatch(/^มีแถวที่ผิดพลาด 3 แถว/m);
    const english = await run(['import', 'calls', file, '--agency', 'Unit C']);
    expect(english.out).toContain('duration_s: is not a duration in seconds (or hh:mm:ss)');
    expect(english.out).toContain('line 4, (row): has 9 fields where the header has 8');
  });

  it("says an FtM file's bad lines and a refused column mapping in the language asked for", async () => {
    expect((await run(['agency', 'add', '--name', 'Unit D', '--kind', 'police'])).code).toBe(0);
    const ftm = join(dir, 'picture.ndjson');
    writeFileSync(
      ftm,
      [
        '{"id": "p1", "schema": "Person", "properties": {"name": ["Ko',
        '{"id": "d1", "schema": "Document"}',
      ].join('\n'),
    );
    const lines = await run(['--lang', 'th', 'intel', 'import-ftm', ftm, '--agency', 'Unit D']);
    expect(lines.code).toBe(1);
    expect(lines.out).toMatch(/^พบปัญหา 2 รายการในไฟล์/m);
    expect(lines.out).toContain('บรรทัด 1, (ทั้งแถว): จบลงกลางออบเจกต์ JSON: บรรทัด (หรือไฟล์) ถูกตัดขาด');
    expect(lines.out).toContain('บรรทัด 2, schema: "Document" ไม่มีสิ่งที่เทียบเท่าใน Lantern ซึ่งอ่านได้เฉพาะ');
    const mapping = join(dir, 'telco.json');
    writeFileSync(
      mapping,
      JSON.stringify({
        name: 'telco',
        kind: 'calls',
        defaultRegion: 'TH',
        dateFormat: 'iso',
        timeZone: '+07:00',
        columns: { caller: 'A', started_at: 'T', duration_s: 'D' },
      }),
    );
    const refused = await run(['--lang', 'th', 'import', 'save-mapping', mapping, '--agency', 'Unit D']);
    expect(refused.code).toBe(1);
    expect(refused.err).toBe('lantern: การจับคู่คอลัมน์ต้องระบุคอลัมน์ที่เก็บ callee\n');
  });
});
