import { describe, expect, it } from 'vitest';
import { SERVER_LANGUAGES } from '../platform/i18n/languages.ts';
import { renderedPages } from '../prosecution/pdf-testing.ts';
import { places, untranslated } from '../prosecution/pdf-texts-testing.ts';
import { QUESTIONS } from './checklist.ts';
import { countWords, placeIn } from './checklist-figures.ts';
import { renderChecklist } from './checklist-pdf.ts';
import type { Checklist } from './checklist-store.ts';
import { CHECKLIST_TEXTS } from './checklist-texts.ts';

// The donor checklist in the reader's language: rendered in Thai and in Chinese it reads back with its heading,
// labels, questions, judgements, figures and dates in that language, what the writer typed as typed; every text of
// the checklist is there in all seven languages, none left in English.

const AT = '2026-12-04T10:00:00.000Z';
const squeezed = (s: string) => s.normalize('NFKC').replace(/\s+/g, '');
const textOf = async (pdf: Buffer) => squeezed((await renderedPages(pdf)).map((p) => p.text).join('\n'));

const CHECKLIST: Checklist = {
  id: '00000000-0000-4000-8000-000000000001',
  title: 'Safe migration hubs',
  country: 'TH',
  province: 'Udon Thani',
  intervention: 'Recruiters active now.',
  funding: 'USD 240,000',
  durationMonths: 24,
  answers: QUESTIONS.map((q, i) => ({
    question: q.code,
    answer: i === 0 ? 'Inspections found debts.' : '',
    judgement: i === 0 ? 'met' : 'not_known',
  })),
  createdAt: AT,
  updatedAt: AT,
};
const checklistIn = (lang: 'th' | 'zh' | 'en') =>
  renderChecklist({
    checklist: CHECKLIST,
    place: placeIn(CHECKLIST, lang),
    figures: {
      evidence_base: [
        {
          text: `${countWords(null, 11, lang)} · ${CHECKLIST_TEXTS[lang].questions.evidence_base.label}`,
          href: null,
        },
      ],
    },
    k: 11,
    generatedAt: AT,
    lang,
  });

describe('the donor checklist in Thai and in Chinese', () => {
  it('has its heading, labels, questions, judgements and dates in the language; the answers as typed', async () => {
    const thai = await textOf(await checklistIn('th'));
    for (const words of [
      'LANTERN — แบบตรวจสอบสำหรับผู้ให้ทุน',
      'Safe migration hubs',
      'พื้นที่',
      'Udon Thani (ไทย)',
      '24 เดือน',
      'ผ่าน 1 ข้อ',
      'ไม่ทราบ 10 ข้อ',
      'พิมพ์เมื่อ',
      '4 ธันวาคม 2569',
      '1. ฐานข้อมูลหลักฐาน',
      'Inspections found debts.',
      'ยังไม่มีคำตอบ',
      'ตัวเลขของ Lantern:',
      'น้อยกว่า 11',
      'หน้า 1 จาก',
    ])
      expect(thai, words).toContain(squeezed(words));
    for (const english of ['Place', 'Duration', 'No answer yet.', 'Not known', 'page 1 of'])
      expect(thai).not.toContain(squeezed(english));
    const chinese = await textOf(await checklistIn('zh'));
    for (const words of [
      '捐助方核对清单',
      '泰国Udon Thani',
      '24 个月',
      '满足 1 项',
      '1. 证据基础',
      '尚未作答。',
    ])
      expect(chinese, words).toContain(squeezed(words));
  }, 60_000);

  it('words the figures as English always has', () => {
    expect(countWords(null, 11)).toBe('fewer than 11');
    expect(countWords(7, 11)).toBe('7');
    expect(placeIn(CHECKLIST)).toBe('Udon Thani, Thailand');
    expect(countWords(null, 11, 'my')).toBe('၁၁ အောက်');
  });
});

describe('the donor checklist texts', () => {
  it('are in every language with the English places, none left in English', () => {
    const english = places(CHECKLIST_TEXTS.en);
    for (const lang of SERVER_LANGUAGES) {
      expect(places(CHECKLIST_TEXTS[lang]), lang).toEqual(english);
      if (lang === 'en') continue;
      expect(untranslated(CHECKLIST_TEXTS[lang], CHECKLIST_TEXTS.en, lang), lang).toEqual([]);
    }
  });
});
