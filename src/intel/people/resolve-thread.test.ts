import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { worldRecords } from '../../../bench/people-records.ts';
import { generateWorld } from '../../world/generate.ts';
import { resolveRecords } from './engine-adapter.ts';
import { resolveOffThread, workerRuns } from './resolve-thread.ts';

describe('resolving on a worker thread', () => {
  it('groups the records exactly as this thread does', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'lantern-resolve-thread-'));
    try {
      await generateWorld({ preset: 'demo', seed: 2, out: dir });
      const { records } = await worldRecords(dir);
      const here = resolveRecords(records, []);
      const before = workerRuns.count;
      const there = await resolveOffThread(records, [], undefined, 0);
      expect(workerRuns.count).toBe(before + 1);
      expect(Array.from(there.groupOf)).toEqual(Array.from(here.groupOf));
      expect(there.pairs.length).toBe(here.pairs.length);
      expect(there.model).toEqual(here.model);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  }, 60_000);
});
