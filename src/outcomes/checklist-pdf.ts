import type { ServerLanguage } from '../platform/i18n/languages.ts';
import { fill, printedNumber } from '../prosecution/pdf-language.ts';
import { JUDGEMENTS, type Judgement, judgementCounts, QUESTIONS, type QuestionCode } from './checklist.ts';
import type { FigureLink } from './checklist-figures.ts';
import type { Checklist } from './checklist-store.ts';
import { CHECKLIST_TEXTS } from './checklist-texts.ts';
import {
  BODY,
  CONTENT_WIDTH,
  H2,
  MUTED,
  PAGE,
  printedAt,
  SMALL,
  startDocument,
  titleBlock,
} from './report-pdf-document.ts';

// A donor checklist printed: the proposal (place, intervention, funding, duration), a summary of the judgements,
// then each question with its answer, its judgement in a coloured tag, and Lantern's own figures for the place.
// Its words are in the language asked for (checklist-texts.ts); what the writer typed stays as typed.

const TAG: Record<Judgement, string> = {
  met: '#2f8a4c',
  partly: '#b7791f',
  not_met: '#a12a1b',
  not_known: '#5c6670',
};

export interface ChecklistPrint {
  checklist: Checklist;
  /** The place in words, in the print's language ("Samut Sakhon, Thailand"): placeIn (checklist-figures.ts). */
  place: string;
  /** Lantern's figures for the place, worded in the print's language (checklistFigures with its `lang`). */
  figures: Partial<Record<QuestionCode, FigureLink[]>>;
  /** The small-cell threshold the figures were protected with. */
  k: number;
  generatedAt: string;
  /** The print's language; English when not given. */
  lang?: ServerLanguage;
}

export async function renderChecklist(input: ChecklistPrint): Promise<Buffer> {
  const { checklist: c, place, figures, k, generatedAt } = input;
  const lang = input.lang ?? 'en';
  const t = CHECKLIST_TEXTS[lang];
  const n = (count: number) => printedNumber(count, lang);
  const doc = startDocument({ title: c.title, subject: t.subject, generatedAt, lang });
  const { flow, pdf } = doc;
  titleBlock(flow, t.kicker, c.title);
  const counts = judgementCounts(c.answers);
  const assessment = JUDGEMENTS.map((j) => fill(t.judgementCounts[j], { n: n(counts[j]) })).join(
    t.countsJoin,
  );
  const months = fill(c.durationMonths === 1 ? t.monthsOne : t.monthsMany, { n: n(c.durationMonths) });
  const facts: [string, string][] = [
    [t.place, place],
    [t.intervention, c.intervention],
    [t.funding, c.funding],
    [t.duration, months],
    [t.assessment, assessment],
    [t.printed, printedAt(generatedAt, lang)],
  ];
  const labelWidth = Math.min(
    160,
    Math.max(100, ...facts.map(([label]) => Math.ceil(flow.widthOf(label, BODY)) + 10)),
  );
  for (const [label, value] of facts) flow.labelled(label, value, BODY, labelWidth);
  flow.space(12);
  QUESTIONS.forEach((q, i) => {
    const a = c.answers.find((x) => x.question === q.code);
    const judgement = a?.judgement ?? 'not_known';
    const question = t.questions[q.code];
    flow.ensure(90);
    const tag = t.judgements[judgement];
    const tagWidth = flow.widthOf(tag, { size: 9, weight: 'bold' }) + 12;
    const right = PAGE.margin + CONTENT_WIDTH;
    pdf
      .save()
      .roundedRect(right - tagWidth, flow.y, tagWidth, 15, 3)
      .fill(TAG[judgement])
      .restore();
    flow.textAt(
      tag,
      right - tagWidth / 2,
      flow.y + 11,
      { size: 9, weight: 'bold', color: '#ffffff' },
      'center',
    );
    flow.paragraph(`${n(i + 1)}. ${question.label}`, H2, { width: CONTENT_WIDTH - tagWidth - 8, after: 1 });
    flow.paragraph(question.ask, MUTED, { after: 3 });
    flow.paragraph(a?.answer.trim() ? a.answer : t.noAnswer, a?.answer.trim() ? BODY : MUTED, {
      after: 3,
    });
    const links = figures[q.code] ?? [];
    if (links.length) {
      flow.paragraph(t.figures, { ...SMALL, weight: 'bold' });
      for (const l of links) flow.paragraph(`• ${l.text}`, SMALL, { indent: 10 });
    }
    flow.space(10);
  });
  flow.paragraph(fill(t.closing, { place, below: n(k - 1), k: n(k) }), MUTED);
  return doc.finish(fill(t.footer, { title: c.title }), t.page);
}
