/** Largest share of slots in use before the table grows. */
const LOAD = 0.85;

/**
 * Remembers rows already seen, by a 52-bit fingerprint in an open-addressed table of 8-byte slots. Sized ahead from
 * the expected number of rows (`reserve`), it never doubles while a file is read: ten million rows take about 100 MB
 * once, rather than 128 MB plus a 64 MB copy while growing.
 */
export class RowSet {
  #slots = new Float64Array(1 << 16);
  #count = 0;

  static fingerprint(text: string): number {
    let a = 0x811c9dc5;
    let b = 0x01000193 ^ 0x5bd1e995;
    for (let i = 0; i < text.length; i++) {
      const c = text.charCodeAt(i);
      a = Math.imul(a ^ c, 0x01000193);
      b = Math.imul(b ^ c, 0x5bd1e995) ^ (b >>> 15);
    }
    return (a >>> 0) * 1_048_576 + ((b >>> 0) & 0xfffff) || 1;
  }

  get size(): number {
    return this.#count;
  }

  /** Makes room for `rows` rows in all, at once, when the table would otherwise grow on the way there. */
  reserve(rows: number): void {
    const slots = Math.ceil(rows / LOAD) + 1;
    if (slots > this.#slots.length) this.#rehash(slots);
  }

  /** Adds the fingerprint; false when it was there already. */
  add(fp: number): boolean {
    if (this.#count + 1 > this.#slots.length * LOAD) this.#rehash(this.#slots.length * 2);
    const slots = this.#slots;
    const n = slots.length;
    let i = fp % n;
    for (;;) {
      const v = slots[i];
      if (v === 0) {
        slots[i] = fp;
        this.#count++;
        return true;
      }
      if (v === fp) return false;
      i = i + 1 === n ? 0 : i + 1;
    }
  }

  #rehash(slots: number): void {
    const old = this.#slots;
    this.#slots = new Float64Array(slots);
    this.#count = 0;
    for (const v of old) if (v !== 0) this.add(v);
  }
}
