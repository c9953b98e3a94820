/** Who is who in words: sources, fields, comparison levels and the weight of evidence, for people, not statisticians. */
import type { ParseKeys } from 'i18next';
import type { LevelCode } from '../../../../src/intel/resolution/levels.ts';
import { formatNumber, regionName } from '../../ui/format.ts';
import { intelT } from '../labels.ts';

type Key = ParseKeys<'intel'>;

/** The kind of source a record came from, in words; an unknown kind is shown as it is, without underscores. */
export const sourceWords = (source: string): string =>
  intelT()(`codes.recordSource.${source}` as Key, { defaultValue: source.replaceAll('_', ' ') });

export const fieldWords = (field: string): string =>
  intelT()(`codes.personField.${field}` as Key, { defaultValue: field });

/** A comparison's level (its code, src/intel/resolution/levels.ts) in plain words. */
export const levelWords = (level: LevelCode): string => intelT()(`codes.level.${level}`);

/** How many times more (or less) likely one person makes what was seen, rounded for reading. */
const factorWords = (factor: number): string => {
  if (factor >= 1000) return intelT()('people.evidence.over', { value: formatNumber(1000) });
  if (factor >= 10) return formatNumber(Math.round(factor));
  return formatNumber(factor, { maximumFractionDigits: 1 });
};

type Strength = 'slightly' | 'moderately' | 'strongly' | 'veryStrongly';

/**
 * A field's weight (a log2 Bayes factor) as a reader can take it: for or against one person, how strongly, and
 * by how many times it changes the odds.
 */
export function evidenceWords(weight: number): {
  side: 'for' | 'against' | 'neutral';
  strength: string;
  odds: string;
} {
  const t = intelT();
  const size = Math.abs(weight);
  if (size < 0.05) return { side: 'neutral', strength: t('people.evidence.neutral'), odds: '' };
  const side = weight > 0 ? 'for' : 'against';
  const strength: Strength =
    size < 1 ? 'slightly' : size < 3 ? 'moderately' : size < 6 ? 'strongly' : 'veryStrongly';
  const times = factorWords(2 ** size);
  return {
    side,
    strength: t(`people.evidence.${strength}${side === 'for' ? 'For' : 'Against'}`),
    odds:
      side === 'for' ? t('people.evidence.oddsFor', { times }) : t('people.evidence.oddsAgainst', { times }),
  };
}

const share = (n: number) => formatNumber(n, { style: 'percent', maximumFractionDigits: 0 });

/** A pair's probability as a whole percentage, never 0% or 100% unless it is exactly so. */
export function percent(p: number): string {
  const n = Math.round(p * 100);
  if (n === 100 && p < 1) return `>${share(0.99)}`;
  if (n === 0 && p > 0) return `<${share(0.01)}`;
  return share(n / 100);
}

/** The language tag of a name's script, so that it is shown (and read aloud) in the right font and voice. */
export function langOf(text: string): string | undefined {
  if (/[\u1000-\u109f\uaa60-\uaa7f]/.test(text)) return 'my';
  if (/[\u0e00-\u0e7f]/.test(text)) return 'th';
  if (/[\u0e80-\u0eff]/.test(text)) return 'lo';
  if (/[\u1780-\u17ff\u19e0-\u19ff]/.test(text)) return 'km';
  if (/[\u3400-\u9fff]/.test(text)) return 'zh';
  return undefined;
}

/** A nationality's ISO code as the country's name in the current language (MM: Myanmar), or the code. */
export const nationalityWords = (code: string): string =>
  /^[A-Za-z]{2}$/.test(code) ? regionName(code) : code;

export const sexWords = (sex: string): string =>
  /^[mf]$/i.test(sex) ? intelT()(`codes.sex.${sex.toUpperCase()}` as Key, { defaultValue: sex }) : sex;
