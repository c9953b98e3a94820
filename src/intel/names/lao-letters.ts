// Lao letters and the values of the romanisation seen on Lao passports and documents (the French-based
// usage: ou for u, x for ຊ, v for ວ, -y at the end of a word; public facts, as described on Wikipedia's
// "Romanization of Lao" page, CC BY-SA, and seen in official names such as Kaysone Phomvihane).

/** Each consonant's value at the start of a syllable and as a final ('' where it cannot close one). */
export const CONSONANTS: Readonly<Record<string, readonly [string, string]>> = {
  ກ: ['k', 'k'],
  ຂ: ['kh', 'k'],
  ຄ: ['kh', 'k'],
  ງ: ['ng', 'ng'],
  ຈ: ['ch', 't'],
  ສ: ['s', 't'],
  ຊ: ['x', 't'],
  ຍ: ['y', 'y'],
  ດ: ['d', 't'],
  ຕ: ['t', 't'],
  ຖ: ['th', 't'],
  ທ: ['th', 't'],
  ນ: ['n', 'n'],
  ບ: ['b', 'p'],
  ປ: ['p', 'p'],
  ຜ: ['ph', 'p'],
  ຝ: ['f', 'p'],
  ພ: ['ph', 'p'],
  ຟ: ['f', 'p'],
  ມ: ['m', 'm'],
  ຢ: ['y', ''],
  ຣ: ['r', 'n'],
  ລ: ['l', 'n'],
  ວ: ['v', 'o'],
  ຫ: ['h', ''],
  ອ: ['', ''],
  ຮ: ['h', ''],
  ໜ: ['n', 'n'],
  ໝ: ['m', 'm'],
  // Pali and Sanskrit letters (added to Unicode in 2019, rare in names).
  ຆ: ['kh', 'k'],
  ຉ: ['ch', 't'],
  ຌ: ['x', 't'],
  ຎ: ['d', 't'],
  ຏ: ['t', 't'],
  ຐ: ['th', 't'],
  ຑ: ['th', 't'],
  ຒ: ['th', 't'],
  ຓ: ['n', 'n'],
  ຘ: ['th', 't'],
  ຠ: ['ph', 'p'],
  ຨ: ['s', 't'],
  ຩ: ['s', 't'],
  ຬ: ['l', 'n'],
};

export const isConsonant = (c: string | undefined): c is string => c !== undefined && c in CONSONANTS;

/** Letters a silent ຫ makes sound in a higher tone class: ຫວັງ vang, ຫຼວງ louang. */
export const SONORANTS = new Set(['ງ', 'ຍ', 'ນ', 'ມ', 'ລ', 'ວ', 'ຣ']);

/** Vowel + final ຍ or ວ as one diphthong: ໄຊ xay, ໜ້ອຍ noy, ດາວ dao, ແກ້ວ keo. */
export const WITH_Y: Readonly<Record<string, string>> = {
  a: 'ay',
  ou: 'ouy',
  o: 'oy',
  oua: 'ouay',
  eua: 'euay',
  e: 'ey',
};
export const WITH_W: Readonly<Record<string, string>> = { a: 'ao', i: 'iu', e: 'eo', ie: 'ieo' };
