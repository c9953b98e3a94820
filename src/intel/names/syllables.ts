// Reading a word of an abugida (Thai, Lao) as the cheapest sequence of syllables. Each script says which
// syllables may start at a position and what each costs; what is shared is the letters' roles (a consonant's
// value as onset and as final, vowel signs binding to the consonant before them, ย/ว finals making diphthongs),
// the search for the cheapest reading of the whole word, and the way a name's words are spelled and capitalised.

/** One syllable that may be read from a position: where it ends, its Latin spelling, how unlikely it is. */
export interface Candidate {
  readonly end: number;
  readonly rom: string;
  readonly cost: number;
}

/** A vowel as written: its Latin value, where it ends, whether a final may/must follow, its cost. */
export interface Nucleus {
  readonly end: number;
  readonly vowel: string;
  readonly final: 'none' | 'optional' | 'required';
  readonly cost: number;
}

/** What syllable reading needs to know of a script's letters. */
export interface ScriptLetters {
  /** Each consonant's Latin value as an onset and as a final ('' when it cannot close a syllable). */
  readonly consonants: Readonly<Record<string, readonly [string, string]>>;
  readonly isConsonant: (c: string | undefined) => c is string;
  /** Vowel signs that attach to the consonant before them, so that consonant opens a syllable, not closes one. */
  readonly binding: ReadonlySet<string>;
  /** The script's ย/ຍ and ว/ວ, which as finals join the vowel into a diphthong. */
  readonly yFinal: string;
  readonly wFinal: string;
  /** Vowel + ย and vowel + ว as written together; a vowel not listed takes yEnding or 'o'. */
  readonly withY: Readonly<Record<string, string>>;
  readonly withW: Readonly<Record<string, string>>;
  readonly yEnding: string;
}

export interface SyllableLetters {
  /** A consonant's value opening a syllable. */
  readonly initial: (c: string) => string;
  /** A consonant's value closing a syllable. */
  readonly finalOf: (c: string) => string;
  /** Whether the letter at k may close a syllable: a consonant with a final value, not taken by a vowel sign. */
  readonly canClose: (s: readonly string[], k: number) => boolean;
  /** Vowel + final as written together. */
  readonly close: (vowel: string, f: string) => string;
}

export function syllableLetters(letters: ScriptLetters): SyllableLetters {
  const initial = (c: string): string => letters.consonants[c]?.[0] ?? '';
  const finalOf = (c: string): string => letters.consonants[c]?.[1] ?? '';
  return {
    initial,
    finalOf,
    canClose(s, k) {
      const c = s[k];
      if (!letters.isConsonant(c) || finalOf(c) === '') return false;
      const next = s[k + 1];
      return next === undefined || !letters.binding.has(next);
    },
    close(vowel, f) {
      if (f === letters.yFinal) return letters.withY[vowel] ?? `${vowel}${letters.yEnding}`;
      if (f === letters.wFinal) return letters.withW[vowel] ?? `${vowel}o`;
      return vowel + finalOf(f);
    },
  };
}

/**
 * The syllables of the cheapest reading of a word of n letters, candidatesAt giving the syllables that may start
 * at a position. A letter no syllable can take (a stray mark) is skipped at a high cost so the word still reads.
 * On a tie the first reading found wins, or with laterWins the last.
 */
export function cheapestReading(
  n: number,
  candidatesAt: (i: number) => Candidate[],
  laterWins: boolean,
): string[] {
  // Each position's best cost, and the syllable read to reach it from the position it starts at.
  const best = Array.from({ length: n + 1 }, (_, i) => ({
    cost: i === 0 ? 0 : Number.POSITIVE_INFINITY,
    from: -1,
    rom: '',
  }));
  for (let i = 0; i < n; i++) {
    const here = best[i] as (typeof best)[number];
    if (here.cost === Number.POSITIVE_INFINITY) continue;
    const cands = candidatesAt(i);
    if (cands.length === 0) cands.push({ end: i + 1, rom: '', cost: 30 });
    for (const c of cands) {
      const total = here.cost + c.cost;
      const slot = best[c.end] as (typeof best)[number];
      if (total < slot.cost || (laterWins && total === slot.cost)) {
        slot.cost = total;
        slot.from = i;
        slot.rom = c.rom;
      }
    }
  }
  const parts: string[] = [];
  for (let at = n; at > 0; ) {
    const slot = best[at] as (typeof best)[number];
    if (slot.from < 0) return [];
    parts.push(slot.rom);
    at = slot.from;
  }
  return parts.reverse();
}

const capitalise = (w: string): string => w.charAt(0).toUpperCase() + w.slice(1);

/**
 * How a name's words are spelled in Latin, each capitalised: the runs of the script's letters (`letters`, a
 * character class body such as \u0E01-\u0E4C) read by readRun, anything else kept with its full stops made spaces.
 */
export function wordSpeller(
  letters: string,
  readRun: (run: string) => string,
): (words: readonly string[]) => string {
  const between = new RegExp(`([^${letters}]+)`);
  const run = new RegExp(`^[${letters}]+$`);
  return (words) =>
    words
      .map((w) =>
        w
          .split(between)
          .map((part) => (run.test(part) ? readRun(part) : part.replace(/\./g, ' ')))
          .join('')
          .trim(),
      )
      .filter(Boolean)
      .map(capitalise)
      .join(' ');
}
