import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { MAP_MEASURES } from './dashboard.ts';
import { rowCode, wordCode } from './indicator-codes.ts';
import { DIMENSIONS, ROW_WORDS, TABLE_IDS } from './report-texts.ts';

// The screens word the indicator tables by the codes the server sends: every code has its words in the web app's
// catalogue (the catalogue test holds the seven languages to the English one).
const en = JSON.parse(
  readFileSync(join(import.meta.dirname, '../../web/src/i18n/locales/en/outcomes.json'), 'utf8'),
) as { indicator: Record<'title' | 'dimension' | 'row' | 'measure', Record<string, string>> };

describe('the indicator tables’ codes', () => {
  it('name every row word once, the inspection outcomes by their catalogue codes', () => {
    const codes = ROW_WORDS.map(rowCode);
    expect(new Set(codes).size).toBe(ROW_WORDS.length);
    expect(rowCode('Workers referred to screening')).toBe('outcome_screening_referral');
    expect(rowCode('workers referred to screening')).toBe('workers_referred_to_screening');
    expect(rowCode('Samut Sakhon')).toBeNull();
  });

  it('each have words in the screens’ catalogue', () => {
    for (const id of TABLE_IDS) expect(en.indicator.title[id], id).toBeTruthy();
    for (const d of DIMENSIONS) expect(en.indicator.dimension[wordCode(d)], d).toBeTruthy();
    for (const w of ROW_WORDS) expect(en.indicator.row[rowCode(w) ?? ''], w).toBeTruthy();
    for (const [, , words] of MAP_MEASURES) expect(en.indicator.measure[wordCode(words)], words).toBeTruthy();
  });
});
