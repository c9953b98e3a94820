import {
  JUDGEMENT_WORDS,
  type Judgement,
  judgementSummary,
  QUESTIONS,
  type QuestionCode,
} from './checklist.ts';
import type { FigureLink } from './checklist-figures.ts';
import type { Checklist } from './checklist-store.ts';
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

const TAG: Record<Judgement, string> = {
  met: '#2f8a4c',
  partly: '#b7791f',
  not_met: '#a12a1b',
  not_known: '#5c6670',
};

export interface ChecklistPrint {
  checklist: Checklist;
  /** The place in words ("Samut Sakhon, Thailand"). */
  place: string;
  figures: Partial<Record<QuestionCode, FigureLink[]>>;
  /** The small-cell threshold the figures were protected with. */
  k: number;
  generatedAt: string;
}

export async function renderChecklist(input: ChecklistPrint): Promise<Buffer> {
  const { checklist: c, place, figures, k, generatedAt } = input;
  const doc = startDocument({ title: c.title, subject: 'Donor checklist', generatedAt });
  const { flow, pdf } = doc;
  titleBlock(flow, 'LANTERN — DONOR CHECKLIST', c.title);
  for (const [label, value] of [
    ['Place', place],
    ['Intervention', c.intervention],
    ['Funding', c.funding],
    ['Duration', `${c.durationMonths} month${c.durationMonths === 1 ? '' : 's'}`],
    ['Assessment', judgementSummary(c.answers)],
    ['Printed', printedAt(generatedAt)],
  ] as const)
    flow.labelled(label, value, BODY, 100);
  flow.space(12);
  QUESTIONS.forEach((q, i) => {
    const a = c.answers.find((x) => x.question === q.code);
    const judgement = a?.judgement ?? 'not_known';
    flow.ensure(90);
    const tag = JUDGEMENT_WORDS[judgement];
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
    flow.paragraph(`${i + 1}. ${q.label}`, H2, { width: CONTENT_WIDTH - tagWidth - 8, after: 1 });
    flow.paragraph(q.ask, MUTED, { after: 3 });
    flow.paragraph(a?.answer.trim() ? a.answer : 'No answer yet.', a?.answer.trim() ? BODY : MUTED, {
      after: 3,
    });
    const links = figures[q.code] ?? [];
    if (links.length) {
      flow.paragraph("Lantern's figures:", { ...SMALL, weight: 'bold' });
      for (const l of links) flow.paragraph(`• ${l.text}`, SMALL, { indent: 10 });
    }
    flow.space(10);
  });
  flow.paragraph(
    `Counted from Lantern's records for ${place} in the current year. No figure from 1 to ${k - 1} is printed: each reads "fewer than ${k}", to protect the people behind it.`,
    MUTED,
  );
  return doc.finish(`Donor checklist — ${c.title}`);
}
