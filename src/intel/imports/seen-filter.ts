/** Bits of filter a row; with 8 bits set per row in one 512-bit block, about 1 row in 500 is a false alarm. */
const BITS_PER_ROW = 16;
const HASHES = 8;
const BLOCK_WORDS = 16;
const FIRST_CAPACITY = 1 << 18;

interface Filter {
  words: Uint32Array;
  blocks: number;
  capacity: number;
  count: number;
}

const filterFor = (capacity: number): Filter => {
  const blocks = Math.max(1, Math.ceil((capacity * BITS_PER_ROW) / (BLOCK_WORDS * 32)));
  return { words: new Uint32Array(blocks * BLOCK_WORDS), blocks, capacity, count: 0 };
};

/**
 * Which rows of a file may have come before: a blocked Bloom filter (every row's bits in one cache line), grown
 * by adding filters rather than by copying. It never misses a row seen before; about one new row in 500 is
 * flagged by mistake, and a flagged row is checked exactly in the database (duplicates.ts). Ten million rows take
 * 20 MB, where remembering each row's fingerprint took 100.
 */
export class SeenFilter {
  readonly #filters: Filter[] = [filterFor(FIRST_CAPACITY)];
  #rows = 0;

  /** Two independent 32-bit hashes of a row's text. */
  static hashes(text: string): [number, number] {
    const out = new Uint32Array(2);
    SeenFilter.hashInto(text, 0, text.length, out, 0);
    return [out[0] as number, out[1] as number];
  }

  /**
   * The two hashes of `text` from `from` to before `to`, written into `out` at `at` and `at + 1`: read two
   * characters at a time (a row is hashed a million times an import), each hash mixed at the end so that every
   * character counts in all its bits.
   */
  static hashInto(text: string, from: number, to: number, out: Uint32Array, at: number): void {
    let a = 0x811c9dc5;
    let b = 0x5bd1e995;
    let i = from;
    for (; i + 1 < to; i += 2) {
      const c = text.charCodeAt(i) | (text.charCodeAt(i + 1) << 16);
      a = Math.imul(a ^ c, 0x01000193);
      b = Math.imul(b ^ c, 0x5bd1e995) ^ (b >>> 15);
    }
    if (i < to) {
      const c = text.charCodeAt(i);
      a = Math.imul(a ^ c, 0x01000193);
      b = Math.imul(b ^ c, 0x5bd1e995) ^ (b >>> 15);
    }
    out[at] = mix(a ^ (to - from));
    out[at + 1] = mix(b ^ (b >>> 13));
  }

  /** Makes room for `rows` rows in all at once, when the filters would otherwise grow on the way there. */
  reserve(rows: number): void {
    const last = this.#filters[this.#filters.length - 1] as Filter;
    const room = last.capacity - last.count;
    const more = rows - this.#rows;
    if (more > room) this.#filters.push(filterFor(Math.ceil(more * 1.05)));
  }

  /** Records the row; true when it may have been recorded before (always so when it was). */
  add(h1: number, h2: number): boolean {
    let last = this.#filters[this.#filters.length - 1] as Filter;
    if (last.count >= last.capacity) {
      last = filterFor(last.capacity * 2);
      this.#filters.push(last);
    }
    // The filters before the last are only asked; the last is asked and set in one pass.
    let seen = false;
    for (let i = 0; i < this.#filters.length - 1; i++)
      if (test(this.#filters[i] as Filter, h1, h2, false)) seen = true;
    if (test(last, h1, h2, true)) seen = true;
    last.count++;
    this.#rows++;
    return seen;
  }
}

/** MurmurHash3's finaliser: every bit of `h` moves every bit of the result. */
function mix(h: number): number {
  let x = h ^ (h >>> 16);
  x = Math.imul(x, 0x85ebca6b);
  x ^= x >>> 13;
  x = Math.imul(x, 0xc2b2ae35);
  return (x ^ (x >>> 16)) >>> 0;
}

/** Whether all the row's bits are set in the filter (and, with `set`, sets them). */
function test(f: Filter, h1: number, h2: number, set: boolean): boolean {
  const base = (h1 % f.blocks) * BLOCK_WORDS;
  let x = h2;
  let all = true;
  for (let i = 0; i < HASHES; i++) {
    const bit = x & 511;
    const w = base + (bit >>> 5);
    const mask = 1 << (bit & 31);
    if (((f.words[w] as number) & mask) === 0) {
      all = false;
      if (!set) return false;
      f.words[w] = (f.words[w] as number) | mask;
    }
    x = Math.imul(x ^ (x >>> 15), 0x2c1b3c6d) >>> 0;
  }
  return all;
}
