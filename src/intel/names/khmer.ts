// Khmer names in the spelling Cambodian documents use (Sok Dara, Chea Sophea, Sreymom), built on the UNGEGN
// romanisation (United Nations Group of Experts on Geographical Names, Khmer system of 1972, as revised) with
// its diacritics dropped and the common name spellings where usage differs. Each consonant belongs to one of two
// series; the series decides how the vowel after it is read (ក + ា = ka, but គ + ា = kea). A subscript
// consonant (after the coeng ្) either clusters with the consonant above it at the start of a word (ស្រី Srey)
// or, inside a word, ends the syllable before it (ចន្ទា Chan-thea).

import { KHMER_WORDS } from './khmer-words.ts';

type Series = 'a' | 'o';
interface Consonant {
  initial: string;
  final: string;
  series: Series;
}

const C = (initial: string, final: string, series: Series): Consonant => ({ initial, final, series });
const CONSONANTS: Record<string, Consonant> = {
  ក: C('k', 'k', 'a'),
  ខ: C('kh', 'k', 'a'),
  គ: C('k', 'k', 'o'),
  ឃ: C('kh', 'k', 'o'),
  ង: C('ng', 'ng', 'o'),
  ច: C('ch', 'ch', 'a'),
  ឆ: C('chh', 'ch', 'a'),
  ជ: C('ch', 'ch', 'o'),
  ឈ: C('chh', 'ch', 'o'),
  ញ: C('nh', 'nh', 'o'),
  ដ: C('d', 't', 'a'),
  ឋ: C('th', 'th', 'a'),
  ឌ: C('d', 't', 'o'),
  ឍ: C('th', 'th', 'o'),
  ណ: C('n', 'n', 'a'),
  ត: C('t', 't', 'a'),
  ថ: C('th', 'th', 'a'),
  ទ: C('t', 't', 'o'),
  ធ: C('th', 'th', 'o'),
  ន: C('n', 'n', 'o'),
  ប: C('b', 'b', 'a'),
  ផ: C('ph', 'p', 'a'),
  ព: C('p', 'p', 'o'),
  ភ: C('ph', 'p', 'o'),
  ម: C('m', 'm', 'o'),
  យ: C('y', 'y', 'o'),
  រ: C('r', 'r', 'o'),
  ល: C('l', 'l', 'o'),
  វ: C('v', 'v', 'o'),
  ឝ: C('s', 's', 'a'),
  ឞ: C('s', 's', 'a'),
  ស: C('s', 's', 'a'),
  ហ: C('h', 'h', 'a'),
  ឡ: C('l', 'l', 'a'),
  អ: C('', '', 'a'),
};
// Sonorants keep an a-series consonant above them in its series (ស្រ is a-series, ស្គ o-series).
const SONORANTS = new Set(['ង', 'ញ', 'ម', 'យ', 'រ', 'ល', 'វ', 'ន', 'ណ']);

const INDEPENDENT: Record<string, string> = {
  ឣ: 'a',
  ឤ: 'a',
  ឥ: 'e',
  ឦ: 'ei',
  ឧ: 'ou',
  ឨ: 'ou',
  ឩ: 'ou',
  ឪ: 'ov',
  ឫ: 'rue',
  ឬ: 'rue',
  ឭ: 'lue',
  ឮ: 'lue',
  ឯ: 'e',
  ឰ: 'ai',
  ឱ: 'ao',
  ឲ: 'ao',
  ឳ: 'au',
};

/** Dependent vowels: [a-series, o-series] spellings; some change in closed syllables (see `vowelSpelling`). */
const VOWELS: Record<string, [string, string]> = {
  'ា': ['a', 'ea'],
  'ិ': ['e', 'i'],
  'ី': ['ey', 'i'],
  'ឹ': ['e', 'i'],
  'ឺ': ['eu', 'eu'],
  'ុ': ['o', 'u'],
  'ូ': ['o', 'ou'],
  'ួ': ['uo', 'uo'],
  'ើ': ['aeu', 'oeu'],
  'ឿ': ['oeu', 'oeu'],
  'ៀ': ['ea', 'ea'],
  'េ': ['e', 'e'],
  'ែ': ['ae', 'ae'],
  'ៃ': ['ai', 'ey'],
  'ោ': ['o', 'o'],
  'ៅ': ['ao', 'ov'],
  'ុំ': ['om', 'um'],
  'ំ': ['am', 'um'],
  'ាំ': ['am', 'eam'],
  'ះ': ['ah', 'eah'],
  'ៈ': ['ak', 'eak'],
  'ាះ': ['ah', 'eah'],
  'ិះ': ['eh', 'ih'],
  'ុះ': ['oh', 'uh'],
  'េះ': ['eh', 'eh'],
  'ោះ': ['aoh', 'uoh'],
  '័': ['a', 'ea'],
};

const COENG = '\u17D2';
const isConsonant = (c: string | undefined): c is string => c !== undefined && c in CONSONANTS;

/** A written consonant cluster: base, subscripts, register shifter and signs that sit on it. */
interface Cluster {
  base: string;
  subs: string[];
  shift: '' | 'a' | 'o'; // ៉ moves an o-series consonant to the a-series, ៊ an a-series one to the o-series
  vowel: string; // dependent vowel signs and ំ ះ ៈ ័, in order
  short: boolean; // bantoc ់
  silent: boolean; // toandakhiat ៍: the letter is not pronounced
}

function clusters(word: string): Cluster[] {
  const cs = [...word];
  const out: Cluster[] = [];
  let cur: Cluster | undefined;
  for (let i = 0; i < cs.length; i++) {
    const c = cs[i] as string;
    if (c === COENG && cur && isConsonant(cs[i + 1])) {
      cur.subs.push(cs[i + 1] as string);
      i++;
    } else if (isConsonant(c) || c in INDEPENDENT) {
      cur = { base: c, subs: [], shift: '', vowel: '', short: false, silent: false };
      out.push(cur);
    } else if (!cur) {
      // a stray sign with nothing to sit on
    } else if (c === '\u17C9') cur.shift = 'a';
    else if (c === '\u17CA') cur.shift = 'o';
    else if (c === '\u17CB') cur.short = true;
    else if (c === '\u17CD' || c === '\u17CC') cur.silent = c === '\u17CD';
    else if (/[\u17B6-\u17C8\u17D0]/.test(c)) cur.vowel += c;
  }
  return out;
}

const seriesOf = (k: Cluster): Series => {
  if (k.shift) return k.shift;
  const base = CONSONANTS[k.base];
  if (!base) return 'a';
  if (base.series === 'o') return 'o';
  const sub = k.subs[0];
  return sub && !SONORANTS.has(sub) && CONSONANTS[sub]?.series === 'o' ? 'o' : 'a';
};

interface Syl {
  onset: string; // Latin
  independent: string | null; // Latin of an independent vowel
  series: Series;
  vowel: string;
  final: string; // Latin, '' when open
  finalRaw: string; // the Khmer final consonant
  short: boolean;
  stacked: boolean; // closed by a consonant with a subscript under it (Pali spelling: គន្ធា, វណ្ណ)
  first: string; // the Khmer consonant the syllable starts with
}

/** A syllable's vowel and final, as spelled. */
function rhyme(s: Syl, wordFinal: boolean, firstSyllable: boolean): string {
  const closed = s.final !== '';
  const i = s.series === 'a' ? 0 : 1;
  const v = s.vowel.replace('\u17D0', '័');
  let out: string;
  if (v === '') {
    // The inherent vowel: a-series "a", o-series "o"; open syllables inside a word are reduced (Ma-ka-ra).
    out = s.series === 'a' || (!closed && !wordFinal) ? 'a' : 'o';
    // o-series closed syllables as names spell them: ភក្ដី Pheakdey, គន្ធា Kunthea, វណ្ណ Vann, វត្ថ Vath.
    if (closed && s.series === 'o' && !s.short) {
      if (s.finalRaw === 'ក') out = 'ea';
      else if (s.stacked) out = s.finalRaw === 'ន' ? 'u' : 'a';
    }
  } else if (v === 'ា' && closed && s.short) out = s.series === 'a' ? 'a' : 'oa';
  else if (v === 'ី' && s.series === 'o') out = closed || !wordFinal ? 'i' : 'y';
  else if (v === 'ី' && s.series === 'a') out = closed ? 'ei' : 'ey';
  else if (v === 'េ' && !closed) out = wordFinal ? 'ey' : 'e';
  else if (v === 'ែ' && closed) out = 'e';
  else if (v === 'ៀ' && s.onset === '' && !s.independent) out = 'ie';
  else if (v === 'ុំ' && s.onset === 'm') out = 'om';
  // o-series ា after r, n, y at the end of a longer word is usually written a: Dara, Veasna, Soriya.
  else if (v === 'ា' && !closed && s.series === 'o' && !firstSyllable && /^[រនយ]$/.test(s.first))
    out = 'a'; // មុំ is always Mom (Sreymom), though o-series ុំ is um
  else out = (VOWELS[v] ?? VOWELS[v.charAt(0)] ?? ['a', 'o'])[i];
  // Vowel and final that are spelled together: ែវ Keo, ៀវ Khieu, ាវ, ិវ.
  if (s.finalRaw === 'វ') {
    if (v === 'ែ') return 'eo';
    if (v === 'ៀ') return 'ieu';
    if (v === 'េ') return 'ev';
  }
  return out + s.final;
}

// Titles that stand before a name: Mr, Mrs, Miss, Madam, His Excellency, Samdech, Oknha, Doctor.
const TITLES = [
  'លោកជំទាវ',
  'លោកស្រី',
  'លោក',
  'កញ្ញា',
  'អ្នកនាង',
  'ឯកឧត្តម',
  'សម្ដេច',
  'សម្តេច',
  'ឧកញ៉ា',
  'វេជ្ជបណ្ឌិត',
  'បណ្ឌិត',
].map((t) => t.normalize('NFC'));

/** Titles in their Latin spellings, lower case, so Latin-written names can drop them too. */
export const KHMER_TITLES: readonly string[] = ['lok', 'lok srey', 'kanha', 'neak', 'oknha', 'samdech', 'dr'];

const ASPIRATED_DENTAL = new Set(['ឋ', 'ថ', 'ធ', 'ឍ']);
const subInitial = (c: string, after: string): string => {
  // A subscript ta is read /d/ (ស្ដ, ន្ត: Chenda, Oudom); a subscript to after n is written th (Chanthea).
  if (c === 'ត') return 'd';
  if (c === 'ទ' && after === 'ន') return 'th';
  return CONSONANTS[c]?.initial ?? '';
};

/** One Khmer word (no spaces) in Latin letters, lower case. */
function romaniseWord(word: string): string {
  const ks = clusters(word).filter((k) => !k.silent);
  if (ks.length === 0) return '';
  const last = ks[ks.length - 1] as Cluster;
  // Pali and Sanskrit words end in a vowel that is not read: សម្បត្តិ Sambath, ជាតិ Cheat.
  if (ks.length > 1 && (last.vowel === 'ិ' || (last.vowel === 'ុ' && last.subs.length > 0))) {
    const prev = ks[ks.length - 2] as Cluster;
    if (last.subs.length > 0 || (prev.vowel !== '' && last.vowel === 'ិ')) last.vowel = '';
  }
  const syls: Syl[] = [];
  const blank: Syl = {
    onset: '',
    independent: null,
    series: 'a',
    vowel: '',
    final: '',
    finalRaw: '',
    short: false,
    stacked: false,
    first: '',
  };
  const open = (k: Cluster, from: 'base' | number): Syl => {
    if (from === 'base' && k.base in INDEPENDENT) {
      const independent = INDEPENDENT[k.base] as string;
      return { ...blank, independent, vowel: k.vowel, short: k.short };
    }
    const letters = from === 'base' ? [k.base, ...k.subs] : k.subs.slice(from);
    const first = letters[0] as string;
    const onset = letters
      .map((c, j) => {
        if (from === 'base' && j === 0) {
          // ប is read p with the musikatoan (ប៉) and in clusters (ប្រ): Pen, Pol, Prak.
          return c === 'ប' && (k.shift === 'a' || k.subs.length > 0) ? 'p' : (CONSONANTS[c]?.initial ?? '');
        }
        return subInitial(c, j === 0 ? k.base : (letters[j - 1] as string));
      })
      .join('');
    const series = from === 'base' ? seriesOf(k) : k.shift || (CONSONANTS[first]?.series ?? 'a');
    return { ...blank, onset, series, vowel: k.vowel, short: k.short, first };
  };
  const close = (s: Syl, k: Cluster, wordEnd: boolean): void => {
    s.finalRaw = k.base;
    s.final = CONSONANTS[k.base]?.final ?? '';
    s.short ||= k.short;
    s.stacked = k.subs.length > 0;
    if (wordEnd && k.subs.length > 0) {
      // Subscripts at the end of a word are silent; they still colour the final: ដ្ឋ th, ណ្ណ nn.
      const sub = k.subs[k.subs.length - 1] as string;
      if (ASPIRATED_DENTAL.has(sub) && s.final === 't') s.final = 'th';
      else if (sub === k.base && (sub === 'ណ' || sub === 'ន')) s.final = 'nn';
    }
  };
  for (let i = 0; i < ks.length; i++) {
    const k = ks[i] as Cluster;
    const prev = syls[syls.length - 1];
    const bare = k.vowel === '' && !(k.base in INDEPENDENT);
    const next = ks[i + 1];
    const nextBare = next !== undefined && next.vowel === '' && !(next.base in INDEPENDENT);
    if (!prev) {
      syls.push(open(k, 'base'));
      continue;
    }
    const canClose = prev.final === '';
    if (canClose && k.subs.length > 0 && !(k.base in INDEPENDENT) && !(bare && i === ks.length - 1)) {
      // Inside a word the consonant above ends the syllable before; the subscript begins the next, unless it
      // only doubles the consonant before another syllable (វណ្ណដា Vanda).
      close(prev, k, false);
      if (!(bare && next !== undefined && k.subs.length === 1 && k.subs[0] === k.base)) syls.push(open(k, 0));
      continue;
    }
    // A bare consonant ends the syllable before it when it is the last, or when a vowel-bearing syllable
    // (not one that will take a final from a subscript cluster) follows: សុខលី Sok-ly, but សុគន្ធា So-kun-thea.
    const nextTakesFinal = next !== undefined && next.subs.length > 0;
    if (
      canClose &&
      bare &&
      (k.short || next === undefined || (!nextBare && !nextTakesFinal && prev.vowel !== ''))
    ) {
      close(prev, k, next === undefined);
      continue;
    }
    syls.push(open(k, 'base'));
  }
  let out = '';
  syls.forEach((s, j) => {
    const part =
      (s.independent ?? s.onset) +
      (s.independent && !s.vowel ? s.final : rhyme(s, j === syls.length - 1, j === 0));
    // A stop doubled across syllables is written once: បុប្ផា Bopha, ពុទ្ធី Puthy, ឧត្តម Oudom.
    const m = /(ch|[bptdk])$/.exec(out);
    if (m && PLACE[m[1] as string] === PLACE[/^(chh|ch|ph|th|kh|[bptdk])/.exec(part)?.[1] ?? '']) {
      out = out.slice(0, -(m[1] as string).length);
    }
    out += part;
  });
  return out;
}

// Stops by place of articulation, to write a stop doubled across two syllables once.
const PLACE: Record<string, string> = {
  b: 'p',
  p: 'p',
  ph: 'p',
  t: 't',
  d: 't',
  th: 't',
  k: 'k',
  kh: 'k',
  ch: 'c',
  chh: 'c',
};

const cap = (s: string): string => s.charAt(0).toUpperCase() + s.slice(1);

const KNOWN: ReadonlyMap<string, string> = new Map(
  KHMER_WORDS.map((l) => {
    const [native = '', usual = ''] = l.split('|');
    return [native.normalize('NFC'), usual.toLowerCase()];
  }),
);
const KNOWN_WORDS = [...KNOWN.keys()].sort((a, b) => b.length - a.length);

/**
 * A word with the known words in it spelled as usual (khmer-words.ts) and the rest by the rules: ស្រីពេជ្រ Sreypich.
 * A known word is met only where clusters begin and end (not ពេជ្រ in ពេជ្រា, whose ា sits on the ជ្រ).
 */
function romaniseWithKnown(word: string): string {
  const starts = (i: number) =>
    i === 0 || ((isConsonant(word[i]) || (word[i] ?? '') in INDEPENDENT) && word[i - 1] !== COENG);
  const ends = (i: number) =>
    i === word.length || ((isConsonant(word[i]) || (word[i] ?? '') in INDEPENDENT) && word[i - 1] !== COENG);
  for (let i = 0; i < word.length; i++) {
    if (!starts(i)) continue;
    const w = KNOWN_WORDS.find((k) => word.startsWith(k, i) && ends(i + k.length));
    if (w === undefined) continue;
    const rest = word.slice(i + w.length);
    return romaniseWord(word.slice(0, i)) + (KNOWN.get(w) ?? '') + (rest ? romaniseWithKnown(rest) : '');
  }
  return romaniseWord(word);
}

/** Khmer script to the Latin spelling people use for names: words capitalised, titles at the start split off. */
export function romaniseKhmer(text: string): string {
  const words = text
    .normalize('NFC')
    .split(/[^\u1780-\u17FF\u19E0-\u19FF]+/)
    .filter(Boolean);
  // A title goes when something follows it, written apart or joined to the name (លោកហ៊ុនសែន).
  for (;;) {
    const first = words[0] ?? '';
    const t = TITLES.find((x) => first.startsWith(x) && (first.length > x.length || words.length > 1));
    if (t === undefined) break;
    if (first.length > t.length) words[0] = first.slice(t.length);
    else words.shift();
  }
  return words.map(romaniseWithKnown).filter(Boolean).map(cap).join(' ');
}
