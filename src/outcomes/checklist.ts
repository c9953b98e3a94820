// The donor checklist (issue 17, point 7; the SIREN targeting report's checklist for donors): a proposal assessed
// question by question, each with an answer in words, a judgement, and links to Lantern's own figures for the
// place the proposal names (checklist-figures.ts). Pure: the questions, the judgements and their words.

export const QUESTIONS = [
  {
    code: 'evidence_base',
    label: 'Evidence base',
    ask: 'Is the proposal built on evidence of trafficking in this place: who is exploited, where, how?',
  },
  {
    code: 'prior_evaluation',
    label: 'Prior evaluation',
    ask: 'Has this kind of intervention been evaluated before, here or elsewhere, and what did it find?',
  },
  {
    code: 'duplication',
    label: 'Duplication',
    ask: 'Do other actors already do the same work in the same place? How does this add to theirs?',
  },
  {
    code: 'egregious_focus',
    label: 'Most egregious exploitation',
    ask: 'Does it go first to the worst exploitation: the sites and communities where harm is greatest, children?',
  },
  {
    code: 'time_funding',
    label: 'Time and funding',
    ask: 'Are the time and the money enough for what it promises, and is there a plan for after the funding ends?',
  },
  {
    code: 'monitoring',
    label: 'Monitoring framework',
    ask: 'How will progress be measured: which indicators, from which data, how often, by whom?',
  },
  {
    code: 'links',
    label: 'Links to other activities',
    ask: 'How does it connect to policing, prosecution, victim services and prevention already under way?',
  },
  {
    code: 'cultural_fit',
    label: 'Cultural and linguistic fit',
    ask: 'Does it work in the languages and ways of the people it serves, with staff they can trust?',
  },
  {
    code: 'urgency',
    label: 'Urgency',
    ask: 'Why now: is there a current, recent need in this place that waiting would make worse?',
  },
  {
    code: 'technical_support',
    label: 'Technical support',
    ask: 'Does it need technical support (training, systems, experts), and is that support planned and paid for?',
  },
  {
    code: 'impact',
    label: 'Measurable and sustainable impact',
    ask: 'What change will it make that can be counted, and will that change last once the project ends?',
  },
] as const;

export type QuestionCode = (typeof QUESTIONS)[number]['code'];
export const QUESTION_CODES = QUESTIONS.map((q) => q.code) as [QuestionCode, ...QuestionCode[]];

export const JUDGEMENTS = ['met', 'partly', 'not_met', 'not_known'] as const;
export type Judgement = (typeof JUDGEMENTS)[number];
export const JUDGEMENT_WORDS: Record<Judgement, string> = {
  met: 'Met',
  partly: 'Partly met',
  not_met: 'Not met',
  not_known: 'Not known',
};

export interface Answer {
  question: QuestionCode;
  answer: string;
  judgement: Judgement;
}

/** Every question answered once, in the checklist's order; a question not given is "not known" with no answer. */
export function completeAnswers(given: readonly Answer[]): Answer[] {
  const by = new Map(given.map((a) => [a.question, a]));
  return QUESTIONS.map(
    (q) => by.get(q.code) ?? { question: q.code, answer: '', judgement: 'not_known' as Judgement },
  );
}

/** How many questions have each judgement. */
export function judgementCounts(answers: readonly Answer[]): Record<Judgement, number> {
  const out: Record<Judgement, number> = { met: 0, partly: 0, not_met: 0, not_known: 0 };
  for (const a of answers) out[a.judgement] += 1;
  return out;
}

/** One sentence for a list or a report: "5 met, 3 partly met, 1 not met, 2 not known". */
export function judgementSummary(answers: readonly Answer[]): string {
  const c = judgementCounts(answers);
  return JUDGEMENTS.map((j) => `${c[j]} ${JUDGEMENT_WORDS[j].toLowerCase()}`).join(', ');
}
