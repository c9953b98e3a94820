import { nameForms } from './name-parts.ts';
import { phoneKeysOf } from './phones.ts';

// The dear, pure part of preparing records, in chunks that the main thread and a worker share out (parallel.ts):
// the forms of distinct names and the E.164 readings of phone numbers. A chunk's result is a flat array of
// strings (cheap to pass between threads); several values in one field are joined by a space, which neither a
// part key nor an E.164 number holds.

/** What is shared out: distinct written names, and phone numbers with the region of their record (or ''). */
export interface PrepareJob {
  names: readonly string[];
  phones: readonly string[];
  regions: readonly string[];
}

export const NAME_CHUNK = 4096;
export const PHONE_CHUNK = 16384;
/** Strings a name's forms take in a chunk's result. */
export const NAME_FIELDS = 5;

export function chunkCount(job: PrepareJob): { names: number; total: number } {
  const names = Math.ceil(job.names.length / NAME_CHUNK);
  return { names, total: names + Math.ceil(job.phones.length / PHONE_CHUNK) };
}

/** Chunk `c` of a job: names' forms (key, folded, joined, joined sorted, parts) or phones' readings. */
export function workChunk(job: PrepareJob, c: number): string[] {
  const { names } = chunkCount(job);
  const out: string[] = [];
  if (c < names) {
    const end = Math.min(job.names.length, (c + 1) * NAME_CHUNK);
    for (let x = c * NAME_CHUNK; x < end; x++) {
      const f = nameForms(job.names[x] as string);
      out.push(f.key, f.folded, f.joined, f.joinedSorted, f.parts.join(' '));
    }
  } else {
    const from = (c - names) * PHONE_CHUNK;
    const end = Math.min(job.phones.length, from + PHONE_CHUNK);
    for (let x = from; x < end; x++)
      out.push(phoneKeysOf(job.phones[x] as string, job.regions[x] || null).join(' '));
  }
  return out;
}
