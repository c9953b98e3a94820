import PDFDocument from 'pdfkit';
import { AppError } from '../platform/errors.ts';
import { drawLinkChart } from './court-file-chart.ts';
import { DocumentFonts } from './court-file-fonts.ts';
import { CONTENT_WIDTH, Flow, lineHeight, PAGE, type Style } from './court-file-layout.ts';
import type { CourtFileDocument } from './court-file-types.ts';

// The court file as a PDF: a title page, an index with page numbers, the charges with each element's evidence,
// its gaps and the charge's testimony burden, the evidence with a summary of its custody, the timeline and the
// link chart; "page N of M" in every footer. Text in any script of the region is set in its Noto font (see
// court-file-fonts.ts). The same document gives the same bytes: the PDF's dates come from generatedAt, its file
// id from them, and nothing random is written.

type Charge = CourtFileDocument['charges'][number];
type Evidence = CourtFileDocument['evidence'][number];

const H1: Style = { size: 16, weight: 'bold', color: '#0d2b4e' };
const H2: Style = { size: 12, weight: 'bold', color: '#0d2b4e' };
const BODY: Style = { size: 10 };
const SMALL: Style = { size: 8.5, color: '#333333' };
const MUTED: Style = { size: 8.5, color: '#666666' };
const GAP: Style = { size: 10, weight: 'bold', color: '#a12a1b' };

interface Entry {
  level: 1 | 2;
  text: string;
  page: number;
  anchor: string;
}

/** A date as the file prints it: ISO day and minute in UTC ("2026-12-04 13:00 UTC"), a bare day as it is. */
export function printedDate(iso: string): string {
  if (/^\d{4}-\d{2}-\d{2}$/.test(iso)) return iso;
  const t = Date.parse(iso);
  if (Number.isNaN(t)) return iso;
  return `${new Date(t).toISOString().slice(0, 16).replace('T', ' ')} UTC`;
}

const percent = (ratio: number) => `${Math.round(ratio * 100)}%`;

export async function renderCourtFile(doc: CourtFileDocument): Promise<Buffer> {
  const at = Date.parse(doc.generatedAt);
  if (Number.isNaN(at)) {
    throw new AppError(
      'validation_failed',
      'The court file cannot be rendered: generatedAt is not an ISO date.',
    );
  }
  const pdf = new PDFDocument({
    size: 'A4',
    margin: PAGE.margin,
    bufferPages: true,
    pdfVersion: '1.7',
    displayTitle: true,
    lang: 'en',
    info: {
      Title: `${doc.caseRef} — ${doc.title}`,
      Author: doc.agency,
      Subject: 'Court file',
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
  const entries: Entry[] = [];
  let chapter: PDFKit.PDFOutline | null = null;
  const heading = (text: string, level: 1 | 2) => {
    const style = level === 1 ? H1 : H2;
    flow.ensure(lineHeight(style.size) + 3 * lineHeight(BODY.size));
    const anchor = `s${entries.length + 1}`;
    pdf.addNamedDestination(anchor, 'FitH', PAGE.height - flow.y + 4);
    entries.push({ level, text, page: flow.page, anchor });
    if (level === 1) chapter = pdf.outline.addItem(text);
    else (chapter ?? pdf.outline).addItem(text);
    flow.paragraph(text, style, { after: level === 1 ? 6 : 2 });
  };

  titlePage(flow, doc);
  const indexLines = 2 + doc.charges.length + 5;
  const indexPages = Math.max(1, Math.ceil((indexLines * lineHeight(11) + 60) / (PAGE.bottom - PAGE.top)));
  for (let i = 0; i < indexPages; i++) flow.newPage();

  flow.newPage();
  heading('1. Suspects', 1);
  for (const s of doc.suspects) {
    const state = s.arrested ? 'arrested' : 'not arrested';
    flow.labelled(s.tier, `${s.label} — ${s.role} (${state})`, BODY, 80);
  }

  flow.space(12);
  heading('2. Charges', 1);
  doc.charges.forEach((charge, i) => {
    heading(`2.${i + 1} ${charge.offence} — ${charge.suspect}`, 2);
    chargeBody(flow, charge);
  });

  flow.newPage();
  heading('3. Evidence', 1);
  for (const item of doc.evidence) evidenceItem(flow, item);

  flow.space(12);
  heading('4. Timeline', 1);
  for (const event of doc.timeline) flow.labelled(printedDate(event.at), event.what, BODY, 118);

  if (doc.linkChart) {
    flow.newPage();
    heading('5. Link chart', 1);
    drawLinkChart(flow, doc.linkChart);
  }

  writeIndex(flow, entries, indexPages);
  writeFooters(flow, doc.caseRef);
  pdf.end();
  return done;
}

function titlePage(flow: Flow, doc: CourtFileDocument): void {
  const { doc: pdf } = flow;
  pdf.save().rect(PAGE.margin, 150, CONTENT_WIDTH, 3).fill('#0d2b4e').restore();
  flow.y = 170;
  flow.paragraph('COURT FILE', { size: 12, weight: 'bold', color: '#555555' }, { after: 8 });
  flow.paragraph(doc.title, { size: 24, weight: 'bold', color: '#0d2b4e' }, { after: 12 });
  flow.paragraph(`Case ${doc.caseRef}`, { size: 14 }, { after: 4 });
  flow.paragraph(doc.agency, { size: 14 }, { after: 24 });
  const arrested = doc.suspects.filter((s) => s.arrested).length;
  const facilitators = doc.suspects.filter((s) => s.tier === 'facilitator').length;
  const figures: [string, string][] = [
    ['Suspects', `${doc.suspects.length} (${facilitators} facilitators, ${arrested} arrested)`],
    ['Charges', String(doc.charges.length)],
    ['Evidence items', String(doc.evidence.length)],
    ['Generated', printedDate(doc.generatedAt)],
  ];
  for (const [label, value] of figures) flow.labelled(label, value, { size: 11 }, 110);
  flow.y = PAGE.bottom - 40;
  flow.paragraph('Restricted: for the prosecution and the court. Contains no testimony of victims.', MUTED);
}

function chargeBody(flow: Flow, charge: Charge): void {
  flow.paragraph(`${charge.law} (${charge.country})`, SMALL, { after: 2 });
  if (charge.note) flow.paragraph(charge.note, SMALL, { after: 2 });
  burdenBar(flow, charge.burden);
  for (const element of charge.elements) {
    flow.ensure(3 * lineHeight(BODY.size));
    flow.labelled(element.code, element.text, { ...BODY, weight: 'bold' }, 40);
    for (const e of element.evidence) {
      const testimonial = e.testimonial ? ' — testimony' : '';
      flow.labelled(e.ref, `${e.kind}: ${e.description}${testimonial}`, SMALL, 70, 40);
    }
    if (element.gap) {
      flow.paragraph('Gap: no evidence yet for this element.', GAP, { indent: 40 });
      for (const seek of element.seek) flow.paragraph(`Seek: ${seek}`, SMALL, { indent: 52 });
    }
    flow.space(4);
  }
  flow.space(8);
}

/** The testimony-burden figure of a charge: its elements proven, proven only by the victim's word, and gaps. */
function burdenBar(flow: Flow, b: Charge['burden']): void {
  const { doc: pdf } = flow;
  flow.paragraph(
    `Testimony burden ${percent(b.ratio)}: ${b.elements} elements, ${b.proven} proven, ` +
      `${b.restingOnVictim} resting on the victim's testimony, ${b.gaps} gaps`,
    { size: 10, weight: 'bold' },
  );
  flow.ensure(14);
  const total = Math.max(b.elements, 1);
  const parts: [number, string][] = [
    [b.proven - b.restingOnVictim, '#2f8a4c'],
    [b.restingOnVictim, '#d99a1e'],
    [b.gaps, '#a12a1b'],
  ];
  let x = PAGE.margin;
  const width = CONTENT_WIDTH / 2;
  pdf.save().rect(x, flow.y, width, 8).fill('#e6e6e6');
  for (const [count, colour] of parts) {
    const w = (Math.max(count, 0) / total) * width;
    if (w > 0) pdf.rect(x, flow.y, w, 8).fill(colour);
    x += w;
  }
  pdf.restore();
  flow.y += 16;
}

function evidenceItem(flow: Flow, item: Evidence): void {
  flow.ensure(3 * lineHeight(BODY.size));
  flow.labelled(item.ref, `${item.kind}: ${item.description}`, { ...BODY, weight: 'bold' }, 70);
  const chain = item.custody;
  const first = chain[0];
  const last = chain[chain.length - 1];
  if (!first || !last) {
    flow.paragraph('No custody recorded.', GAP, { indent: 70 });
  } else {
    const holder = last.to ?? last.by;
    flow.paragraph(
      `Custody: ${chain.length} entries from ${printedDate(first.at)} to ${printedDate(last.at)}; held by ${holder}.`,
      SMALL,
      { indent: 70 },
    );
    for (const c of chain) {
      const to = c.to ? ` → ${c.to}` : '';
      flow.labelled(printedDate(c.at), `${c.action}: ${c.by}${to}`, MUTED, 104, 70);
    }
  }
  flow.space(6);
}

function writeIndex(flow: Flow, entries: Entry[], pages: number): void {
  const { doc: pdf } = flow;
  const style = { size: 11 };
  let page = 1;
  pdf.switchToPage(page);
  let y = PAGE.top;
  flow.textAt('Index', PAGE.margin, y + 18, H1);
  y += 44;
  for (const entry of entries) {
    if (y + lineHeight(style.size) > PAGE.bottom && page < pages) {
      page++;
      pdf.switchToPage(page);
      y = PAGE.top;
    }
    const indent = entry.level === 1 ? 0 : 16;
    const s: Style = entry.level === 1 ? { ...style, weight: 'bold' } : style;
    const number = String(entry.page);
    const right = PAGE.margin + CONTENT_WIDTH;
    const numberWidth = flow.textAt(number, right, y + 12, s, 'right');
    const room = CONTENT_WIDTH - indent - numberWidth - 24;
    const line = flow.lines(entry.text, s, room)[0] ?? [];
    const width = flow.drawLine(line, PAGE.margin + indent, y + 12, s);
    pdf
      .save()
      .dash(1, { space: 2 })
      .strokeColor('#999999')
      .moveTo(PAGE.margin + indent + width + 6, y + 12)
      .lineTo(right - numberWidth - 6, y + 12)
      .stroke()
      .undash()
      .restore();
    pdf.goTo(PAGE.margin, y, CONTENT_WIDTH, lineHeight(style.size), entry.anchor);
    y += lineHeight(style.size);
  }
}

function writeFooters(flow: Flow, caseRef: string): void {
  const { doc: pdf } = flow;
  const { count } = pdf.bufferedPageRange();
  for (let i = 0; i < count; i++) {
    pdf.switchToPage(i);
    const baseline = PAGE.height - 30;
    flow.textAt(caseRef, PAGE.margin, baseline, MUTED);
    flow.textAt(`page ${i + 1} of ${count}`, PAGE.margin + CONTENT_WIDTH, baseline, MUTED, 'right');
  }
}
