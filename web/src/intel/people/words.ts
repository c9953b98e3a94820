/** Who is who in words: sources, fields, comparison levels and the weight of evidence, for people, not statisticians. */

const SOURCES: Record<string, string> = {
  subscriber: 'Subscriber register',
  account_holder: 'Account holder',
  traveller: 'Border crossing',
  registry: 'Registry',
  entity: 'Analyst’s entry',
  operation: 'Operation reference',
  tip: 'Tip',
  report: 'Report',
};

/** The kind of source a record came from, in words; an unknown kind is shown as it is, without underscores. */
export const sourceWords = (source: string): string => SOURCES[source] ?? source.replaceAll('_', ' ');

const FIELDS: Record<string, string> = {
  name: 'Name',
  birthDate: 'Date of birth',
  phone: 'Phone',
  document: 'Document number',
  account: 'Account',
  plate: 'Plate',
  nationality: 'Nationality',
  sex: 'Sex',
  places: 'Places seen',
};

export const fieldWords = (field: string): string => FIELDS[field] ?? field;

/** The engine's level labels, where one is technical, in plainer words. */
const LEVELS: Record<string, string> = {
  exact: 'exactly the same',
  'same name key': 'the same name, spelled or written otherwise',
  'all parts of one in the other': 'every part of one name is in the other',
  'parts similar (JW ≥ 0.92)': 'parts spelled very much alike',
  'parts similar (JW ≥ 0.8)': 'parts spelled alike',
  'one part shared': 'one part of the name shared',
  'a part shared, another different': 'a part of the name shared, another different',
  'one digit different': 'one digit different',
  missing: 'missing on one side',
  'no name': 'missing on one side',
};

export const levelWords = (level: string): string => LEVELS[level] ?? level;

/** How many times more (or less) likely one person makes what was seen, rounded for reading. */
const factorWords = (factor: number): string => {
  if (factor >= 1000) return 'over 1,000';
  if (factor >= 10) return Math.round(factor).toLocaleString('en-US');
  return factor.toFixed(1).replace(/\.0$/, '');
};

/**
 * A field's weight (a log2 Bayes factor) as a reader can take it: for or against one person, how strongly, and
 * by how many times it changes the odds.
 */
export function evidenceWords(weight: number): {
  side: 'for' | 'against' | 'neutral';
  strength: string;
  odds: string;
} {
  const size = Math.abs(weight);
  if (size < 0.05) return { side: 'neutral', strength: 'No evidence either way', odds: '' };
  const side = weight > 0 ? 'for' : 'against';
  const strength = size < 1 ? 'Slightly' : size < 3 ? 'Moderately' : size < 6 ? 'Strongly' : 'Very strongly';
  const times = factorWords(2 ** size);
  return {
    side,
    strength: `${strength} ${side === 'for' ? 'for' : 'against'}`,
    odds: side === 'for' ? `odds ×${times}` : `odds ÷${times}`,
  };
}

/** A pair's probability as a whole percentage, never 0% or 100% unless it is exactly so. */
export function percent(p: number): string {
  const n = Math.round(p * 100);
  if (n === 100 && p < 1) return '>99%';
  if (n === 0 && p > 0) return '<1%';
  return `${n}%`;
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

const regions = (() => {
  try {
    return new Intl.DisplayNames(['en'], { type: 'region' });
  } catch {
    return null;
  }
})();

/** A nationality's ISO code as the country's name (MM: Myanmar), or the code when it is not one. */
export function nationalityWords(code: string): string {
  if (!/^[A-Za-z]{2}$/.test(code)) return code;
  try {
    return regions?.of(code.toUpperCase()) ?? code;
  } catch {
    return code;
  }
}

export const sexWords = (sex: string): string =>
  ({ M: 'Male', F: 'Female', m: 'Male', f: 'Female' })[sex] ?? sex;
