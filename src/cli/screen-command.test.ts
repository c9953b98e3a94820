import { execFile } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';

const dir = mkdtempSync(join(tmpdir(), 'lantern-screen-'));
const run = (...args: string[]) =>
  promisify(execFile)(process.execPath, ['bin/lantern.js', 'screen', ...args]).then(
    (r) => ({ code: 0, out: r.stdout, err: r.stderr }),
    (e: { code: number; stdout: string; stderr: string }) => ({ code: e.code, out: e.stdout, err: e.stderr }),
  );
const file = (name: string, content: unknown) => {
  const p = join(dir, name);
  writeFileSync(p, typeof content === 'string' ? content : JSON.stringify(content));
  return p;
};

describe('lantern screen', { timeout: 60_000 }, () => {
  it('prints each outcome with its explanation as JSON', async () => {
    const r = await run(
      file('ok.json', {
        screenings: [
          {
            ref: 'child',
            age: 15,
            exploitation: 'labour',
            indicators: [
              'deceptive_recruitment.deceived_about_the_nature_of_the_job_location_or',
              'deceptive_recruitment.deceived_about_wages_earnings',
              'exploitative_conditions_of_work.excessive_working_days_or_hours',
              'exploitative_conditions_of_work.low_or_no_salary',
            ],
          },
          {
            ref: 'adult',
            age: 40,
            exploitation: 'labour',
            indicators: [
              'exploitative_conditions_of_work.excessive_working_days_or_hours',
              'exploitative_conditions_of_work.low_or_no_salary',
            ],
          },
        ],
      }),
    );
    expect(r.code).toBe(0);
    const out = JSON.parse(r.out) as { ref: string; outcome: string; explanation: string[] }[];
    expect(out.map((o) => [o.ref, o.outcome])).toEqual([
      ['child', 'presumed_trafficked'],
      ['adult', 'exploited_not_trafficked'],
    ]);
    expect(out[0]?.explanation.join(' ')).toMatch(/a child needs no means/);
  });

  it('refuses bad input with what, where and why', async () => {
    const notJson = await run(file('bad.json', '{ nope'));
    expect(notJson.code).toBe(1);
    expect(notJson.err).toMatch(/not readable JSON/);
    const wrongShape = await run(
      file('shape.json', [{ age: 'old', exploitation: 'labour', indicators: [] }]),
    );
    expect(wrongShape.err).toMatch(/not in the screening format/);
    const unknown = await run(
      file('unknown.json', [{ ref: 'r1', age: 20, exploitation: 'labour', indicators: ['invented.one'] }]),
    );
    expect(unknown.err).toMatch(/screenings\[0\] \(r1\): "invented.one" is not an indicator/);
    const noSet = await run(
      file('ok2.json', [{ age: 20, exploitation: 'labour', indicators: [] }]),
      '--set',
      'nope',
    );
    expect(noSet.err).toMatch(/no indicator set "nope"/);
  });
});
