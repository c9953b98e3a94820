import { describe, expect, it } from 'vitest';
import {
  generateName,
  mobileNumber,
  NATIONALITIES,
  recordedName,
  recordedPhone,
} from '../../world/names/index.ts';
import { Rng } from '../../world/rng.ts';
import { addInParallel, runShared } from './parallel.ts';
import { chunkCount, NAME_CHUNK, type PrepareJob, workChunk } from './prepare-work.ts';
import { RecordStore } from './store.ts';
import type { PersonRecord } from './types.ts';

function records(n: number): PersonRecord[] {
  const rng = new Rng('parallel-prepare');
  const out: PersonRecord[] = [];
  for (let k = 0; k < n; k++) {
    const nat = NATIONALITIES[k % NATIONALITIES.length] ?? 'TH';
    const name = generateName(rng, nat, k % 2 ? 'F' : 'M');
    out.push({
      id: `r${k}`,
      name: recordedName(rng, name, 0.6),
      birthDate: k % 5 ? `19${50 + (k % 50)}-0${1 + (k % 9)}-1${k % 10}` : null,
      phone: k % 3 ? recordedPhone(rng, mobileNumber(rng, nat), 0.6) : null,
      phones: k % 7 === 0 ? ['0812345678', '+66 81 234 5678'] : undefined,
      nationality: k % 4 ? nat : null,
      source: `s${k % 2}`,
    });
  }
  return out;
}

const columns = (s: RecordStore) => ({
  nameKey: Array.from(s.nameKey.data.subarray(0, s.size)),
  joined: Array.from(s.joined.data.subarray(0, s.size)),
  joinedSorted: Array.from(s.joinedSorted.data.subarray(0, s.size)),
  folded: Array.from(s.folded.data.subarray(0, s.size)),
  parts: Array.from(s.nameParts.values.data.subarray(0, s.nameParts.values.length)),
  phones: Array.from(s.phones.values.data.subarray(0, s.phones.values.length)),
  dob: Array.from(s.dob.data.subarray(0, s.size)),
  dictionaries: [s.nameKeys, s.nameFolded, s.parts, s.joinedKeys, s.phonesDict].map((d) => [
    d.values,
    Array.from(d.counts.data.subarray(0, d.values.length)),
  ]),
});

describe('preparing records on two threads', () => {
  it('a worker (TypeScript through tsx) does chunks, with the results of this thread', () => {
    const rs = records(3 * NAME_CHUNK);
    const job: PrepareJob = {
      names: [...new Set(rs.map((r) => r.name))],
      phones: rs.map((r) => r.phone ?? '0812345678'),
      regions: rs.map((r) => r.nationality ?? ''),
    };
    const { results, byWorker } = runShared(job, true, true);
    expect(byWorker).toBe(chunkCount(job).total);
    results.forEach((out, c) => {
      expect(out).toEqual(workChunk(job, c));
    });
  }, 60_000);

  it('fills a store exactly as adding records one by one does', () => {
    const rs = records(6000);
    const one = new RecordStore();
    rs.forEach((r, k) => {
      one.add(r, `record ${k + 1}`);
    });
    for (const useWorker of [false, true]) {
      const two = new RecordStore();
      addInParallel(two, rs, (k) => `record ${k + 1}`, useWorker);
      expect(columns(two)).toEqual(columns(one));
    }
  }, 60_000);

  it('reports a bad record as adding it alone does', () => {
    const rs = records(50);
    rs[30] = { id: 'x', name: '  ', birthDate: null };
    expect(() => addInParallel(new RecordStore(), rs, (k) => `record ${k + 1}`, false)).toThrow(
      'record 31: the name is empty',
    );
  });
});
