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

/** A title written in plain letters matches with or without marks (Mr, U); one with marks only as written (Bà). */
const startsWith = (parts: readonly string[], title: readonly string[]) =>
  title.every((t, i) => parts[i] === t || (/^[a-z]+$/.test(t) && ascii(parts[i] ?? '') === t));

/**
 * A name's words (lower case, marks kept, in written order) without the titles before it: "U Thant" → thant, "Nang Sao
 * Malee Sukjai" → malee sukjai, "Ma Ma" → ma ma. A title is kept when it would leave nothing (or, for a word that is
 * also a name, less than two parts): a record that reads only "Daw" still names someone called Daw.
 */
export function dropTitles(parts: readonly string[]): string[] {
  let rest = [...parts];
  for (;;) {
    const t = TITLES.find((x) => startsWith(rest, x) && rest.length > x.length);
    const a = t
      ? undefined
      : AMBIGUOUS.find(
          (x) => startsWith(rest, x) && rest.length >= x.length + 2 && rest[x.length] !== rest[0],
        );
    const title = t ?? a;
    if (!title) return rest;
    rest = rest.slice(title.length);
  }
}
