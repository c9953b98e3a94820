// Thai letters and their RTGS values (Royal Thai General System of Transcription, Royal Institute 1999;
// the tables are public facts, as printed in the Royal Institute's announcement and on Wikipedia's
// "Royal Thai General System of Transcription" page, CC BY-SA).

/** Each consonant's value at the start of a syllable and as a final ('' where it cannot close one). */
export const CONSONANTS: Readonly<Record<string, readonly [string, string]>> = {
  ก: ['k', 'k'],
  ข: ['kh', 'k'],
  ฃ: ['kh', 'k'],
  ค: ['kh', 'k'],
  ฅ: ['kh', 'k'],
  ฆ: ['kh', 'k'],
  ง: ['ng', 'ng'],
  จ: ['ch', 't'],
  ฉ: ['ch', ''],
  ช: ['ch', 't'],
  ซ: ['s', 't'],
  ฌ: ['ch', 't'],
  ญ: ['y', 'n'],
  ฎ: ['d', 't'],
  ฏ: ['t', 't'],
  ฐ: ['th', 't'],
  ฑ: ['th', 't'],
  ฒ: ['th', 't'],
  ณ: ['n', 'n'],
  ด: ['d', 't'],
  ต: ['t', 't'],
  ถ: ['th', 't'],
  ท: ['th', 't'],
  ธ: ['th', 't'],
  น: ['n', 'n'],
  บ: ['b', 'p'],
  ป: ['p', 'p'],
  ผ: ['ph', ''],
  ฝ: ['f', ''],
  พ: ['ph', 'p'],
  ฟ: ['f', 'p'],
  ภ: ['ph', 'p'],
  ม: ['m', 'm'],
  ย: ['y', 'i'],
  ร: ['r', 'n'],
  ล: ['l', 'n'],
  ว: ['w', 'o'],
  ศ: ['s', 't'],
  ษ: ['s', 't'],
  ส: ['s', 't'],
  ห: ['h', ''],
  ฬ: ['l', 'n'],
  อ: ['', ''],
  ฮ: ['h', ''],
};

export const isConsonant = (c: string | undefined): c is string => c !== undefined && c in CONSONANTS;

/** Two-letter onsets read as one: true clusters keep both sounds; ทร, ศร, สร, ซร read s (ทราย sai, ศรี si). */
export const CLUSTERS: Readonly<Record<string, string>> = {
  กร: 'kr',
  กล: 'kl',
  กว: 'kw',
  ขร: 'khr',
  ขล: 'khl',
  ขว: 'khw',
  คร: 'khr',
  คล: 'khl',
  คว: 'khw',
  ตร: 'tr',
  ปร: 'pr',
  ปล: 'pl',
  พร: 'phr',
  พล: 'phl',
  ผล: 'phl',
  บร: 'br',
  บล: 'bl',
  ดร: 'dr',
  ฟร: 'fr',
  ฟล: 'fl',
  ศร: 's',
  สร: 's',
  ซร: 's',
};

/** Letters a silent ห makes sound in a higher tone class: หญิง ying, หมาย mai, หวาน wan. */
export const SONORANTS = new Set(['ง', 'ญ', 'น', 'ม', 'ย', 'ร', 'ล', 'ว']);

/** Vowel + final ย or ว read as one diphthong (RTGS): ไทย, สาย sai; ขาว khao; หิว hio; แก้ว kaeo. */
export const WITH_Y: Readonly<Record<string, string>> = {
  a: 'ai',
  u: 'ui',
  o: 'oi',
  oe: 'oei',
  ua: 'uai',
  uea: 'ueai',
  ai: 'ai',
  i: 'i',
};
export const WITH_W: Readonly<Record<string, string>> = { a: 'ao', i: 'io', e: 'eo', ae: 'aeo', ia: 'iao' };

/**
 * Pali and Sanskrit finals that are also read as the next syllable's onset with a short a when another
 * consonant follows (รัตนา rat-ta-na, ณัฐพล nat-tha-phon, บุษบา but-sa-ba, อรรถพล at-tha-phon).
 */
export const LINKING = new Set([
  'ต',
  'ฏ',
  'ฐ',
  'ฑ',
  'ฒ',
  'ถ',
  'ท',
  'ธ',
  'ภ',
  'พ',
  'ศ',
  'ษ',
  'ส',
  'ช',
  'ฌ',
  'ล',
]);

/** Finals whose trailing short i or u is silent at the end of a word (ชาติ chat, สมบัติ sombat, ธาตุ that). */
export const MUTE_VOWEL_FINALS = new Set(['ต', 'ฒ', 'ฐ', 'ท', 'ธ']);
