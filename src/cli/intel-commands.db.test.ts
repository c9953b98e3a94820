import { execFile } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { beforeAll, describe, expect, it } from 'vitest';

const dir = mkdtempSync(join(tmpdir(), 'lantern-cli-ftm-'));
// The commands run on a database folder of their own, whatever DATABASE_URL the test run has.
// The key file lies beside the data folder, never in it (nor in the user's own configuration folder).
const env = { ...process.env, LANTERN_DATA_DIR: dir, LANTERN_KEY_FILE: `${dir}.key`, DATABASE_URL: '' };
const run = (...args: string[]) =>
  promisify(execFile)(process.execPath, ['bin/lantern.js', ...args], { env }).then(
    (r) => ({ code: 0, out: r.stdout, err: r.stderr }),
    (e: { code: number; stdout: string; stderr: string }) => ({ code: e.code, out: e.stdout, err: e.stderr }),
  );
const file = (name: string, lines: object[]) => {
  const path = join(dir, name);
  writeFileSync(path, `${lines.map((l) => JSON.stringify(l)).join('\n')}\n`);
  return path;
};

const ALEPH = [
  {
    id: 'p1',
    schema: 'Person',
    properties: { name: ['Nguyen Thi Lan'], nationality: ['vn'], phone: ['+84912345678'] },
  },
  { id: 'c1', schema: 'Company', properties: { name: ['Golden Sea Fishing Co'], jurisdiction: ['th'] } },
  { id: 'v1', schema: 'Vessel', properties: { name: ['Sea Star 9'], imoNumber: ['9123456'], owner: ['c1'] } },
  { id: 'e1', schema: 'Employment', properties: { employee: ['p1'], employer: ['c1'], role: ['deckhand'] } },
];

// They run on an embedded folder whatever the run's database: the pass on a PostgreSQL server would repeat them.
describe.skipIf(process.env.DATABASE_URL)(
  'lantern intel export-ftm and import-ftm',
  { timeout: 120_000 },
  () => {
    beforeAll(async () => {
      expect((await run('migrate')).code).toBe(0);
      expect((await run('agency', 'add', '--name', 'Marine Police', '--kind', 'police')).code).toBe(0);
      expect((await run('agency', 'add', '--name', 'Seafarers NGO', '--kind', 'ngo')).code).toBe(0);
    }, 60_000);

    it('imports a file from Aleph, exports it, and the export imports elsewhere to the same picture', async () => {
      const aleph = file('aleph.ndjson', ALEPH);
      const imported = await run('intel', 'import-ftm', aleph, '--agency', 'marine police');
      expect(imported.code, imported.err).toBe(0);
      expect(imported.out).toMatch(
        /^completed: 4 lines; 4 entities created, 0 matched; 7 facts; 3 links created/,
      );
      expect(imported.out).toMatch(/Not read \(Lantern has no place for them\): Employment\.role ×1/);
      expect((await run('intel', 'import-ftm', aleph, '--agency', 'marine police')).out).toMatch(
        /^already_imported/,
      );

      const out = join(dir, 'marine.ndjson');
      const exported = await run('intel', 'export-ftm', '--agency', 'marine police', '--out', out);
      expect(exported.code, exported.err).toBe(0);
      expect(exported.out).toMatch(/^7 FtM entities written/);
      const first = readFileSync(out, 'utf8');
      // The ids a file came with are the ids it is given back under.
      expect(first).toContain('"id":"p1","schema":"Person"');
      expect(first).toContain('"id":"lantern-phone:+84912345678","schema":"LegalEntity"');

      expect((await run('intel', 'import-ftm', out, '--agency', 'seafarers ngo')).code).toBe(0);
      const again = join(dir, 'ngo.ndjson');
      expect((await run('intel', 'export-ftm', '--agency', 'seafarers ngo', '--out', again)).code).toBe(0);
      const strip = (text: string) => text.replace(/,\\"(report|import)\\":\\"[^\\]+\\"/g, '');
      expect(strip(readFileSync(again, 'utf8'))).toBe(strip(first));
    });

    it('refuses a bad file, naming its lines, and exits 1', async () => {
      const bad = file('bad.ndjson', [{ id: 'x', schema: 'Sanction', properties: {} }, ALEPH[3] as object]);
      const r = await run('intel', 'import-ftm', bad, '--agency', 'seafarers ngo');
      expect(r.code).toBe(1);
      expect(r.out).toMatch(/^rejected/);
      expect(r.out).toMatch(/line 1, schema: "Sanction" has no counterpart in Lantern/);
      expect((await run('intel', 'export-ftm', '--agency', 'nobody', '--out', join(dir, 'x'))).err).toMatch(
        /--agency: no such agency/,
      );
    });
  },
);
