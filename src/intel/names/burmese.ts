import { BURMESE_WORDS } from './burmese-words.ts';

// Burmese names in the spelling Myanmar passports and records use (Aung Kyaw Moe), not a letter-by-letter
// transliteration (MLCTS: aung kyau mui:). The text is cut into syllables — onset consonant, medials ျ ြ ွ ှ,
// vowel signs, a final consonant killed by the asat ်, tone marks ့ း — and each syllable is spelled from its
// onset and its rhyme. Spellings follow common usage as described by Wikipedia ("Romanization of Burmese",
// "Naming conventions (Burmese)") and seen in public biographies.

const CONSONANTS: Record<string, string> = {
  က: 'k',
  ခ: 'kh',
  ဂ: 'g',
  ဃ: 'g',
  င: 'ng',
  စ: 's',
  ဆ: 's',
  ဇ: 'z',
  ဈ: 'z',
  ဉ: 'ny',
  ည: 'ny',
  ဋ: 't',
  ဌ: 'ht',
  ဍ: 'd',
  ဎ: 'd',
  ဏ: 'n',
  တ: 't',
  ထ: 'ht',
  ဒ: 'd',
  ဓ: 'd',
  န: 'n',
  ပ: 'p',
  ဖ: 'ph',
  ဗ: 'b',
  ဘ: 'b',
  မ: 'm',
  ယ: 'y',
  ရ: 'y',
  လ: 'l',
  ဝ: 'w',
  သ: 'th',
  ဟ: 'h',
  ဠ: 'l',
  အ: '',
  ဿ: 'th',
};
// Consonant + medial YA (ျ) or RA (ြ): both are read /j/ in modern Burmese, and velars palatalise.
const WITH_Y: Record<string, string> = { k: 'ky', kh: 'ch', g: 'gy', ng: 'ny', l: 'y' };
// Consonant + medial HA (ှ): voiceless sonorants written with a leading h; ရှ and လျှ are "sh".
const WITH_H: Record<string, string> = { y: 'sh', l: 'hl', n: 'hn', m: 'hm', ng: 'hng', ny: 'hny', w: 'hw' };
// Independent vowels, which stand for the vowel carrier အ plus a vowel.
const INDEPENDENT: Record<string, string> = { ဣ: 'i', ဤ: 'i', ဥ: 'u', ဦ: 'u', ဧ: 'ay', ဩ: 'aw', ဪ: 'aw' };
// Final consonants grouped by how they sound at the end of a syllable.
const FINAL_CLASS: Record<string, string> = {
  က: 'k',
  ဂ: 'k',
  င: 'ng',
  စ: 'c',
  ဇ: 'c',
  ည: 'ny',
  ဉ: 'in',
  ဋ: 't',
  ဍ: 't',
  တ: 't',
  ဒ: 't',
  ဏ: 'n',
  န: 'n',
  ပ: 'p',
  ဗ: 'p',
  ဘ: 'p',
  မ: 'm',
  ယ: 'y',
  လ: 'l',
  ဝ: 'w',
  ဿ: 't',
};

const MEDIAL = /[\u103B-\u103E]/;
const VOWEL = /[\u102B-\u1032\u1036]/;
const isConsonant = (c: string | undefined): c is string => c !== undefined && c in CONSONANTS;

interface Syllable {
  onset: string; // a consonant or an independent vowel
  medials: string;
  vowels: string;
  final: string; // a consonant, or '' for an open syllable
  tone: '' | 'creaky' | 'high';
  stacked: boolean; // its final is stacked on the next consonant (Pali spelling: သန္တာ)
  text: string;
}

/** Cuts a run of Burmese letters into syllables. */
function syllables(word: string): Syllable[] {
  const cs = [...word.normalize('NFC')];
  const out: Syllable[] = [];
  let cur: Syllable | null = null;
  for (let i = 0; i < cs.length; i++) {
    const c = cs[i] as string;
    const next = cs[i + 1];
    const afterNext = cs[i + 2];
    // A consonant killed by the asat (with an optional dot below between) or stacked with the virama is the
    // final of the syllable before it.
    const killed = next === '\u103A' || (next === '\u1037' && afterNext === '\u103A');
    if ((isConsonant(c) || c === 'ဉ') && cur && (killed || next === '\u1039')) {
      if (cur.final === '') cur.final = c;
      cur.text += c;
      if (next === '\u1039') cur.stacked = true;
      continue;
    }
    if (isConsonant(c) || c in INDEPENDENT) {
      cur = { onset: c, medials: '', vowels: '', final: '', tone: '', stacked: false, text: c };
      out.push(cur);
      continue;
    }
    if (!cur) continue; // a stray sign with nothing to attach to
    cur.text += c;
    if (MEDIAL.test(c)) cur.medials += c;
    else if (VOWEL.test(c)) cur.vowels += c;
    else if (c === '\u1037') cur.tone = 'creaky';
    else if (c === '\u1038') cur.tone = 'high';
  }
  return out;
}

/** The vowel class of a syllable's vowel signs. */
function vowelOf(s: Syllable): string {
  const v = s.vowels;
  if (v.includes('ေ') && /[ာါ]/.test(v)) return 'aw';
  if (v.includes('ိ') && v.includes('ု')) return 'o';
  if (v.includes('ု') && v.includes('ံ')) return 'on';
  if (v.includes('ေ')) return 'e';
  if (v.includes('ဲ')) return 'ai';
  if (/[ာါ]/.test(v)) return 'a:';
  if (/[ိီ]/.test(v)) return 'i';
  if (v.includes('ု')) return 'u';
  if (v.includes('ူ')) return 'uu';
  if (v.includes('ံ')) return 'an';
  return '';
}

/** The rhyme (vowel and final) of a syllable as commonly spelled; `w` says whether the medial WA is absorbed. */
function rhymeOf(s: Syllable, vowel: string, y: boolean): { rhyme: string; absorbsW: boolean } {
  const fin = s.final ? (FINAL_CLASS[s.final] ?? 'n') : '';
  const w = s.medials.includes('\u103D');
  const carrier = s.onset === 'အ';
  const nasal = fin === 'n' || fin === 'm';
  const stop = fin === 't' || fin === 'p';
  let rhyme: string;
  let absorbsW = false;
  switch (vowel) {
    case '':
      if (fin === '') rhyme = 'a';
      else if (fin === 'k') rhyme = 'et';
      else if (fin === 'ng' || fin === 'in') rhyme = 'in';
      else if (fin === 'c') rhyme = 'it';
      else if (fin === 'ny') rhyme = s.tone === 'creaky' ? 'ae' : 'i';
      else if (fin === 'y') rhyme = 'e';
      else if (fin === 'w') rhyme = 'aw';
      else if ((w || s.onset === 'ဝ') && nasal) [rhyme, absorbsW] = ['un', true];
      else if ((w || s.onset === 'ဝ') && stop) [rhyme, absorbsW] = ['ut', true];
      else if (nasal || fin === 'l') rhyme = 'an';
      else rhyme = 'at';
      break;
    case 'a:':
      rhyme = fin === '' ? 'ar' : nasal ? 'an' : stop ? 'at' : 'ar';
      break;
    case 'i':
      rhyme = nasal ? 'ein' : stop || fin === 'k' ? 'eik' : carrier ? 'ei' : 'i';
      break;
    case 'u':
    case 'uu':
      if (nasal) rhyme = carrier ? 'ohn' : 'one';
      else if (stop || fin === 'k') rhyme = 'oke';
      else rhyme = vowel === 'uu' && s.tone === 'high' ? 'oo' : 'u';
      break;
    case 'on':
      rhyme = carrier ? 'ohn' : 'one';
      break;
    case 'an':
      rhyme = 'an';
      break;
    case 'e':
      if (w) [rhyme, absorbsW] = ['we', true];
      else rhyme = carrier ? 'aye' : 'ay';
      break;
    case 'ai':
      rhyme = 'e';
      break;
    case 'aw':
      rhyme = fin === 'ng' ? 'aung' : fin === 'k' ? 'auk' : 'aw';
      break;
    case 'o':
      if (fin === 'ng') rhyme = 'aing';
      else if (fin === 'k') rhyme = 'aik';
      else rhyme = s.tone === 'high' && !y && !w ? 'oe' : 'o';
      break;
    default:
      rhyme = 'a';
  }
  // ဝ as onset is read like the medial: ဝန် Wun, ဝတ် Wut (but ဝင်း Win).
  // A creaky tone on a syllable ending in n is written with a t: မြင့် Myint, သန့် Thant, ညွန့် Nyunt.
  if (s.tone === 'creaky' && rhyme.endsWith('n') && s.final) rhyme += 't';
  return { rhyme, absorbsW };
}

/** One syllable in Latin letters, lower case. */
function spell(s: Syllable): string {
  const independent = INDEPENDENT[s.onset];
  if (independent !== undefined) return s.onset === 'ဦ' && s.tone === 'high' ? 'oo' : independent;
  const y = /[\u103B\u103C]/.test(s.medials);
  const h = s.medials.includes('\u103E');
  const w = s.medials.includes('\u103D');
  let onset = CONSONANTS[s.onset] ?? '';
  if (y) onset = WITH_Y[onset] ?? `${onset}y`;
  if (h) onset = (y && onset === 'y') || s.onset === 'ယ' ? 'sh' : (WITH_H[onset] ?? onset);
  const { rhyme, absorbsW } = rhymeOf(s, vowelOf(s), y);
  return onset + (w && !absorbsW ? 'w' : '') + rhyme;
}

// Unaspirated stops voice after a nasal inside one word: သန္တာ Thandar, not Thantar.
const VOICED: Record<string, string> = { t: 'd', k: 'g', p: 'b', s: 'z' };

const WORDS: ReadonlyMap<string, string> = new Map(
  BURMESE_WORDS.map((line) => {
    const [native = '', latin = ''] = line.split('|');
    return [native.normalize('NFC'), latin];
  }),
);
const LONGEST_WORD = Math.max(...[...WORDS.keys()].map((k) => syllables(k).length));

/** Honorifics and ethnic prefixes that stand before a name; they are not part of it. */
const TITLES: ReadonlyMap<string, string> = new Map([
  ['ဦး', 'u'],
  ['ဒေါ်', 'daw'],
  ['ကို', 'ko'],
  ['မ', 'ma'],
  ['မောင်', 'maung'],
  ['စော', 'saw'],
  ['နော်', 'naw'],
  ['စိုင်း', 'sai'],
  ['နန်း', 'nang'],
  ['ဒေါက်တာ', 'dr'],
  ['ဗိုလ်', 'bo'],
]);

/**
 * Titles in their Latin spellings, lower case, so Latin-written names can drop them too ("U Thant", "Daw Khin
 * Kyi", "Mg Mg" for Maung). Bo (military) is one only in Burmese script: as a Latin word it is also a name.
 */
export const BURMESE_TITLES: readonly string[] = [
  'u',
  'daw',
  'ko',
  'ma',
  'maung',
  'mg',
  'saw',
  'naw',
  'sai',
  'nang',
  'nan',
  'dr',
];

const cap = (s: string): string => s.charAt(0).toUpperCase() + s.slice(1);

/**
 * Titles that are names too (Saw Maung, Maung Aye, Ko Ko Gyi, Ma Ma Lay): dropped only when at least two name
 * parts remain, as names written in Latin letters drop them (titles.ts), so both writings give one key.
 */
const NAME_TITLES: ReadonlySet<string> = new Set(['ko', 'ma', 'maung', 'saw', 'naw', 'sai', 'nang']);

/** Syllables as Latin words: known words as usually spelled, stacked syllables joined. */
function spellWords(syl: Syllable[]): string[] {
  const words: string[] = [];
  let i = 0;
  while (i < syl.length) {
    // A known word (longest first) is written as it is usually spelled.
    let known: string | undefined;
    let len = Math.min(LONGEST_WORD, syl.length - i);
    for (; len >= 1; len--) {
      known = WORDS.get(
        syl
          .slice(i, i + len)
          .map((s) => s.text)
          .join(''),
      );
      if (known !== undefined) break;
    }
    if (known !== undefined) {
      words.push(known.toLowerCase());
      i += len;
      continue;
    }
    // Otherwise a syllable stands alone, unless it is stacked on the next (Pali: သန္တာ Thandar).
    let word = spell(syl[i] as Syllable);
    while ((syl[i] as Syllable).stacked && i + 1 < syl.length) {
      i++;
      const next = spell(syl[i] as Syllable);
      const voiced = /[nm]$/.test(word) ? VOICED[next.charAt(0)] : undefined;
      word += voiced && !/^(th|ts|sh)/.test(next) ? voiced + next.slice(1) : next;
    }
    words.push(word);
    i++;
  }
  return words;
}

/**
 * One run of Burmese letters (no spaces) as Latin words; at the start of a name, the titles before it dropped.
 * `after` is how many words the runs after this one give.
 */
function romaniseRun(run: string, atStart: boolean, after = 0): string[] {
  let syl = syllables(run);
  // Titles at the start go while a name follows and they are not doubled (ကိုကိုကြီး Ko Ko Gyi, မောင်မောင်); a title
  // that is also a name only when two parts follow (စောမောင် Saw Maung, မောင်အေး Maung Aye keep theirs).
  if (atStart) {
    for (;;) {
      const t = [1, 2].find((n) =>
        TITLES.has(
          syl
            .slice(0, n)
            .map((s) => s.text)
            .join(''),
        ),
      );
      if (t === undefined || syl.length <= t) break;
      const title = TITLES.get(
        syl
          .slice(0, t)
          .map((s) => s.text)
          .join(''),
      ) as string;
      const doubled = syl[t]?.text === syl[0]?.text;
      if (doubled || (NAME_TITLES.has(title) && spellWords(syl.slice(t)).length + after < 2)) break;
      syl = syl.slice(t);
    }
  }
  return spellWords(syl);
}

/** Burmese script to the Latin spelling people use for names: syllables capitalised, titles split off. */
export function romaniseBurmese(text: string): string {
  const runs = text
    .normalize('NFC')
    .split(/[^\u1000-\u109F]+/)
    .filter(Boolean);
  // A title written apart from the name (ဦး မောင်မောင်) goes too, by the same rule as one joined to it
  // (dropped in romaniseRun).
  if (runs.length === 0) return '';
  const words = runs.map((run, k) => (k === 0 ? [] : romaniseRun(run, false)));
  const count = (from: number) => words.slice(from).reduce((n, w) => n + w.length, 0);
  let first = 0;
  while (first < runs.length - 1) {
    const title = TITLES.get(runs[first] as string);
    if (title === undefined || (NAME_TITLES.has(title) && count(first + 1) < 2)) break;
    first++;
  }
  words[first] = romaniseRun(runs[first] as string, true, count(first + 1));
  return words.slice(first).flat().map(cap).join(' ');
}
