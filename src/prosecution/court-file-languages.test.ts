import { beforeAll, describe, expect, it } from 'vitest';
import { SERVER_LANGUAGES } from '../platform/i18n/languages.ts';
import { APPEAL_DAYS } from './court-deadlines.ts';
import { DocumentFonts } from './court-file-fonts.ts';
import {
  citationText,
  elementText,
  lawName,
  OFFENCE_WORDS,
  offenceNotes,
  offenceTitle,
} from './court-file-offences.ts';
import { renderCourtFile } from './court-file-pdf.ts';
import { SAMPLE_NAMES as S, SAMPLE_COURT_FILE as sample } from './court-file-sample.ts';
import { COURT_FILE_TEXTS } from './court-file-texts.ts';
import { OFFENCES } from './offences/index.ts';
import { renderedPages } from './pdf-testing.ts';
import { places, untranslated } from './pdf-texts-testing.ts';

// The court file in the reader's language: the sample rendered in Thai and in Chinese reads back with its
// headings, labels, notes and dates in that language, the people's names as typed; every text of the file and
// of the offence catalogue is there in all seven languages, in the language's own script.

const textOf = (pages: { text: string }[]) => pages.map((p) => p.text).join('\n');
/** Text without its spaces, in compatibility form: the PDF gives Thai SARA AM back as NIKHAHIT and SARA AA. */
const squeezed = (s: string) => s.normalize('NFKC').replace(/\s+/g, '');

describe('the court file in Thai and in Chinese', () => {
  let thai: string;
  let chinese: string;
  beforeAll(async () => {
    thai = textOf(await renderedPages(await renderCourtFile({ ...sample, lang: 'th' })));
    chinese = textOf(await renderedPages(await renderCourtFile({ ...sample, lang: 'zh' })));
  }, 60_000);

  it('has its headings, labels and notes in Thai, with Buddhist-Era dates, and the names as typed', () => {
    const t = squeezed(thai);
    for (const words of [
      'สำนวนคดีเพื่อยื่นต่อศาล',
      'สารบัญ',
      '1. ผู้ต้องหา',
      '2. ข้อกล่าวหา',
      '3. พยานหลักฐาน',
      '4. ลำดับเหตุการณ์',
      '5. แผนผังความเชื่อมโยง',
      'จัดทำเมื่อ',
      'รายการพยานหลักฐาน',
      'ช่องว่าง: ยังไม่มีพยานหลักฐานสำหรับองค์ประกอบนี้',
      'ถูกจับกุมแล้ว',
      'หน้า 1 จาก 5',
    ])
      expect(t, words).toContain(squeezed(words));
    expect(t).toContain(squeezed('4 ธันวาคม 2569 เวลา 13:00 UTC'));
    expect(t).toContain(squeezed(`ควรแสวงหาเพิ่ม: Bank transfers to ${S.chinese}`));
    for (const english of ['COURT FILE', 'Index', 'Suspects', 'Generated', 'Gap: no evidence', 'page 1 of'])
      expect(thai).not.toContain(english);
    expect(t).toContain(squeezed(S.thai));
    expect(t).toContain(squeezed(S.vietnamese));
  });

  it('has them in Chinese too', () => {
    const t = squeezed(chinese);
    for (const words of [
      '移送法院案卷',
      '目录',
      '1. 犯罪嫌疑人',
      '2. 指控',
      '生成时间',
      '缺口：该构成要件尚无证据。',
      '第 1 页，共 5 页',
      '2026年12月4日 13:00 UTC',
    ])
      expect(t, words).toContain(squeezed(words));
    expect(t).toContain(S.chinese);
  });
});

describe('the court file in every language', () => {
  it('renders, every page inked', async () => {
    for (const lang of SERVER_LANGUAGES) {
      const pages = await renderedPages(await renderCourtFile({ ...sample, lang }));
      expect(pages.length, lang).toBe(5);
      for (const page of pages) expect(page.ink, lang).toBeGreaterThan(0.004);
    }
  }, 60_000);

  it('sets Khmer NIKAHIT over its consonant, where the font leaves an anchor empty ("សំណុំរឿង")', () => {
    const fonts = new DocumentFonts(null);
    for (const weight of ['regular', 'bold'] as const) {
      const run = fonts.font('khmer', weight).layout('សំណុំរឿង');
      expect(run.glyphs.map((g) => g.name).slice(0, 5)).toEqual([
        'uni179F',
        'uni17C6',
        'uni178E',
        'uni17BB',
        'uni17C6',
      ]);
      // The marks sit back over their consonant, as HarfBuzz puts them.
      for (const i of [1, 3, 4]) expect(run.positions[i]?.xOffset, `${weight} ${i}`).toBeLessThan(0);
    }
  });
});

describe('the court file texts', () => {
  it('are in every language with the English places, none left in English', () => {
    const english = places(COURT_FILE_TEXTS.en);
    const offences = places(OFFENCE_WORDS.en);
    for (const lang of SERVER_LANGUAGES) {
      expect(places(COURT_FILE_TEXTS[lang]), lang).toEqual(english);
      expect(places(OFFENCE_WORDS[lang]), lang).toEqual(offences);
      if (lang === 'en') continue;
      expect(untranslated(COURT_FILE_TEXTS[lang], COURT_FILE_TEXTS.en, lang), lang).toEqual([]);
      expect(untranslated(OFFENCE_WORDS[lang], OFFENCE_WORDS.en, lang), lang).toEqual([]);
    }
  });

  it('translate every offence of the catalogue: title, elements, notes and citation', () => {
    for (const o of OFFENCES) {
      const elements = o.elements.map((e) => e.text);
      // English gives back the catalogue as it is: a text changed there is found here no longer.
      expect(offenceTitle(o.code, o.title, 'en')).toBe(o.title);
      expect(offenceNotes(o.code, o.notes, 'en')).toEqual(o.notes);
      for (const text of elements) expect(elementText(text, 'th'), `${o.code}: ${text}`).not.toBe(text);
      for (const lang of SERVER_LANGUAGES.filter((l) => l !== 'en')) {
        expect(offenceTitle(o.code, o.title, lang), `${o.code} ${lang}`).not.toBe(o.title);
        offenceNotes(o.code, o.notes, lang).forEach((note, i) => {
          expect(note, `${o.code} note ${i} ${lang}`).not.toBe(o.notes[i]);
        });
        const cited = citationText(o.citation.law, o.citation.section, lang);
        expect(untranslated(cited, null, lang), `${o.code} ${lang}`).toEqual([]);
      }
    }
    expect(citationText('Criminal Code', 's. 312', 'th')).toBe('ประมวลกฎหมายอาญา มาตรา 312');
    expect(citationText('Criminal Law of the PRC, as amended', 'arts. 9, 84', 'zh')).toBe(
      '《中华人民共和国刑法》（经修正）第9、84条',
    );
    expect(citationText('Criminal Code 2015, as amended in 2017', 'art. 150', 'vi')).toBe(
      'Điều 150 Bộ luật Hình sự năm 2015, sửa đổi, bổ sung năm 2017',
    );
    expect(citationText('Criminal Code', 's. 312', 'en')).toBe('Criminal Code, s. 312');
  });

  it('translate the procedure laws that set the days to appeal a verdict', () => {
    for (const { law } of Object.values(APPEAL_DAYS))
      for (const lang of SERVER_LANGUAGES.filter((l) => l !== 'en'))
        expect(lawName(law, lang), `${law} ${lang}`).not.toBe(law);
    expect(citationText('Criminal Procedure Code 2015', 'art. 333', 'vi')).toBe(
      'Điều 333 Bộ luật Tố tụng hình sự năm 2015',
    );
  });
});
