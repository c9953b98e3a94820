import PDFDocument from 'pdfkit';
import { AppError } from '../platform/errors.ts';
import { drawLinkChart } from './court-file-chart.ts';
import { DocumentFonts } from './court-file-fonts.ts';
import { CONTENT_WIDTH, Flow, lineHeight, PAGE, type Style } from './court-file-layout.ts';
import { COURT_FILE_TEXTS, type CourtFileTexts, wordFor } from './court-file-texts.ts';
import type { CourtFileDocument } from './court-file-types.ts';
import { fill, PDF_LANG, printedDate, printedNumber } from './pdf-language.ts';

// The court file as a PDF: a title page, an index with page numbers, the charges with each element's evidence,
// its gaps and the charge's testimony burden, the evidence with a summary of its custody, the timeline and the
// link chart; "page N of M" in every footer. Its words are in the document's language (court-file-texts.ts), its
// dates and numbers written as that language writes them (pdf-language.ts). Text in any script of the region is
// set in its Noto font (see court-file-fonts.ts). The same document gives the same bytes: the PDF's dates come
// from generatedAt, its file id from them, and nothing random is written.

type Charge = CourtFileDocument['charges'][number];
type Evidence = CourtFileDocument['evidence'][number];

/** What the pages are written with: the words of the file's language and how it writes dates and numbers. */
interface Words {
  t: CourtFileTexts;
  date: (iso: string) => string;
  n: (count: number) => string;
}

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

/** The width of a label column that holds the widest of these labels (within bounds). */
function columnFor(flow: Flow, labels: string[], style: Style, least: number, most: number): number {
  const widest = Math.max(0, ...labels.map((label) => flow.widthOf(label, { ...style, color: '#555555' })));
  return Math.min(most, Math.max(least, Math.ceil(widest) + 8));
}

export async function renderCourtFile(doc: CourtFileDocument): Promise<Buffer> {
  const at = Date.parse(doc.generatedAt);
  if (Number.isNaN(at)) {
    throw new AppError(
      'validation_failed',
      'The court file cannot be rendered: generatedAt is not an ISO date.',
    );
  }
  const lang = doc.lang ?? 'en';
  const w: Words = {
    t: COURT_FILE_TEXTS[lang],
    date: (iso) => printedDate(iso, lang),
    n: (count) => printedNumber(count, lang),
  };
  const { t } = w;
  const pdf = new PDFDocument({
    size: 'A4',
    margin: PAGE.margin,
    bufferPages: true,
    pdfVersion: '1.7',
    displayTitle: true,
    lang: PDF_LANG[lang],
    info: {
      Title: `${doc.caseRef} — ${doc.title}`,
      Author: doc.agency,
      Subject: t.subject,
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

  titlePage(flow, doc, w);
  const indexLines = 2 + doc.charges.length + 5;
  const indexPages = Math.max(1, Math.ceil((indexLines * lineHeight(11) + 60) / (PAGE.bottom - PAGE.top)));
  for (let i = 0; i < indexPages; i++) flow.newPage();

  flow.newPage();
  heading(`1. ${t.suspects}`, 1);
  const tiers = doc.suspects.map((s) => t.tiers[s.tier]);
  const tierWidth = columnFor(flow, tiers, BODY, 80, 150);
  doc.suspects.forEach((s, i) => {
    const state = s.arrested ? t.arrested : t.notArrested;
    const line = fill(t.suspectLine, { label: s.label, role: s.role ?? t.roleNotRecorded, state });
    flow.labelled(tiers[i] as string, line, BODY, tierWidth);
  });

  flow.space(12);
  heading(`2. ${t.charges}`, 1);
  doc.charges.forEach((charge, i) => {
    heading(`2.${i + 1} ${fill(t.chargeHeading, { offence: charge.offence, suspect: charge.suspect })}`, 2);
    chargeBody(flow, charge, w);
  });

  flow.newPage();
  heading(`3. ${t.evidence}`, 1);
  const refWidth = columnFor(
    flow,
    doc.evidence.map((e) => e.ref),
    { ...BODY, weight: 'bold' },
    70,
    140,
  );
  for (const item of doc.evidence) evidenceItem(flow, item, w, refWidth);

  flow.space(12);
  heading(`4. ${t.timeline}`, 1);
  const when = doc.timeline.map((event) => w.date(event.at));
  const whenWidth = columnFor(flow, when, BODY, 118, 190);
  doc.timeline.forEach((event, i) => {
    flow.labelled(when[i] as string, event.what, BODY, whenWidth);
  });

  if (doc.linkChart) {
    flow.newPage();
    heading(`5. ${t.linkChart}`, 1);
    drawLinkChart(flow, doc.linkChart);
  }

  writeIndex(flow, entries, indexPages, w);
  writeFooters(flow, doc.caseRef, w);
  pdf.end();
  return done;
}

function titlePage(flow: Flow, doc: CourtFileDocument, { t, date, n }: Words): void {
  const { doc: pdf } = flow;
  pdf.save().rect(PAGE.margin, 150, CONTENT_WIDTH, 3).fill('#0d2b4e').restore();
  flow.y = 170;
  flow.paragraph(t.kicker, { size: 12, weight: 'bold', color: '#555555' }, { after: 8 });
  flow.paragraph(doc.title, { size: 24, weight: 'bold', color: '#0d2b4e' }, { after: 12 });
  flow.paragraph(fill(t.caseRef, { ref: doc.caseRef }), { size: 14 }, { after: 4 });
  flow.paragraph(doc.agency, { size: 14 }, { after: 24 });
  const arrested = doc.suspects.filter((s) => s.arrested).length;
  const facilitators = doc.suspects.filter((s) => s.tier === 'facilitator').length;
  const figures: [string, string][] = [
    [
      t.figureSuspects,
      fill(t.figureSuspectsValue, {
        n: n(doc.suspects.length),
        facilitators: n(facilitators),
        arrested: n(arrested),
      }),
    ],
    [t.figureCharges, n(doc.charges.length)],
    [t.figureEvidence, n(doc.evidence.length)],
    [t.figureGenerated, date(doc.generatedAt)],
  ];
  const style = { size: 11 };
  const labelWidth = columnFor(
    flow,
    figures.map(([label]) => label),
    style,
    110,
    200,
  );
  for (const [label, value] of figures) flow.labelled(label, value, style, labelWidth);
  flow.y = PAGE.bottom - 40;
  flow.paragraph(t.restricted, MUTED);
}

function chargeBody(flow: Flow, charge: Charge, w: Words): void {
  const { t } = w;
  const country = wordFor(t.countries, charge.country);
  const law = charge.kind
    ? fill(t.kindAndLaw, { kind: charge.kind, law: charge.law, country })
    : fill(t.law, { law: charge.law, country });
  flow.paragraph(law, SMALL, { after: 2 });
  if (charge.note) flow.paragraph(charge.note, SMALL, { after: 2 });
  burdenBar(flow, charge.burden, w);
  const codeStyle: Style = { ...BODY, weight: 'bold' };
  const codeWidth = columnFor(
    flow,
    charge.elements.map((e) => e.code),
    codeStyle,
    40,
    130,
  );
  const refWidth = columnFor(
    flow,
    charge.elements.flatMap((e) => e.evidence.map((x) => x.ref)),
    SMALL,
    70,
    140,
  );
  for (const element of charge.elements) {
    flow.ensure(3 * lineHeight(BODY.size));
    flow.labelled(element.code, element.text, codeStyle, codeWidth);
    for (const e of element.evidence) {
      const item = fill(e.testimonial ? t.testimonyItem : t.evidenceItem, {
        kind: e.kind,
        description: e.description,
      });
      flow.labelled(e.ref, item, SMALL, refWidth, codeWidth);
    }
    if (element.gap) {
      flow.paragraph(t.gap, GAP, { indent: codeWidth });
      for (const seek of element.seek)
        flow.paragraph(fill(t.seek, { what: seek }), SMALL, { indent: codeWidth + 12 });
    }
    flow.space(4);
  }
  flow.space(8);
}

/** The testimony-burden figure of a charge: its elements proven, proven only by the victim's word, and gaps. */
function burdenBar(flow: Flow, b: Charge['burden'], { t, n }: Words): void {
  const { doc: pdf } = flow;
  flow.paragraph(
    fill(t.burden, {
      percent: `${n(Math.round(b.ratio * 100))}%`,
      elements: n(b.elements),
      proven: n(b.proven),
      resting: n(b.restingOnVictim),
      gaps: n(b.gaps),
    }),
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

function evidenceItem(flow: Flow, item: Evidence, { t, date, n }: Words, indent: number): void {
  flow.ensure(3 * lineHeight(BODY.size));
  const described = fill(t.evidenceItem, { kind: item.kind, description: item.description });
  flow.labelled(item.ref, described, { ...BODY, weight: 'bold' }, indent);
  const chain = item.custody;
  const first = chain[0];
  const last = chain[chain.length - 1];
  if (!first || !last) {
    flow.paragraph(t.noCustody, GAP, { indent });
  } else {
    const holder = last.to ?? last.by;
    flow.paragraph(
      fill(t.custody, { n: n(chain.length), first: date(first.at), last: date(last.at), holder }),
      SMALL,
      { indent },
    );
    const when = chain.map((c) => date(c.at));
    const whenWidth = columnFor(flow, when, MUTED, 104, 170);
    chain.forEach((c, i) => {
      const step = c.to
        ? fill(t.custodyHandover, { action: c.action, by: c.by, to: c.to })
        : fill(t.custodyStep, { action: c.action, by: c.by });
      flow.labelled(when[i] as string, step, MUTED, whenWidth, indent);
    });
  }
  flow.space(6);
}

function writeIndex(flow: Flow, entries: Entry[], pages: number, { t, n }: Words): void {
  const { doc: pdf } = flow;
  const style = { size: 11 };
  let page = 1;
  pdf.switchToPage(page);
  let y = PAGE.top;
  flow.textAt(t.index, PAGE.margin, y + 18, H1);
  y += 44;
  for (const entry of entries) {
    if (y + lineHeight(style.size) > PAGE.bottom && page < pages) {
      page++;
      pdf.switchToPage(page);
      y = PAGE.top;
    }
    const indent = entry.level === 1 ? 0 : 16;
    const s: Style = entry.level === 1 ? { ...style, weight: 'bold' } : style;
    const number = n(entry.page);
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

function writeFooters(flow: Flow, caseRef: string, { t, n }: Words): void {
  const { doc: pdf } = flow;
  const { count } = pdf.bufferedPageRange();
  for (let i = 0; i < count; i++) {
    pdf.switchToPage(i);
    const baseline = PAGE.height - 30;
    flow.textAt(caseRef, PAGE.margin, baseline, MUTED);
    const page = fill(t.page, { page: n(i + 1), pages: n(count) });
    flow.textAt(page, PAGE.margin + CONTENT_WIDTH, baseline, MUTED, 'right');
  }
}
