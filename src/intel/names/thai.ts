import {
  type Nucleus as BaseNucleus,
  type Candidate,
  cheapestReading,
  syllableLetters,
  wordSpeller,
} from './syllables.ts';
import {
  CLUSTERS,
  CONSONANTS,
  isConsonant,
  LINKING,
  MUTE_VOWEL_FINALS,
  SONORANTS,
  WITH_W,
  WITH_Y,
} from './thai-letters.ts';
import { IRREGULAR, RANK, TITLES } from './thai-words.ts';

// Thai names to RTGS. Thai script leaves many vowels unwritten (สมชาย som-chai, ธนากร tha-na-kon), so a word
// is read as the cheapest sequence of possible syllables: written vowels are cheap, an unwritten o closing a
// syllable costs a little, an unwritten a on a lone consonant costs more. That ranking is what a reader does:
// take the written vowels, then close syllables, and only then give lone consonants a short a.

const TONE_MARKS = /[\u0E48-\u0E4B\u0E4E]/g;
const KARAN = '\u0E4C';
/** Vowel signs that attach to the consonant before them, so that consonant opens a syllable, not closes one. */
const BINDING = new Set(['ะ', 'ั', 'า', 'ำ', 'ิ', 'ี', 'ึ', 'ื', 'ุ', 'ู', '็', 'ๅ', KARAN]);
/** Letter pairs the silencing mark ์ on the second silences together (จันทร์, ลักษณ์, ศาสตร์). */
const SILENT_PAIRS = new Set(['ทร', 'ตร', 'ษณ']);
/**
 * Letters found only in Pali and Sanskrit words, which take an unwritten a rather than o between consonants
 * (ธนวัฒน์ tha-na-wat, พงศกร phong-sa-kon); native words close syllables with o (สมชาย som-chai).
 */
const PALI = new Set(['ฆ', 'ฌ', 'ญ', 'ฎ', 'ฏ', 'ฐ', 'ฑ', 'ฒ', 'ณ', 'ธ', 'ภ', 'ศ', 'ษ', 'ฬ']);
const PREPOSED = new Set(['เ', 'แ', 'โ', 'ใ', 'ไ']);

const { initial, finalOf, canClose, close } = syllableLetters({
  consonants: CONSONANTS,
  isConsonant,
  binding: BINDING,
  yFinal: 'ย',
  wFinal: 'ว',
  withY: WITH_Y,
  withW: WITH_W,
  yEnding: 'i',
});

interface Onset {
  readonly end: number;
  readonly rom: string;
  readonly cost: number;
  readonly cluster: boolean;
  readonly rue: boolean;
}

function onsetsAt(s: readonly string[], j: number, wordStart: boolean): Onset[] {
  const c = s[j];
  if (c === 'ฤ' || c === 'ฦ')
    return [{ end: j + 1, rom: c === 'ฤ' ? 'r' : 'l', cost: 0, cluster: false, rue: true }];
  if (!isConsonant(c)) return [];
  const out: Onset[] = [];
  const next = s[j + 1];
  // กฤษ krit, ทฤษฎี thritsadi, พฤกษ์ phruek; other letters before ฤ take their own a (สฤษดิ์ sa-rit).
  if (next === 'ฤ' && ['ก', 'ค', 'ต', 'ท', 'ป', 'พ'].includes(c))
    out.push({ end: j + 2, rom: `${initial(c)}r`, cost: 0, cluster: true, rue: true });
  // A silent ห before a sonorant only marks the tone: หญิง ying, สมหมาย sommai.
  if (c === 'ห' && next !== undefined && SONORANTS.has(next)) {
    out.push({ end: j + 2, rom: initial(next), cost: 0, cluster: false, rue: false });
  }
  const pair = next === undefined ? undefined : CLUSTERS[c + next];
  // กว ขว คว are onsets only before a vowel sign (ขวัญ khwan, เกวียน kwian); otherwise ว is a vowel or a
  // final (แก้ว kaeo, กวน kuan).
  const wOnset =
    ['า', 'ั', 'ะ'].includes(s[j + 2] ?? '') || (PREPOSED.has(s[j - 1] ?? '') && BINDING.has(s[j + 2] ?? ''));
  if (pair !== undefined && (next !== 'ว' || wOnset)) {
    out.push({ end: j + 2, rom: pair, cost: 0, cluster: true, rue: false });
  }
  if (c === 'ท' && next === 'ร' && wordStart)
    out.push({ end: j + 2, rom: 's', cost: 0, cluster: true, rue: false });
  // Inside a word ง is nearly always a final, อ after a consonant its vowel (ถนอม tha-nom, not thon-om), and
  // ว after เ/แ + consonant their final (แก้วมณี kaeo-ma-ni).
  const prev = s[j - 1];
  const afterOpenE = c === 'ว' && PREPOSED.has(s[j - 2] ?? '') && isConsonant(prev);
  const unlikely =
    !wordStart &&
    ((c === 'ง' && !PREPOSED.has(prev ?? '')) || (c === 'อ' && isConsonant(prev)) || afterOpenE);
  out.push({ end: j + 1, rom: initial(c), cost: unlikely ? 5 : 0, cluster: false, rue: false });
  return out;
}

/** A vowel with its length, and whether it is unwritten (an o or a a reader supplies). */
interface Nucleus extends BaseNucleus {
  readonly short: boolean;
  readonly implicit?: boolean;
}

function nucleiAfter(s: readonly string[], k: number, onset: Onset): Nucleus[] {
  const a = s[k];
  const b = s[k + 1];
  const c = s[k + 2];
  if (onset.rue) {
    // ฤ is itself a vowel: rue when open (ฤดี ruedi), ri when closed (ฤทธิ์ rit, สฤษดิ์ sarit).
    return [
      { end: k, vowel: 'ue', final: 'none', short: true, cost: 0 },
      { end: k, vowel: 'i', final: 'required', short: true, cost: 0 },
    ];
  }
  switch (a) {
    case 'ะ':
      return [{ end: k + 1, vowel: 'a', final: 'none', short: true, cost: 0 }];
    case 'ั':
      // ัว is always the vowel ua (บัวขาว bua-khao), never a closed by ว.
      if (b === 'ว' && c === 'ะ') return [{ end: k + 3, vowel: 'ua', final: 'none', short: true, cost: 0 }];
      if (b === 'ว') return [{ end: k + 2, vowel: 'ua', final: 'optional', short: false, cost: 0 }];
      return [{ end: k + 1, vowel: 'a', final: 'required', short: true, cost: 0 }];
    case 'า':
      return [{ end: k + 1, vowel: 'a', final: 'optional', short: false, cost: 0 }];
    case 'ำ':
      return [{ end: k + 1, vowel: 'am', final: 'none', short: true, cost: 0 }];
    case 'ิ':
      return [{ end: k + 1, vowel: 'i', final: 'optional', short: true, cost: 0 }];
    case 'ี':
      return [{ end: k + 1, vowel: 'i', final: 'optional', short: false, cost: 0 }];
    case 'ึ':
      return [{ end: k + 1, vowel: 'ue', final: 'optional', short: true, cost: 0 }];
    case 'ื':
      if (b === 'อ') return [{ end: k + 2, vowel: 'ue', final: 'optional', short: false, cost: 0 }];
      return [{ end: k + 1, vowel: 'ue', final: 'required', short: false, cost: 0 }];
    case 'ุ':
      return [{ end: k + 1, vowel: 'u', final: 'optional', short: true, cost: 0 }];
    case 'ู':
      return [{ end: k + 1, vowel: 'u', final: 'optional', short: false, cost: 0 }];
    case '็':
      if (b === 'อ') return [{ end: k + 2, vowel: 'o', final: 'required', short: true, cost: 0 }];
      return [];
  }
  const out: Nucleus[] = [];
  if (a === 'อ') out.push({ end: k + 1, vowel: 'o', final: 'optional', short: false, cost: 0 });
  // ว between consonants is the vowel ua: ดวง duang, นวล nuan.
  if (a === 'ว' && !onset.rom.endsWith('w')) {
    out.push({ end: k + 1, vowel: 'ua', final: 'required', short: false, cost: 1 });
  }
  // รร (ro han) is a: วรรณ wan, ธรรม tham; with nothing after it, an (สรรค์ san is รร + ค).
  if (a === 'ร' && b === 'ร') out.push({ end: k + 2, vowel: 'a', final: 'optional', short: true, cost: 0 });
  // No written vowel: o closing a syllable, or a short open a.
  const f = s[k] ?? '';
  const pali = f !== 'ร' && (PALI.has(s[k - 1] ?? '') || PALI.has(f));
  // An unwritten o closes with the native finals (สม, พง, ดล, พร); before other letters it is unlikely
  // (จินตนา chin-ta-na, not chi-not-na), except the Pali พ/ภ of นพ-, ภพ.
  const nativeFinal = ['ก', 'ง', 'ด', 'น', 'บ', 'ม', 'ร', 'ล', 'พ', 'ภ'].includes(f);
  const oCost = pali ? 25 : (onset.cluster ? 5 : 3) + (nativeFinal ? 0 : 6);
  if (f !== 'ย' && f !== 'ว')
    out.push({ end: k, vowel: 'o', final: 'required', short: true, cost: oCost, implicit: true });
  if (!onset.cluster || k >= s.length) {
    out.push({
      end: k,
      vowel: 'a',
      final: 'none',
      short: true,
      cost: onset.cluster ? 12 : 7,
      implicit: true,
    });
  }
  return out;
}

/** Vowels written around the onset, starting with เ แ โ ใ ไ (the preposed letter is at `p`, onset ends at k). */
function preposedNuclei(s: readonly string[], p: string, k: number): Nucleus[] {
  const a = s[k];
  const b = s[k + 1];
  const c = s[k + 2];
  const n = (end: number, vowel: string, final: Nucleus['final'], short = false): Nucleus => ({
    end,
    vowel,
    final,
    short,
    cost: 0,
  });
  switch (p) {
    case 'เ':
      if (a === 'า' && b === 'ะ') return [n(k + 2, 'o', 'none', true)];
      if (a === 'า') return [n(k + 1, 'ao', 'none')];
      if (a === 'อ' && b === 'ะ') return [n(k + 2, 'oe', 'none', true)];
      if (a === 'อ') return [n(k + 1, 'oe', 'none')];
      if (a === 'ิ') return [n(k + 1, 'oe', 'required')];
      if (a === 'ี' && b === 'ย' && c === 'ะ') return [n(k + 3, 'ia', 'none', true)];
      if (a === 'ี' && b === 'ย') return [n(k + 2, 'ia', 'optional')];
      if (a === 'ื' && b === 'อ' && c === 'ะ') return [n(k + 3, 'uea', 'none', true)];
      if (a === 'ื' && b === 'อ') return [n(k + 2, 'uea', 'optional')];
      if (a === 'ะ') return [n(k + 1, 'e', 'none', true)];
      if (a === '็') return [n(k + 1, 'e', 'required', true)];
      if (a === 'ย' && !canClose(s, k + 1)) return [n(k + 1, 'oei', 'none'), n(k, 'e', 'optional')];
      // เ closing over the next consonant's ิ, ีย, ือ belongs with them: เฉลิม cha-loem, not che-lim.
      if (s[k + 1] === 'ิ' || (s[k + 1] === 'ี' && s[k + 2] === 'ย') || (s[k + 1] === 'ื' && s[k + 2] === 'อ')) {
        return [{ ...n(k, 'e', 'optional'), cost: 5 }];
      }
      return [n(k, 'e', 'optional')];
    case 'แ':
      if (a === 'ะ') return [n(k + 1, 'ae', 'none', true)];
      if (a === '็') return [n(k + 1, 'ae', 'required', true)];
      return [n(k, 'ae', 'optional')];
    case 'โ':
      if (a === 'ะ') return [n(k + 1, 'o', 'none', true)];
      return [n(k, 'o', 'optional')];
    case 'ไ':
    case 'ใ':
      // ไทย thai, ไชย chai, ใสย sai: a ย after ไ or ใ is silent.
      if (a === 'ย' && !canClose(s, k + 1) && s[k + 1] !== undefined && BINDING.has(s[k + 1] as string)) {
        return [n(k, 'ai', 'none')];
      }
      if (a === 'ย') return [n(k + 1, 'ai', 'none'), n(k, 'ai', 'none')];
      return [n(k, 'ai', 'none')];
    default:
      return [n(k, 'ai', 'none')];
  }
}

/** Syllables that may follow a nucleus: with no final, with one, or with the Pali/Sanskrit extras. */
function withFinals(s: readonly string[], onset: string, nu: Nucleus, baseCost: number): Candidate[] {
  const out: Candidate[] = [];
  const n = s.length;
  const m = nu.end;
  const cost = baseCost + nu.cost;
  if (nu.final !== 'required') {
    let vowel = nu.vowel;
    // รร with nothing after it reads an.
    if (s[m - 1] === 'ร' && s[m - 2] === 'ร' && !nu.implicit && nu.vowel === 'a') vowel = 'an';
    out.push({ end: m, rom: onset + vowel, cost: cost + (nu.implicit && m >= n ? 8 : 0) });
  }
  if (nu.final === 'none') return out;
  const f = s[m] as string;
  if (!isConsonant(f) || finalOf(f) === '') return out;
  const explicitLong = !nu.short && !nu.implicit;
  const body = onset + close(nu.vowel, f);
  const after = s[m + 1];
  // Short i/u after a Pali final: silent at a word's end (ชาติ chat, สมบัติ sombat), read in compounds.
  const muteAfter = explicitLong || nu.vowel === 'a' || f === 'ฒ' || f === 'ฐ';
  if ((after === 'ิ' || after === 'ุ') && MUTE_VOWEL_FINALS.has(f) && muteAfter && !nu.implicit) {
    if (m + 2 >= n) out.push({ end: m + 2, rom: body, cost: cost + 1 });
    else out.push({ end: m + 2, rom: `${body}${initial(f)}${after === 'ิ' ? 'i' : 'u'}`, cost: cost + 11 });
    return out;
  }
  if (!canClose(s, m)) return out;
  // ร closing a written vowel inside a word is the Pali -ra- (สุรชัย su-ra-chai, ธีรวัฒน์ thi-ra-wat).
  if (f === 'ร' && !nu.implicit && m + 1 < n) return out;
  const rest = m + 1 < n;
  const nextC = s[m + 1];
  const linkable =
    rest &&
    isConsonant(nextC) &&
    nextC !== 'ร' &&
    nextC !== 'อ' &&
    initial(nextC) !== initial(f) &&
    (nu.implicit
      ? m === 1 && ['พ', 'ภ', 'ศ', 'ษ', 'ธ', 'ถ', 'ฐ'].includes(f)
      : nu.short && LINKING.has(f) && (f !== 'ต' || nu.vowel === 'a'));
  if (linkable) out.push({ end: m + 1, rom: `${body}${initial(f)}a`, cost });
  else out.push({ end: m + 1, rom: body, cost });
  // A final ร after a Pali final is silent: เพชร phet, มิตร mit, บุตร but.
  const silentR =
    ['ต', 'ท', 'ธ', 'ถ', 'ก', 'ค', 'ช'].includes(f) &&
    (nu.vowel === 'a' || nu.vowel === 'u' || (nu.vowel === 'i' && f === 'ต'));
  if (
    f !== 'ร' &&
    silentR &&
    nu.short &&
    !nu.implicit &&
    s[m + 1] === 'ร' &&
    canClose(s, m + 1) &&
    s[m + 2] !== 'ร'
  ) {
    out.push({ end: m + 2, rom: body, cost: cost + 1 });
  }
  // A doubled Pali final ends a word silently: ยุทธ yut, พุทธ phut, ชมะนันทน์ chamanan.
  if (
    m + 2 === n &&
    nu.short &&
    !nu.implicit &&
    ['ท', 'ธ', 'ถ', 'จ'].includes(s[m + 1] ?? '') &&
    canClose(s, m + 1)
  ) {
    out.push({ end: m + 2, rom: body, cost: cost + 2 });
  }
  // อร and วร before another consonant read ora/wora (อรทัย Orathai, วรพล Woraphon).
  if (nu.implicit && f === 'ร' && (onset === '' || onset === 'w') && isConsonant(nextC) && rest) {
    out.push({ end: m + 1, rom: `${onset}ora`, cost: cost - 1 });
  }
  return out;
}

function candidatesAt(s: readonly string[], i: number, word: string): Candidate[] {
  const out: Candidate[] = [];
  for (const [w, alone, compound] of LEXICON) {
    if (word.startsWith(w, i))
      out.push({ end: i + w.length, rom: i + w.length >= s.length ? alone : compound, cost: 5 });
  }
  const c = s[i] as string;
  if (PREPOSED.has(c)) {
    const onsets = onsetsAt(s, i + 1, i === 0);
    // เสถียร sa-thian, เฉลิม cha-loem: the first of two onset letters takes a short a.
    const first = s[i + 1];
    if (isConsonant(first) && isConsonant(s[i + 2]) && CLUSTERS[first + s[i + 2]] === undefined) {
      for (const o of onsetsAt(s, i + 2, false)) {
        if (!o.rue)
          out.push(...preposedSyllables(s, c, { ...o, rom: `${initial(first)}a${o.rom}`, cost: 12 }));
      }
    }
    for (const o of onsets) if (!o.rue) out.push(...preposedSyllables(s, c, o));
    return out;
  }
  for (const o of onsetsAt(s, i, i === 0)) {
    for (const nu of nucleiAfter(s, o.end, o)) out.push(...withFinals(s, o.rom, nu, 10 + o.cost));
  }
  return out;
}

function preposedSyllables(s: readonly string[], p: string, o: Onset): Candidate[] {
  const out: Candidate[] = [];
  for (const nu of preposedNuclei(s, p, o.end)) out.push(...withFinals(s, o.rom, nu, 10 + o.cost));
  return out;
}

/** Drops letters marked silent by ์, and the letter before them where a syllable already has its final. */
function silence(word: string): string {
  let s = word;
  for (;;) {
    const at = s.indexOf(KARAN);
    if (at < 0) return s;
    // The mark sits on a consonant, or on a consonant's short i/u (ศักดิ์ sak, พันธุ์ phan).
    let start = at - 1;
    if (s[start] === 'ิ' || s[start] === 'ุ') start--;
    // จันทร์ chan, ลักษณ์ lak, ศาสตร์ sat: these pairs fall silent together.
    if (SILENT_PAIRS.has(`${s[start - 1]}${s[start]}`)) start--;
    s = s.slice(0, Math.max(start, 0)) + s.slice(at + 1);
  }
}

/** Irregular words as they look after silent letters are dropped, since that is the form a word is read in. */
const LEXICON = IRREGULAR.map(([w, alone, compound]) => [silence(w), alone, compound] as const);

function readWord(word: string): string {
  const s = [...word];
  // On a tie the first reading found wins: a lone consonant's a before a closed syllable (พนม pha-nom).
  return cheapestReading(s.length, (i) => candidatesAt(s, i, word), false).join('');
}

/** Strips a title or rank written before the name, alone or joined to it (นายสมชาย, พ.ต.อ.สมชาย). */
function stripTitles(words: string[]): string[] {
  const out = [...words];
  while (out.length > 0) {
    const w = out[0] as string;
    const abbrev = w.match(/^(?:[\u0E01-\u0E2E\u0E40-\u0E44]{1,3}\.)+/u);
    const rank = w.match(RANK);
    const title = TITLES.find((t) => w.startsWith(t));
    const cut = abbrev?.[0].length ?? rank?.[0].length ?? title?.length ?? 0;
    if (cut === 0) break;
    const rest = w.slice(cut);
    // A title glued to a name is cut only when a real name remains (นางสาวมาลี → มาลี).
    if (rest === '') out.shift();
    else if (rest.length >= 2 || out.length === 1) {
      out[0] = rest;
      if (rest.length < 2) break;
    } else break;
  }
  return out;
}

const spell = wordSpeller('\u0E01-\u0E4C', (part) => readWord(silence(part)));

/** Thai script to the Latin spelling people use for names (RTGS), titles dropped, each word capitalised. */
export function romaniseThai(text: string): string {
  const clean = text
    .normalize('NFC')
    .replace(/\u0E4D\u0E32/g, 'ำ')
    .replace(TONE_MARKS, '')
    // ๆ repeats the word before it.
    .replace(/([\u0E01-\u0E4C]+)\s*ๆ/g, '$1 $1');
  return spell(stripTitles(clean.split(/[\s,;/()]+/).filter(Boolean)));
}
