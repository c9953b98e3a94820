import type { Rng } from '../rng.ts';
import { ETHNIC_PREFIXES, HONORIFICS } from './burmese.ts';
import { capitalise, readingsOf, type Syllable, type SyllableStyle, writeSyllables } from './chinese.ts';
import { MODELS } from './models.ts';
import { letterTypo } from './noise.ts';
import type { Nationality, PersonName } from './types.ts';
import { foldVietnamese } from './vietnamese.ts';

// How a name shows up in one record. `noise` scales the chance of every kind of corruption; at noise 1 each
// kind happens with the rate below (most of them less than always, so that the mix stays realistic).

/** Chance at noise 1 that the record has the name in native script. */
const NATIVE_RATE: Readonly<Record<Nationality, number>> = {
  TH: 0.2,
  KH: 0.15,
  LA: 0.15,
  MM: 0.2,
  VN: 0,
  CN: 0.25,
};
const STYLES: readonly SyllableStyle[] = ['spaced', 'spaced', 'hyphen', 'hyphen-lower', 'camel'];

export function recordedName(rng: Rng, name: PersonName, noise: number): string {
  if (!(noise > 0)) return name.latin;
  const n = Math.min(noise, 1);
  const nat = name.nationality;
  if (name.native !== name.latin && rng.chance(n * NATIVE_RATE[nat])) return nativeForm(rng, name, n);
  if (name.nickname !== null && rng.chance(n * (nat === 'TH' ? 0.25 : 0.1))) {
    let s = name.nickname;
    if (rng.chance(n * 0.1)) s = letterTypo(rng, s);
    return rng.chance(n * 0.25) ? s.toUpperCase() : s;
  }

  let family = name.family ?? '';
  let given = name.given;
  const variants = MODELS[nat].variants;
  let prefix = '';

  if (nat === 'CN') {
    const syl = readingsOf(name.native);
    const toned = rng.chance(n * 0.1);
    const respelt = !toned && rng.chance(n * 0.35);
    if (syl && syl.length >= 2) {
      if (toned) family = capitalise((syl[0] as Syllable).toned);
      const style = syl.length > 2 && rng.chance(n * 0.4) ? (rng.pick(STYLES) as SyllableStyle) : 'joined';
      if (toned || style !== 'joined') given = writeSyllables(syl, 1, toned, style);
    }
    if (respelt) family = respell(rng, family, variants);
  } else {
    if (rng.chance(n * 0.5)) {
      family = respellTokens(rng, family, variants);
      given = respellTokens(rng, given, variants);
    }
    if (nat === 'VN' && rng.chance(n * 0.7)) {
      family = foldVietnamese(family);
      given = foldVietnamese(given);
    }
    if (nat === 'MM') {
      if (rng.chance(n * 0.35)) given = joinSyllables(rng, given);
      const space = given.indexOf(' ');
      const first = space < 0 ? given : given.slice(0, space);
      if (!ETHNIC_PREFIXES.has(first) && rng.chance(n * 0.35))
        prefix = (rng.pick(HONORIFICS[name.sex]) ?? ['U'])[0];
    }
  }

  // dropped parts: the Vietnamese middle name, the last Burmese element, or the family name (given name only)
  if (nat === 'VN' && rng.chance(n * 0.25)) given = lastWord(given);
  else if (nat === 'MM' && rng.chance(n * 0.15)) given = dropLastWord(given);
  else if ((nat === 'TH' || nat === 'LA' || nat === 'KH') && rng.chance(n * 0.12)) family = '';

  let s: string;
  if (family !== '' && rng.chance(n * 0.15)) {
    // surname in capitals, first, as on forms: NGUYEN Thi Lan, JAIDEE, Somchai
    s = `${family.toUpperCase()}${rng.chance(0.5) ? ',' : ''} ${given}`;
  } else {
    const familyFirst = name.familyFirst
      ? !rng.chance(n * 0.3)
      : rng.chance(n * (nat === 'TH' || nat === 'LA' ? 0.12 : 0));
    if (family === '') s = given;
    else if (familyFirst) s = `${family} ${given}`;
    else if (nat === 'VN' && name.familyFirst) s = `${westernVietnamese(given)} ${family}`;
    else s = `${given} ${family}`;
  }
  if (prefix !== '') s = `${prefix} ${s}`;

  if (rng.chance(n * 0.3)) s = s.toUpperCase();
  else if (rng.chance(n * 0.03)) s = s.toLowerCase();
  if (rng.chance(n * 0.35)) {
    s = letterTypo(rng, s);
    if (rng.chance(n * 0.15)) s = letterTypo(rng, s);
  }
  return s;
}

function nativeForm(rng: Rng, name: PersonName, n: number): string {
  const s = name.native;
  if (name.nationality === 'MM' && rng.chance(0.3)) {
    const h = rng.pick(HONORIFICS[name.sex]) as readonly [string, string];
    return rng.chance(0.5) ? `${h[1]} ${s}` : h[1] + s;
  }
  if ((name.nationality === 'TH' || name.nationality === 'LA') && rng.chance(n * 0.15)) {
    const space = s.indexOf(' ');
    return space > 0 ? s.slice(0, space) : s;
  }
  return s;
}

/** A token replaced by one of its other spellings, when it has some. */
function respell(rng: Rng, token: string, variants: ReadonlyMap<string, readonly string[]>): string {
  const v = variants.get(token);
  return v ? (rng.pick(v) as string) : token;
}

/** Each word of a name, with probability one half, replaced by another spelling of it. */
function respellTokens(rng: Rng, s: string, variants: ReadonlyMap<string, readonly string[]>): string {
  if (s === '') return s;
  if (s.indexOf(' ') < 0) return rng.chance(0.7) ? respell(rng, s, variants) : s;
  const words = s.split(' ');
  for (let i = 0; i < words.length; i++) {
    if (rng.chance(0.5)) words[i] = respell(rng, words[i] as string, variants);
  }
  return words.join(' ');
}

/** Burmese syllables run together: Aung Kyaw Moe → Aungkyaw Moe, or Aungkyawmoe. */
function joinSyllables(rng: Rng, s: string): string {
  const words = s.split(' ');
  if (words.length < 2) return s;
  if (rng.chance(0.3)) return words[0] + words.slice(1).join('').toLowerCase();
  const i = Math.floor(rng.next() * (words.length - 1));
  words[i] = (words[i] as string) + (words[i + 1] as string).toLowerCase();
  words.splice(i + 1, 1);
  return words.join(' ');
}

function lastWord(s: string): string {
  const i = s.lastIndexOf(' ');
  return i < 0 ? s : s.slice(i + 1);
}

function dropLastWord(s: string): string {
  const i = s.lastIndexOf(' ');
  // keep at least two elements, so that the name stays a name
  return i < 0 || s.indexOf(' ') === i ? s : s.slice(0, i);
}

/** Vietnamese middle + given names in Western order: Thị Lan → Lan Thị (so Lan Thị Nguyễn). */
function westernVietnamese(given: string): string {
  const i = given.lastIndexOf(' ');
  return i < 0 ? given : `${given.slice(i + 1)} ${given.slice(0, i)}`;
}
