import { CONSONANTS, isConsonant, SONORANTS, WITH_W, WITH_Y } from './lao-letters.ts';
import { type Candidate, cheapestReading, type Nucleus, syllableLetters, wordSpeller } from './syllables.ts';

// Lao names to the Latin spelling of Lao documents (Somsak, Phommavong, Souvannavong, Keo, Sengdeuane).
// Modern Lao writes its vowels, so most words read straight off; older and Pali spellings leave some out,
// and those are read as Thai is: the cheapest sequence of syllables, written vowels first, then an unwritten
// o closing a syllable, then a short open a.

const TONE_MARKS = /[\u0EC8-\u0ECB]/g;
const LO_SUBSCRIPT = '\u0EBC';
/** Vowel signs that attach to the consonant before them, so that consonant opens a syllable. */
const BINDING = new Set(['ະ', 'ັ', 'າ', 'ຳ', 'ິ', 'ີ', 'ຶ', 'ື', 'ຸ', 'ູ', 'ົ', 'ໍ', 'ຽ', LO_SUBSCRIPT]);
const PREPOSED = new Set(['ເ', 'ແ', 'ໂ', 'ໃ', 'ໄ']);

const { initial, canClose, close } = syllableLetters({
  consonants: CONSONANTS,
  isConsonant,
  binding: BINDING,
  yFinal: 'ຍ',
  wFinal: 'ວ',
  withY: WITH_Y,
  withW: WITH_W,
  yEnding: 'y',
});

/** Onsets at j: a silent ຫ before a sonorant, a consonant with subscript ລ (ຫຼ l, ປຼ pl), or one letter. */
function onsetsAt(s: readonly string[], j: number): { end: number; rom: string }[] {
  const c = s[j];
  if (!isConsonant(c)) return [];
  const out: { end: number; rom: string }[] = [];
  const next = s[j + 1];
  if (next === LO_SUBSCRIPT) return [{ end: j + 2, rom: c === 'ຫ' ? 'l' : `${initial(c)}l` }];
  if (c === 'ຫ' && next !== undefined && SONORANTS.has(next)) out.push({ end: j + 2, rom: initial(next) });
  out.push({ end: j + 1, rom: initial(c) });
  return out;
}

function nucleiAfter(s: readonly string[], k: number): Nucleus[] {
  const a = s[k];
  const b = s[k + 1];
  const n = (end: number, vowel: string, final: Nucleus['final'], cost = 0): Nucleus => ({
    end,
    vowel,
    final,
    cost,
  });
  switch (a) {
    case 'ະ':
      return [n(k + 1, 'a', 'none')];
    case 'ັ':
      if (b === 'ວ') return [n(k + 2, 'oua', 'optional'), n(k + 1, 'a', 'required')];
      return [n(k + 1, 'a', 'required')];
    case 'າ':
      return [n(k + 1, 'a', 'optional')];
    case 'ຳ':
      return [n(k + 1, 'am', 'none')];
    case 'ິ':
    case 'ີ':
      return [n(k + 1, 'i', 'optional')];
    case 'ຶ':
      return [n(k + 1, 'eu', 'optional')];
    case 'ື':
      return [n(k + (b === 'ອ' ? 2 : 1), 'eu', 'optional')];
    case 'ຸ':
    case 'ູ':
      return [n(k + 1, 'ou', 'optional')];
    case 'ົ':
      if (b === 'ວ') return [n(k + 2, 'oua', 'optional')];
      return [n(k + 1, 'o', 'required')];
    case 'ໍ':
      return [n(k + 1, 'o', 'optional')];
    case 'ຽ':
      return [n(k + 1, 'ie', 'required')];
  }
  const out: Nucleus[] = [];
  if (a === 'ອ') out.push(n(k + 1, 'o', 'optional'));
  // ວ between consonants is the vowel ua, written oua: ດວງ Douang, ນວນ Nouan.
  if (a === 'ວ') out.push(n(k + 1, 'oua', 'required', 1));
  out.push(n(k, 'o', 'required', 4), n(k, 'a', 'none', 7));
  return out;
}

function preposedNuclei(s: readonly string[], p: string, k: number): Nucleus[] {
  const a = s[k];
  const b = s[k + 1];
  const c = s[k + 2];
  const n = (end: number, vowel: string, final: Nucleus['final']): Nucleus => ({
    end,
    vowel,
    final,
    cost: 0,
  });
  switch (p) {
    case 'ເ':
      if (a === 'ົ' && b === 'າ') return [n(k + 2, 'ao', 'none')];
      if (a === 'ື' && b === 'ອ') return [n(k + 2, 'eua', 'optional')];
      if (a === 'ຶ' && b === 'ອ') return [n(k + 2, 'eua', 'optional')];
      if (a === 'ີ' || a === 'ິ') return [n(k + 1, 'eu', 'optional')];
      if (a === 'ັ') return [n(k + 1, 'e', 'required')];
      if (a === 'ະ') return [n(k + 1, 'e', 'none')];
      if (a === 'ຍ' && c === undefined && b === undefined) return [n(k + 1, 'ia', 'none')];
      return [n(k, 'e', 'optional')];
    case 'ແ':
      if (a === 'ະ') return [n(k + 1, 'e', 'none')];
      if (a === 'ັ') return [n(k + 1, 'e', 'required')];
      return [n(k, 'e', 'optional')];
    case 'ໂ':
      if (a === 'ະ') return [n(k + 1, 'o', 'none')];
      return [n(k, 'o', 'optional')];
    default:
      return [n(k, 'ay', 'none')];
  }
}

function withFinals(s: readonly string[], onset: string, nu: Nucleus, base: number): Candidate[] {
  const out: Candidate[] = [];
  const m = nu.end;
  const cost = base + nu.cost;
  if (nu.final !== 'required')
    out.push({ end: m, rom: onset + nu.vowel, cost: cost + (m >= s.length && nu.cost >= 7 ? 6 : 0) });
  if (nu.final === 'none' || !canClose(s, m)) return out;
  const f = s[m] as string;
  out.push({ end: m + 1, rom: onset + close(nu.vowel, f), cost });
  return out;
}

function candidatesAt(s: readonly string[], i: number): Candidate[] {
  const c = s[i] as string;
  const out: Candidate[] = [];
  if (PREPOSED.has(c)) {
    for (const o of onsetsAt(s, i + 1)) {
      for (const nu of preposedNuclei(s, c, o.end)) out.push(...withFinals(s, o.rom, nu, 10));
    }
    return out;
  }
  for (const o of onsetsAt(s, i))
    for (const nu of nucleiAfter(s, o.end)) out.push(...withFinals(s, o.rom, nu, 10));
  return out;
}

function readWord(word: string): string {
  const s = [...word];
  return spell(cheapestReading(s.length, (i) => candidatesAt(s, i), true));
}

/**
 * The document spelling of a word's syllables: a final ນ after a is -nh at the end of a word (Vongsavanh),
 * ອນ is -one there (Somphone), a final i is -y (Bounmy), a final ດ is -th (Sisavath), and ຍ after ay merges
 * (ໄຊຍະວົງ Xayavong).
 */
function spell(parts: readonly string[]): string {
  // Doubled consonants across syllables are written once (ບຸບຜາ Boupha), except tt (Vatthana).
  let word = parts.join('').replace(/yy/g, 'y').replace(/pph/g, 'ph').replace(/kkh/g, 'kh');
  word = word
    .replace(/(ua|eua)n$/, '$1ne')
    .replace(/([^aeiou])an$/, '$1anh')
    .replace(/(^|[^u])on$/, '$1one')
    .replace(/([^aeiouy])i$/, '$1y');
  const last = parts[parts.length - 1] ?? '';
  if (/[aiu]t$/.test(last)) word += 'h';
  return word;
}

const TITLES = ['ທານນາງ', 'ທາວ', 'ນາງ', 'ສະຫາຍ'];

function stripTitles(words: string[]): string[] {
  const out = [...words];
  while (out.length > 0) {
    const w = out[0] as string;
    const abbrev = w.match(/^(?:[\u0E81-\u0EAE]{1,2}\.)+/u)?.[0];
    const title = abbrev ?? (w === 'ທານ' ? w : TITLES.find((t) => w.startsWith(t)));
    if (title === undefined) break;
    const rest = w.slice(title.length);
    if (rest === '') out.shift();
    else if (rest.length >= 2) out[0] = rest;
    else break;
  }
  return out;
}

const spellWords = wordSpeller('\u0E81-\u0ECD', readWord);

/** Lao script to the Latin spelling people use for names, titles (ທ້າວ, ນາງ, ທ.) dropped, words capitalised. */
export function romaniseLao(text: string): string {
  const clean = text
    .normalize('NFC')
    .replace(/\u0ECD\u0EB2/g, 'ຳ')
    .replace(/\u0EDC/g, 'ຫນ')
    .replace(/\u0EDD/g, 'ຫມ')
    .replace(TONE_MARKS, '')
    // ໌ silences the letter it sits on (loanwords and Pali spellings).
    .replace(/[\u0E81-\u0EAE][\u0EB4\u0EB8]?\u0ECC/g, '')
    .replace(/([\u0E81-\u0ECD]+)\s*ໆ/g, '$1 $1');
  return spellWords(stripTitles(clean.split(/[\s,;/()]+/).filter(Boolean)));
}
