import tools from 'myanmar-tools';

// Zawgyi is a font hack that reuses the Myanmar Unicode block with other meanings (its U+1039 is the visible
// virama, U+103B the ya-yit, vowel sign E is typed before the consonant). Records typed in Myanmar before 2019
// are mostly Zawgyi, so a name must be converted before it can be romanised or compared.

// The detector is a Markov model (about 100 kB); load it on first use, not when the module is imported.
let detector: InstanceType<typeof tools.ZawgyiDetector> | undefined;
let converter: InstanceType<typeof tools.ZawgyiConverter> | undefined;
function detect(text: string): number {
  if (!detector) detector = new tools.ZawgyiDetector();
  return detector.getZawgyiProbability(text);
}
function convert(): InstanceType<typeof tools.ZawgyiConverter> {
  if (!converter) converter = new tools.ZawgyiConverter();
  return converter;
}

/**
 * How sure the detector must be. Names are short, and short Unicode names can look like Zawgyi: a Unicode name
 * with a stacked consonant (သန္တာ, Thandar) scores 0.99 because U+1039 is Zawgyi's everyday virama, and
 * converting it would corrupt it. Measured on 270 Unicode names built from one to three name elements and their
 * Zawgyi forms: at 0.95 four Unicode names were misread as Zawgyi, at 0.999 none, while 5 of 252 Zawgyi names
 * fell below (mostly one-syllable names, which the structural test below catches when they can only be Zawgyi).
 */
export const ZAWGYI_THRESHOLD = 0.999;

// Text that cannot be Unicode: a vowel sign E (U+1031) or Zawgyi's ya-yit (U+103B, Unicode's medial YA, which
// never starts a syllable) at the start of a word; U+1039 not followed by a consonant (in Unicode it only
// stacks one consonant on the next, in Zawgyi it is the virama that ends a syllable: ဉာဏ္); Zawgyi-only
// presentation forms in U+1060-U+1097 after a Burmese consonant. Unicode puts every dependent sign after its
// consonant.
// U+1039 before YA, RA, WA, HA or A cannot be Unicode either: Burmese writes those four under a consonant as
// medials (U+103B-U+103E), never stacked, so there it is Zawgyi's virama ending a syllable (ျမတ္ရတနာ, Myat Yadanar).
const ONLY_ZAWGYI =
  /(^|[^\u1000-\u109F])[\u1031\u103B]|\u1039(?![\u1000-\u1019\u101C\u101E\u1020])|[\u1000-\u1021][\u1060-\u1097]|\u1031[\u103B\u107E-\u1084]/;

// Zawgyi's ya-yit (U+103B and its wider forms) is typed before its consonant, the other medials after theirs, so
// a medial between a ya-yit and a consonant belongs to the consonant before the ya-yit (လ ျ ွ မ is လှ + မြ, Hla
// Myat). Text typed in that order (myanmar-tools' own Unicode-to-Zawgyi conversion writes it) is put in the order
// the converter reads, medial first.
const MEDIAL_AFTER_YA_YIT =
  /([\u103B\u107E-\u1084])([\u103A\u103C\u103D\u107D\u1088-\u108A]+)(?=[\u1000-\u1021])/g;

/**
 * Whether text is Burmese typed in the Zawgyi encoding. Only letters and signs tell: Myanmar digits, punctuation
 * and symbols (U+1040-U+104F) are the same in both encodings, and the detector, asked about them alone beside a
 * zero-width space, called "\u200B ၌" Zawgyi, whose conversion then dropped the space.
 */
export function isZawgyi(text: string): boolean {
  if (!/[\u1000-\u103F\u1050-\u109F]/.test(text)) return false;
  return ONLY_ZAWGYI.test(text) || detect(text) >= ZAWGYI_THRESHOLD;
}

/** Burmese text typed in the Zawgyi encoding, converted to Unicode; Unicode Burmese and other text unchanged. */
export function zawgyiToUnicode(text: string): string {
  return isZawgyi(text) ? convert().zawgyiToUnicode(text.replace(MEDIAL_AFTER_YA_YIT, '$2$1')) : text;
}

/** Unicode Burmese written as Zawgyi (how such a name would have been typed before 2019); other text unchanged. */
export function unicodeToZawgyi(text: string): string {
  if (!/[\u1000-\u109F]/.test(text)) return text;
  return convert().unicodeToZawgyi(text);
}
