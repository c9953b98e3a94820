// Titles and honorifics written before names in the region's records, in Latin letters as the romanisers give
// them (lower case, diacritics folded). Sources: Thai นาย/นาง/นางสาว (Nai, Nang, Nangsao) and คุณ (Khun); Lao
// ທ້າວ/ນາງ/ສາວ (Thao, Nang, Sao); Burmese ဦး/ဒေါ်/ကို/မ/မောင် (U, Daw, Ko, Ma, Maung, Mg) and the Karen and Shan
// prefixes Saw/Naw, Sai/Nang; Khmer លោក/លោកស្រី/កញ្ញា (Lok, Lok Srey, Kanha); Vietnamese Ông, Bà, Chị, Cô (not
// Anh: it is as often a given name written first, "Anh Tran");
// English Mr, Mrs, Ms, Miss, Dr.

/** Titles that are never a name: dropped whenever a name part remains. */
const TITLES: readonly string[][] = [
  ['mr'],
  ['mrs'],
  ['ms'],
  ['miss'],
  ['mister'],
  ['dr'],
  ['nai'],
  ['nang', 'sao'],
  ['nangsao'],
  ['khun'],
  ['thao'],
  ['u'],
  ['daw'],
  ['lok', 'srey'],
  ['lok', 'srei'],
  ['lok'],
  // Vietnamese titles only as written with their marks: Ba, Co and Chi are names too, and Ong a Chinese one.
  ['ông'],
  ['bà'],
  ['chị'],
  ['cô'],
];

/**
 * Words that are titles before a name but also names themselves (Maung Maung, Ma Ma, Saw Min Zin's Saw, Sai,
 * Kanha): dropped only when two name parts remain and the word is not doubled (Ko Ko Gyi, Maung Maung Lwin: a
 * doubled word is a name), as the Burmese romaniser drops them from names in Burmese script.
 */
const AMBIGUOUS: readonly string[][] = [
  ['ko'],
  ['ma'],
  ['maung'],
  ['mg'],
  ['saw'],
  ['naw'],
  ['nang'],
  ['sai'],
  ['sao'],
  ['kanha'],
];

const ascii = (s: string) => s.normalize('NFD').replace(/\p{M}+/gu, '');

interface Title {
  readonly words: readonly string[];
  /** Per word: written in plain letters, so it matches with or without marks (Mr, U); else only as written (Bà). */
  readonly plain: readonly boolean[];
}
const prepare = (list: readonly string[][]): readonly Title[] =>
  list.map((words) => ({ words, plain: words.map((t) => /^[a-z]+$/.test(t)) }));
const TITLE_LIST = prepare(TITLES);
const AMBIGUOUS_LIST = prepare(AMBIGUOUS);
/** Every title's first word: a name whose first word (as written or without marks) is none of them has no title. */
const FIRST_WORDS = new Set([...TITLES, ...AMBIGUOUS].map((t) => t[0] as string));

/** Whether `parts` begin with `title`; `asciiOf(i)` is parts[i] without marks (computed at most once a word). */
const startsWith = (parts: readonly string[], asciiOf: (i: number) => string, title: Title) =>
  title.words.every((t, i) => parts[i] === t || (title.plain[i] === true && asciiOf(i) === t));

/**
 * A name's words (lower case, marks kept, in written order) without the titles before it: "U Thant" → thant, "Nang Sao
 * Malee Sukjai" → malee sukjai, "Ma Ma" → ma ma. A title is kept when it would leave nothing (or, for a word that is
 * also a name, less than two parts): a record that reads only "Daw" still names someone called Daw.
 */
export function dropTitles(parts: readonly string[]): string[] {
  let rest = parts;
  for (;;) {
    const first = rest[0];
    if (first === undefined) return [...rest];
    const asciiWords: string[] = [];
    const asciiOf = (i: number) => {
      let a = asciiWords[i];
      if (a === undefined) {
        a = ascii(rest[i] ?? '');
        asciiWords[i] = a;
      }
      return a;
    };
    if (!FIRST_WORDS.has(first) && !FIRST_WORDS.has(asciiOf(0))) return [...rest];
    const t = TITLE_LIST.find((x) => rest.length > x.words.length && startsWith(rest, asciiOf, x));
    const a = t
      ? undefined
      : AMBIGUOUS_LIST.find(
          (x) =>
            rest.length >= x.words.length + 2 &&
            rest[x.words.length] !== rest[0] &&
            startsWith(rest, asciiOf, x),
        );
    const title = t ?? a;
    if (!title) return [...rest];
    rest = rest.slice(title.words.length);
  }
}
