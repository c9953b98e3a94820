import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import * as fontkit from 'fontkit';

// The fonts of the court file and the choice of one per run of text. Every script of the region is set in a Noto
// font (SIL Open Font License 1.1, from the @expo-google-fonts packages, which ship Google Fonts' TTF files):
// Noto Sans for Latin (Vietnamese included), Noto Sans Thai, Lao, Khmer, Myanmar and SC (Simplified Chinese).
// A string is cut into runs by Unicode script; characters common to scripts (spaces, digits, punctuation) stay
// in the run they are in when its font has them, otherwise they go to the first font that has them.
//
// fontkit shapes Khmer with its Indic engine and Thai and Lao with the OpenType features of the font, as
// HarfBuzz does, but it has no engine for Myanmar: there the pre-base vowel and medial (ေ U+1031, ြ U+103C) are
// moved before their consonant here, and the kinzi after it, as HarfBuzz's Myanmar shaper does, and the font's
// Myanmar features are asked for. A PDF maps each glyph to its text, so reordered syllables (Myanmar, Khmer) read
// back from the PDF in the order they are drawn; such runs are marked with their real text (ActualText) for the
// readers that use it.

export type Script = 'latin' | 'thai' | 'lao' | 'khmer' | 'myanmar' | 'han';
export type Weight = 'regular' | 'bold';

const FILES: Record<Script, [pkg: string, stem: string]> = {
  latin: ['noto-sans', 'NotoSans'],
  thai: ['noto-sans-thai', 'NotoSansThai'],
  lao: ['noto-sans-lao', 'NotoSansLao'],
  khmer: ['noto-sans-khmer', 'NotoSansKhmer'],
  myanmar: ['noto-sans-myanmar', 'NotoSansMyanmar'],
  han: ['noto-sans-sc', 'NotoSansSC'],
};

/** Scripts in the order tried for a character of no script of its own that the run's font lacks. */
const FALLBACK: Script[] = ['latin', 'han', 'thai', 'lao', 'khmer', 'myanmar'];

const SCRIPT_OF: [Script, RegExp][] = [
  ['thai', /\p{Script=Thai}/u],
  ['lao', /\p{Script=Lao}/u],
  ['khmer', /\p{Script=Khmer}/u],
  ['myanmar', /\p{Script=Myanmar}/u],
  ['han', /[\p{Script=Han}\p{Script=Bopomofo}]/u],
  ['latin', /[\p{Script=Latin}\p{Script=Greek}\p{Script=Cyrillic}]/u],
];

/** The script a character belongs to, or null when it is common to several (spaces, digits, punctuation, marks). */
export function scriptOf(char: string): Script | null {
  for (const [script, pattern] of SCRIPT_OF) if (pattern.test(char)) return script;
  return null;
}

export interface Run {
  script: Script;
  text: string;
}

/** The text cut into runs of one script each (NFC first, so Vietnamese letters are single characters). */
export function scriptRuns(
  text: string,
  covers: (script: Script, char: string) => boolean = hasGlyph,
): Run[] {
  const runs: Run[] = [];
  let current: Run | null = null;
  for (const char of text.normalize('NFC')) {
    let script = scriptOf(char);
    if (script === null) {
      const inherited = /\p{M}/u.test(char) && current !== null;
      if (current && (inherited || covers(current.script, char))) script = current.script;
      else script = FALLBACK.find((s) => covers(s, char)) ?? 'latin';
    }
    if (current && current.script === script) current.text += char;
    else {
      current = { script, text: char };
      runs.push(current);
    }
  }
  return runs;
}

// --- Myanmar: the syllable reordered into the order its glyphs are drawn, as an OpenType Myanmar shaper does.

const KINZI_LEAD = new Set([0x1004, 0x101b, 0x105a]);
const ASAT = 0x103a;
const VIRAMA = 0x1039;
const PRE_BASE_VOWELS = new Set([0x1031, 0x1084]);
const MEDIAL_RA = 0x103c;
const MYANMAR_FEATURES = [
  'rphf',
  'pref',
  'blwf',
  'pstf',
  'pres',
  'abvs',
  'blws',
  'psts',
  'dist',
  'abvm',
  'blwm',
];

const isMyanmar = (c: number) =>
  (c >= 0x1000 && c <= 0x109f) || (c >= 0xa9e0 && c <= 0xa9ff) || (c >= 0xaa60 && c <= 0xaa7f);
/** A character that starts a Myanmar syllable: a consonant, an independent vowel, a digit or a sign standing alone. */
function isMyanmarBase(c: number): boolean {
  return (
    (c >= 0x1000 && c <= 0x102a) ||
    c === 0x103f ||
    (c >= 0x1040 && c <= 0x104f) ||
    (c >= 0x1050 && c <= 0x1055) ||
    (c >= 0x105a && c <= 0x105d) ||
    c === 0x1061 ||
    c === 0x1065 ||
    c === 0x1066 ||
    (c >= 0x106e && c <= 0x1070) ||
    (c >= 0x1075 && c <= 0x1081) ||
    c === 0x108e ||
    (c >= 0x1090 && c <= 0x1099) ||
    (c >= 0xa9e0 && c <= 0xa9ef) ||
    (c >= 0xaa60 && c <= 0xaa6f) ||
    c === 0x25cc
  );
}

/** Items (glyphs or code points) of Myanmar text put in drawing order: pre-base vowel and medial ra before the
 * consonant (with its stacked consonants), kinzi after it; everything else keeps its place. */
export function myanmarVisualOrder<T>(items: T[], codePoint: (item: T) => number): T[] {
  const cp = (i: number) => {
    const item = items[i];
    return item === undefined ? -1 : codePoint(item);
  };
  const kinziAt = (i: number) =>
    KINZI_LEAD.has(cp(i)) && cp(i + 1) === ASAT && cp(i + 2) === VIRAMA && isMyanmarBase(cp(i + 3));
  const out: T[] = [];
  let i = 0;
  while (i < items.length) {
    const kinzi = kinziAt(i) ? items.slice(i, i + 3) : [];
    i += kinzi.length;
    if (!isMyanmar(cp(i))) {
      out.push(...kinzi, ...items.slice(i, i + 1));
      i++;
      continue;
    }
    const base = items.slice(i, i + 1);
    i++;
    while (cp(i) === VIRAMA && isMyanmarBase(cp(i + 1))) {
      base.push(...items.slice(i, i + 2));
      i += 2;
    }
    const pre: T[] = [];
    const ra: T[] = [];
    const rest: T[] = [];
    while (i < items.length && isMyanmar(cp(i)) && !isMyanmarBase(cp(i)) && !kinziAt(i)) {
      const item = items[i] as T;
      if (PRE_BASE_VOWELS.has(cp(i))) pre.push(item);
      else if (cp(i) === MEDIAL_RA) ra.push(item);
      else rest.push(item);
      i++;
    }
    out.push(...pre, ...ra, ...base, ...kinzi, ...rest);
  }
  return out;
}

// --- Thai and Lao: SARA AM after a mark above is drawn as NIKHAHIT before the mark and SARA AA after it, as
// HarfBuzz's Thai shaper does (fontkit would put the ring above the tone mark).

const SARA_AM: [RegExp, string, string][] = [
  [/([\u0E31\u0E34-\u0E37\u0E47-\u0E4E]+)\u0E33/gu, '\u0E4D', '\u0E32'],
  [/([\u0EB1\u0EB4-\u0EB7\u0EBB\u0EC8-\u0ECD]+)\u0EB3/gu, '\u0ECD', '\u0EB2'],
];
export function saraAmDecomposed(text: string): string {
  let out = text;
  for (const [pattern, nikhahit, aa] of SARA_AM) out = out.replace(pattern, `${nikhahit}$1${aa}`);
  return out;
}

// --- Loading: each file read once per process. Every document gets fonts of its own, since fontkit keeps the
// first characters it saw for each glyph and the PDF's text map comes from them: shared fonts would make a
// document's bytes depend on what was rendered before it.

const require = createRequire(import.meta.url);
const files = new Map<string, Buffer>();
const coverage = new Map<Script, fontkit.Font>();

function fontFile(script: Script, weight: Weight): Buffer {
  const key = `${script}-${weight}`;
  let bytes = files.get(key);
  if (!bytes) {
    const [pkg, stem] = FILES[script];
    const style = weight === 'bold' ? '700Bold' : '400Regular';
    bytes = readFileSync(require.resolve(`@expo-google-fonts/${pkg}/${style}/${stem}_${style}.ttf`));
    files.set(key, bytes);
  }
  return bytes;
}

/**
 * The Unicode blocks of the scripts whose vowels the fonts split or decompose (Thai and Lao SARA AM into NIKHAHIT
 * and SARA AA, Khmer split vowels). fontkit keeps, for each glyph, the characters it was first made for, and a
 * glyph first made as part of a decomposed vowel carries none: every later use of it (a plain SARA AA) would then
 * read back from the PDF as nothing. Each character of these blocks is looked up once when the font is opened, so
 * that every glyph carries its own character (a decomposed SARA AM reads back as NIKHAHIT and SARA AA, its
 * compatibility decomposition).
 */
const DECOMPOSING: Partial<Record<Script, [number, number]>> = {
  thai: [0x0e01, 0x0e5b],
  lao: [0x0e81, 0x0edf],
  khmer: [0x1780, 0x17f9],
};

/**
 * fontkit (2.0) fails on a mark whose anchor on its base is NULL in a mark-positioning subtable (Noto Sans Khmer
 * has such anchors: a consonant with NIKAHIT, "សំ", threw). OpenType says the mark is then not attached by that
 * subtable, and HarfBuzz goes on to the next one: a NULL anchor here ends the subtable unapplied, the same way.
 * The processor's class is fontkit's own, shared by every font, so it is mended once.
 */
const NO_ANCHOR = Symbol('no anchor');
interface PositioningProcessor {
  applyAnchor(markRecord: { markAnchor?: unknown }, baseAnchor: unknown, baseIndex: number): void;
  applyLookup(...args: unknown[]): boolean;
  lanternNullAnchors?: true;
}
function tolerateNullAnchors(font: fontkit.Font): void {
  font.layout(' ');
  // fontkit keeps its GPOS processor on the font's layout engine; its typings do not show it.
  const engine = (font as unknown as { _layoutEngine?: { engine?: { GPOSProcessor?: object | null } } })
    ._layoutEngine?.engine;
  const processor = engine?.GPOSProcessor;
  if (!processor) return;
  const proto = Object.getPrototypeOf(processor) as PositioningProcessor;
  if (proto.lanternNullAnchors) return;
  const applyAnchor = proto.applyAnchor;
  const applyLookup = proto.applyLookup;
  proto.applyAnchor = function (this: PositioningProcessor, markRecord, baseAnchor, baseIndex) {
    if (!baseAnchor || !markRecord?.markAnchor) throw NO_ANCHOR;
    applyAnchor.call(this, markRecord, baseAnchor, baseIndex);
  };
  proto.applyLookup = function (this: PositioningProcessor, ...args: unknown[]) {
    try {
      return applyLookup.apply(this, args);
    } catch (e) {
      if (e === NO_ANCHOR) return false;
      throw e;
    }
  };
  proto.lanternNullAnchors = true;
}

function open(script: Script, weight: Weight): fontkit.Font {
  const made = fontkit.create(fontFile(script, weight));
  if (!('layout' in made))
    throw new Error(`The ${script} ${weight} font file holds a collection, not one font.`);
  const font = made;
  tolerateNullAnchors(font);
  const plain = font.layout.bind(font);
  const glyphsFor = font.glyphsForString.bind(font);
  const block = DECOMPOSING[script];
  if (block) {
    const [first, last] = block;
    const chars = Array.from({ length: last - first + 1 }, (_, i) => first + i).filter((cp) =>
      font.hasGlyphForCodePoint(cp),
    );
    glyphsFor(String.fromCodePoint(...chars));
  }
  // fontkit lays out glyphs as well as strings; its typings only know strings.
  if (script === 'myanmar') {
    font.layout = (text, features) => {
      const glyphs = myanmarVisualOrder(glyphsFor(text), (g) => g.codePoints[0] ?? 0);
      const extra = Array.isArray(features) ? features : [];
      return plain(glyphs as unknown as string, [...MYANMAR_FEATURES, ...extra], 'mym2');
    };
  } else if (script === 'thai' || script === 'lao') {
    font.layout = (text, features) => plain(saraAmDecomposed(text), features);
  }
  return font;
}

export function hasGlyph(script: Script, char: string): boolean {
  let font = coverage.get(script);
  if (!font) {
    font = open(script, 'regular');
    coverage.set(script, font);
  }
  const cp = char.codePointAt(0);
  return cp !== undefined && font.hasGlyphForCodePoint(cp);
}

export const fontName = (script: Script, weight: Weight) => `${script}-${weight}`;
export const SCRIPTS = Object.keys(FILES) as Script[];

/** The fonts of one document, registered with its pdfkit document (when given) under fontName(script, weight). */
export class DocumentFonts {
  private readonly fonts = new Map<string, fontkit.Font>();

  constructor(pdf: PDFKit.PDFDocument | null) {
    for (const script of SCRIPTS) {
      for (const weight of ['regular', 'bold'] as const) {
        const font = open(script, weight);
        this.fonts.set(fontName(script, weight), font);
        // pdfkit takes a fontkit font as it is; its typings only list files and buffers.
        pdf?.registerFont(fontName(script, weight), font as unknown as Buffer);
      }
    }
  }

  font(script: Script, weight: Weight): fontkit.Font {
    const font = this.fonts.get(fontName(script, weight));
    if (!font) throw new Error(`No ${script} ${weight} font in the court file's fonts.`);
    return font;
  }

  /** Whether the glyphs of this run carry its characters in their order, so the PDF's text reads back as
   * written; when not (reordered or decomposed syllables), the run is marked with its ActualText. */
  readsBack(script: Script, weight: Weight, text: string): boolean {
    const drawn = this.font(script, weight)
      .layout(text)
      .glyphs.map((g) => String.fromCodePoint(...g.codePoints))
      .join('');
    return drawn === text;
  }
}
