import PDFDocument from 'pdfkit';
import { AppError } from '../platform/errors.ts';
import type { ServerLanguage } from '../platform/i18n/languages.ts';
import { DocumentFonts } from '../prosecution/court-file-fonts.ts';
import { CONTENT_WIDTH, Flow, PAGE, type Style } from '../prosecution/court-file-layout.ts';
import { fill, PDF_LANG, printedDate, printedNumber } from '../prosecution/pdf-language.ts';

// A printed document of the outcomes module (the dashboard's report, a donor checklist): A4, every script of the
// region in its Noto font, text laid out as the court file lays it (src/prosecution/court-file-layout.ts), a
// footer on every page, in the language of the request (its words in report-texts.ts and checklist-texts.ts, its
// dates and numbers as src/prosecution/pdf-language.ts writes them). The same content at the same time in the same
// language gives the same bytes (dates from `generatedAt`).

export const H1: Style = { size: 16, weight: 'bold', color: '#0d2b4e' };
export const H2: Style = { size: 12, weight: 'bold', color: '#0d2b4e' };
export const BODY: Style = { size: 10 };
export const SMALL: Style = { size: 8.5, color: '#333333' };
export const MUTED: Style = { size: 8.5, color: '#666666' };

export { CONTENT_WIDTH, PAGE };

/** A moment as printed: "2026-12-04 13:00 UTC" in English, "4 ธันวาคม 2569 เวลา 13:00 UTC" in Thai. */
export const printedAt = (iso: string, lang: ServerLanguage = 'en') =>
  printedDate(new Date(iso).toISOString(), lang);

export interface Printed {
  flow: Flow;
  pdf: PDFKit.PDFDocument;
  /** Writes the footers ("page N of M" from `page`, with {page} and {pages}) and ends the document: its bytes. */
  finish(footer: string, page: string): Promise<Buffer>;
}

export function startDocument(info: {
  title: string;
  subject: string;
  generatedAt: string;
  lang?: ServerLanguage;
}): Printed {
  const lang = info.lang ?? 'en';
  const at = Date.parse(info.generatedAt);
  if (Number.isNaN(at))
    throw new AppError('validation_failed', 'The report cannot be printed: generatedAt is not an ISO date.');
  const pdf = new PDFDocument({
    size: 'A4',
    margin: PAGE.margin,
    bufferPages: true,
    pdfVersion: '1.7',
    displayTitle: true,
    lang: PDF_LANG[lang],
    info: {
      Title: info.title,
      Subject: info.subject,
      Creator: 'Lantern',
      Producer: 'Lantern (pdfkit)',
      CreationDate: new Date(at),
      ModDate: new Date(at),
    },
  });
  const fonts = new DocumentFonts(pdf);
  const chunks: Buffer[] = [];
  pdf.on('data', (chunk: Buffer) => chunks.push(chunk));
  const done = new Promise<Buffer>((resolve, reject) => {
    pdf.on('end', () => resolve(Buffer.concat(chunks)));
    pdf.on('error', reject);
  });
  const flow = new Flow(pdf, fonts);
  return {
    flow,
    pdf,
    finish(footer: string, page: string) {
      const { count } = pdf.bufferedPageRange();
      const n = (x: number) => printedNumber(x, lang);
      for (let i = 0; i < count; i++) {
        pdf.switchToPage(i);
        const baseline = PAGE.height - 30;
        flow.textAt(footer, PAGE.margin, baseline, MUTED);
        const pageOf = fill(page, { page: n(i + 1), pages: n(count) });
        flow.textAt(pageOf, PAGE.margin + CONTENT_WIDTH, baseline, MUTED, 'right');
      }
      pdf.end();
      return done;
    },
  };
}

/** A band across the top of the first page, a kicker and the title. */
export function titleBlock(flow: Flow, kicker: string, title: string): void {
  flow.doc.save().rect(PAGE.margin, PAGE.top, CONTENT_WIDTH, 3).fill('#0d2b4e').restore();
  flow.y = PAGE.top + 14;
  flow.paragraph(kicker, { size: 10, weight: 'bold', color: '#555555' }, { after: 4 });
  flow.paragraph(title, { size: 20, weight: 'bold', color: '#0d2b4e' }, { after: 8 });
}
