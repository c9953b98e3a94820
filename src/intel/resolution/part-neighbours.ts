import type { Dictionary } from './columns.ts';

// A name part misspelt is as common as the part it misspells: Diệệp (key dip) is Diệp (diap) with a letter
// doubled, Munkong is Mankong, Bohpa is Bopha. Counted alone, a misspelt part is rare, and two different people
// whose records carry the same slip of a common name (it happens: the slips are the usual ones) look like the
// only bearers of a rare name. A part's neighbours are the parts one edit from it (a letter left out, added or
// changed), found by their deletion variants as in SymSpell: two keys one edit apart share a key with one
// letter deleted, or one is the other with a letter deleted. A part of five letters or more also has the parts it
// is with two letters left out (Suksaat, key suksat, of Suksawat, suksavat; Bunthoen of Bunthoeun).

/** Parts shorter than this have only their one-letter-longer neighbours (Dip, Diap): one edit from a short part
 * is another name (Ti, To; Kim, Kem), not a slip. */
const ALL_EDITS_FROM = 4;

/** Parts of this many letters up also have as neighbours the parts they are with two letters left out. */
const TWO_LETTERS_FROM = 5;

/** The parts one edit from each part of a dictionary of part keys, the dictionary growing as records come. */
export class PartNeighbours {
  /** A key with one letter deleted → the parts it is a deletion of. */
  private readonly byDeletion = new Map<string, number[]>();
  /** A key with two letters deleted → the parts it is a deletion of (parts of TWO_LETTERS_FROM + 2 letters up). */
  private readonly byTwoDeletions = new Map<string, number[]>();
  private indexed = 0;
  private readonly dict: Dictionary;

  constructor(dict: Dictionary) {
    this.dict = dict;
  }

  /** Part `p`, the parts one edit from it, and those it is with two letters left out. */
  of(p: number): number[] {
    this.grow();
    const key = this.dict.values[p] as string;
    const out = new Set<number>([p]);
    // Parts with a letter more (Diap for Dip).
    for (const q of this.byDeletion.get(key) ?? []) out.add(q);
    if (key.length >= ALL_EDITS_FROM)
      for (const v of deletions(key)) {
        // A letter less (Bopa for Bohpa), or another letter in its place (Mankong for Munkong).
        const less = this.dict.ids.get(v);
        if (less !== undefined) out.add(less);
        for (const q of this.byDeletion.get(v) ?? [])
          if (q !== p && sameLength(this.dict, q, key)) out.add(q);
      }
    // Parts with two letters more (Suksawat, key suksavat, for Suksaat, suksat; Bunthoeun for Bunthoen).
    if (key.length >= TWO_LETTERS_FROM) for (const q of this.byTwoDeletions.get(key) ?? []) out.add(q);
    return [...out];
  }

  private grow(): void {
    const values = this.dict.values;
    for (; this.indexed < values.length; this.indexed++) {
      const key = values[this.indexed] as string;
      if (key.length < 3) continue;
      const ones = deletions(key);
      for (const v of ones) {
        const list = this.byDeletion.get(v);
        if (list) list.push(this.indexed);
        else this.byDeletion.set(v, [this.indexed]);
      }
      if (key.length < TWO_LETTERS_FROM + 2) continue;
      const twos = new Set<string>();
      for (const v of ones) for (const w of deletions(v)) twos.add(w);
      for (const w of twos) {
        const list = this.byTwoDeletions.get(w);
        if (list) list.push(this.indexed);
        else this.byTwoDeletions.set(w, [this.indexed]);
      }
    }
  }
}

const sameLength = (dict: Dictionary, q: number, key: string) =>
  (dict.values[q] as string).length === key.length;

/** A key's distinct deletion variants (one letter removed). */
function deletions(key: string): Set<string> {
  const out = new Set<string>();
  for (let c = 0; c < key.length; c++) out.add(key.slice(0, c) + key.slice(c + 1));
  return out;
}
