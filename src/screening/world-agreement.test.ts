import { createReadStream, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createInterface } from 'node:readline';
import { afterAll, describe, expect, it } from 'vitest';
import { generateWorld } from '../world/generate.ts';
import type { IndicatorSet } from './indicator-set.ts';
import { DEFAULT_SET_ID, PUBLISHED_SETS } from './published-sets.ts';
import { type Exploitation, evaluate, type Outcome } from './rules.ts';

const dir = mkdtempSync(join(tmpdir(), 'lantern-screen-world-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

interface Person {
  id: string;
  birth_date: string;
  victim: { status: string; exploitation: Exploitation | null; child: boolean; indicators: string[] } | null;
}

const EXPECTED: Record<string, Outcome> = {
  trafficked: 'presumed_trafficked',
  exploited_not_trafficked: 'exploited_not_trafficked',
  not_indicated: 'not_indicated',
};

/** Age in whole years on the day the world ends. */
function ageOn(birth: string, day: string): number {
  const [by, bm, bd] = birth.split('-').map(Number);
  const [y, m, d] = day.split('-').map(Number);
  return (
    (y ?? 0) - (by ?? 0) - ((m ?? 0) < (bm ?? 0) || ((m ?? 0) === (bm ?? 0) && (d ?? 0) < (bd ?? 0)) ? 1 : 0)
  );
}

describe('screening the medium world', () => {
  it("reproduces the truth's victim status for every person from their true indicators", {
    timeout: 180_000,
  }, async () => {
    await generateWorld({ preset: 'medium', seed: 3, out: dir });
    const set = PUBLISHED_SETS.get(DEFAULT_SET_ID) as IndicatorSet;
    const counts: Record<string, number> = {};
    const mismatches: string[] = [];
    let people = 0;
    const lines = createInterface({ input: createReadStream(join(dir, 'truth', 'persons.jsonl'), 'utf8') });
    for await (const line of lines) {
      const p = JSON.parse(line) as Person;
      people++;
      const age = ageOn(p.birth_date, '2026-10-31');
      const e = evaluate(
        set,
        { age, exploitation: p.victim?.exploitation ?? 'labour' },
        { present: p.victim?.indicators ?? [] },
      );
      const expected = EXPECTED[p.victim?.status ?? 'not_indicated'];
      counts[e.outcome] = (counts[e.outcome] ?? 0) + 1;
      if (e.outcome !== expected || (p.victim && p.victim.child !== e.child))
        mismatches.push(
          `${p.id}: truth ${p.victim?.status} (child ${p.victim?.child}), screened ${e.outcome} (child ${e.child})`,
        );
    }
    expect(people).toBe(50_000);
    expect(mismatches.slice(0, 10)).toEqual([]);
    expect(counts.presumed_trafficked).toBeGreaterThan(300);
    expect(counts.exploited_not_trafficked).toBeGreaterThan(300);
  });
});
