import { beforeAll, describe, expect, it } from 'vitest';
import { OUTCOMES } from '../monitoring/inspection-catalogue.ts';
import { INTERVENTIONS } from '../operations/assessment.ts';
import { SERVER_LANGUAGES } from '../platform/i18n/languages.ts';
import { renderedPages } from '../prosecution/pdf-testing.ts';
import { places, untranslated } from '../prosecution/pdf-texts-testing.ts';
import type { DashboardFigures } from './dashboard.ts';
import { AGE_GROUPS, SEXES } from './filters.ts';
import { HARM_RESULTS, LEAK_RESULTS } from './indicators-integrity.ts';
import { INTERVENTION_RESULTS, OBJECTIVES } from './indicators-operations.ts';
import { BURDEN_BANDS } from './indicators-prosecution.ts';
import { words } from './indicators-shape.ts';
import { RETRAFFICKING, SERVICE_DELAY_BANDS } from './indicators-victims.ts';
import { filtersInLanguage, renderOutcomesReport } from './report-pdf.ts';
import { DIMENSIONS, REPORT_TEXTS, ROW_WORDS, TABLE_IDS } from './report-texts.ts';

// The outcomes report in the reader's language: rendered in Thai and in Chinese it reads back with its heading,
// labels, the tables' titles, dimensions and rows, its notes and dates in that language, the province as recorded;
// every text of the report is there in all seven languages, none left in English, and every word the indicators
// print has its translation.

const squeezed = (s: string) => s.normalize('NFKC').replace(/\s+/g, '');
const textOf = async (pdf: Buffer) => squeezed((await renderedPages(pdf)).map((p) => p.text).join('\n'));

const FIGURES: DashboardFigures = {
  k: 11,
  filters: ['country', 'province', 'sex'],
  hidden: 3,
  tables: [
    {
      id: 'protection',
      title: 'People removed in operations, screened, presumed victims; …',
      kind: 'funnel',
      dimensions: ['stage'],
      cells: [
        { key: ['removed'], count: 42 },
        { key: ['screened'], count: 30 },
        { key: ['presumed victims'], count: null },
      ],
      margins: [],
      total: null,
      unfiltered: [],
    },
    {
      id: 'justice',
      title: 'Arrests made in operations, …',
      kind: 'funnel',
      dimensions: ['stage'],
      cells: [
        { key: ['arrests'], count: 12 },
        { key: ['charges laid'], count: null },
      ],
      margins: [],
      total: null,
      unfiltered: ['sex'],
    },
    {
      id: 'victims-identified',
      title: 'Presumed victims identified at screening, by sex and age group',
      kind: 'breakdown',
      dimensions: ['sex', 'age group'],
      cells: [
        { key: ['female', 'child'], count: 14 },
        { key: ['female', 'adult'], count: 0 },
        { key: ['male', 'adult'], count: 16 },
      ],
      margins: [],
      total: 30,
      unfiltered: [],
    },
  ],
  medians: [
    {
      id: 'days-to-first-service',
      title: 'Median days from identification to the first service accepted',
      days: 4,
      of: 12,
    },
  ],
};
const FILTERS = { country: 'TH', province: 'Udon Thani', sex: 'female' as const, from: '2026-01-01' };
const AT = '2026-12-04T10:00:00.000Z';

describe('the outcomes report in Thai and in Chinese', () => {
  let thai: string;
  let chinese: string;
  beforeAll(async () => {
    const report = (lang: 'th' | 'zh') =>
      renderOutcomesReport({
        figures: FIGURES,
        filters: filtersInLanguage(FILTERS, null, lang),
        generatedAt: AT,
        lang,
      });
    thai = await textOf(await report('th'));
    chinese = await textOf(await report('zh'));
  }, 60_000);

  it('has its heading, labels, table words and dates in Thai; the province as recorded', () => {
    for (const words of [
      'LANTERN — รายงานผลลัพธ์',
      'ตัวชี้วัดผลลัพธ์',
      'พิมพ์เมื่อ 4 ธันวาคม 2569 เวลา 10:00 UTC',
      'ช่วงเวลา: 1 มกราคม 2569 ถึง วันนี้',
      'จังหวัด: Udon Thani',
      'ประเทศ: ไทย',
      'เพศ: หญิง',
      'รายงานฉบับนี้ซ่อนตัวเลขไว้ 3 ตัว',
      'ตัวชี้วัด',
      'ผู้ที่สันนิษฐานว่าเป็นผู้เสียหายซึ่งระบุได้จากการคัดกรอง',
      'หญิง · เด็ก',
      'นำออกจากพื้นที่',
      'ไม่ได้กรองตามเพศ',
      'ชุดค่าผสมอื่นของเพศและกลุ่มอายุอีก 1 ชุด: ไม่มี',
      'รวม: 30',
      'ค่ามัธยฐาน',
      '4 วัน (จาก 12 กรณี)',
      'หน้า 1 จาก',
    ])
      expect(thai, words).toContain(squeezed(words));
    expect(thai).toContain(squeezed('< 11'));
    for (const english of ['Printed', 'Indicators', 'Total:', 'removed', 'Medians', 'page 1 of'])
      expect(thai).not.toContain(english);
  });

  it('has them in Chinese too', () => {
    for (const words of [
      'LANTERN — 成果报告',
      '打印时间 2026年12月4日 10:00 UTC',
      '省份：Udon Thani',
      '经甄别认定的推定受害人，按性别和年龄组分列',
      '推定受害人',
      '合计：30',
      '第 1 页，共',
    ])
      expect(chinese, words).toContain(squeezed(words));
  });

  it('writes the filters as English always has', () => {
    expect(
      filtersInLanguage({ ...FILTERS, exploitation: 'forced_criminality', age: 'child' }, null, 'en'),
    ).toEqual([
      'Period: 2026-01-01 to today',
      'Country: Thailand',
      'Province: Udon Thani',
      'Exploitation: forced criminality',
      'Sex: female',
      'Age group: child',
    ]);
  });
});

describe('the outcomes report texts', () => {
  it('are in every language with the English places, none left in English', () => {
    const english = places({ ...REPORT_TEXTS.en, tables: undefined });
    for (const lang of SERVER_LANGUAGES) {
      expect(places({ ...REPORT_TEXTS[lang], tables: undefined }), lang).toEqual(english);
      if (lang === 'en') continue;
      expect(untranslated(REPORT_TEXTS[lang], REPORT_TEXTS.en, lang), lang).toEqual([]);
      expect(REPORT_TEXTS[lang].tables, lang).not.toBeNull();
    }
  });
  it('name every row word, dimension and table the indicators print', () => {
    const rows: readonly string[] = ROW_WORDS;
    for (const word of [
      ...INTERVENTIONS.map(words),
      ...INTERVENTION_RESULTS,
      ...OBJECTIVES,
      ...SERVICE_DELAY_BANDS,
      ...RETRAFFICKING,
      ...BURDEN_BANDS,
      ...LEAK_RESULTS,
      ...HARM_RESULTS,
      ...SEXES,
      ...AGE_GROUPS,
      ...Object.values(OUTCOMES),
    ])
      expect(rows, word).toContain(word);
    expect(new Set(ROW_WORDS).size).toBe(ROW_WORDS.length);
    expect(new Set(TABLE_IDS).size).toBe(TABLE_IDS.length);
    expect(new Set(DIMENSIONS).size).toBe(DIMENSIONS.length);
  });
});
