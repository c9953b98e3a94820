/**
 * Remembers rows already seen, by a 52-bit fingerprint in an open-addressed table: 8 bytes a row at most twice
 * over, so ten million rows take about 128 MB.
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

  /** Adds the fingerprint; false when it was there already. */
  add(fp: number): boolean {
    if ((this.#count + 1) * 4 > this.#slots.length * 3) this.#grow();
    const mask = this.#slots.length - 1;
    let i = (fp % 4_294_967_296) & mask;
    for (;;) {
      const v = this.#slots[i];
      if (v === 0) {
        this.#slots[i] = fp;
        this.#count++;
        return true;
      }
      if (v === fp) return false;
      i = (i + 1) & mask;
    }
  }

  #grow(): void {
    const old = this.#slots;
    this.#slots = new Float64Array(old.length * 2);
    this.#count = 0;
    for (const v of old) if (v !== 0) this.add(v);
  }
}
