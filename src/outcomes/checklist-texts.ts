import type { ServerLanguage } from '../platform/i18n/languages.ts';
import { JUDGEMENT_WORDS, QUESTIONS, type QuestionCode } from './checklist.ts';
import { CHECKLIST_LO, CHECKLIST_MY } from './checklist-texts-lo-my.ts';
import { CHECKLIST_KM, CHECKLIST_TH } from './checklist-texts-th-km.ts';
import { CHECKLIST_VI, CHECKLIST_ZH } from './checklist-texts-vi-zh.ts';

// The donor checklist's printed words in the region's seven languages: its heading and labels, the judgements,
// the questions it asks (as the checklist screens ask them), and the sentences of Lantern's own figures for the
// place (checklist-figures.ts). `{name}` marks a place filled when printed (src/prosecution/pdf-language.ts's
// `fill`). What the writer typed (title, intervention, funding, answers) and province names stay as written.

export type Questions = Record<QuestionCode, { label: string; ask: string }>;

const en = {
  subject: 'Donor checklist',
  kicker: 'LANTERN — DONOR CHECKLIST',
  place: 'Place',
  intervention: 'Intervention',
  funding: 'Funding',
  duration: 'Duration',
  assessment: 'Assessment',
  printed: 'Printed',
  monthsOne: '{n} month',
  monthsMany: '{n} months',
  /** A province and its country, as the checklist names its place. */
  placeIn: '{province}, {country}',
  noAnswer: 'No answer yet.',
  figures: "Lantern's figures:",
  closing:
    'Counted from Lantern\'s records for {place} in the current year. No figure from 1 to {below} is printed: each reads "fewer than {k}", to protect the people behind it.',
  footer: 'Donor checklist — {title}',
  page: 'page {page} of {pages}',
  judgements: { ...JUDGEMENT_WORDS },
  judgementCounts: {
    met: '{n} met',
    partly: '{n} partly met',
    not_met: '{n} not met',
    not_known: '{n} not known',
  },
  countsJoin: ', ',
  questions: Object.fromEntries(QUESTIONS.map((q) => [q.code, { label: q.label, ask: q.ask }])) as Questions,
  countries: {
    TH: 'Thailand',
    KH: 'Cambodia',
    LA: 'Lao PDR',
    MM: 'Myanmar',
    VN: 'Viet Nam',
    CN: 'China',
  },
  // Lantern's figures for the place: {count} a number or "fewer than k", {place} the province or country.
  fewerThan: 'fewer than {k}',
  presumedVictims: '{count} presumed victims identified in {place} in {year}',
  tipsReceived: '{count} tips received in {place} in {year}',
  inspectionsVisited: '{count} labour inspections visited in {place} in {year}',
  operationsConcluded: '{count} operations concluded in {place} in {year}',
  interventionsMet: '{count} interventions meeting all three objectives in {place} in {year}',
  interventionsApproved: '{count} interventions approved by agencies using Lantern in {place} in {year}',
  casesOpened: '{count} protection cases opened in {place} in {year}',
  children: '{count} children among the presumed victims identified in {place} in {year}',
  arrests: '{count} arrests in {place} in {year}',
  chargesLaid: '{count} charges laid in {place} in {year}',
  servicesAccepted: '{count} protection cases that accepted a service in {place} in {year}',
  convictions: '{count} charges ending in a conviction in {place} in {year}',
  compensated: '{count} protection cases that received compensation in {place} in {year}',
  sitesInTop: '{n} of the {top} sites ranked highest by evidence are in {place}',
  communitiesInTop: '{n} of the {top} source communities ranked most vulnerable are in {place}',
  dashboard: 'The outcome indicators for {place} in {year}, on the dashboard',
};

export type ChecklistTexts = typeof en;

export const CHECKLIST_TEXTS: Record<ServerLanguage, ChecklistTexts> = {
  en,
  th: CHECKLIST_TH,
  km: CHECKLIST_KM,
  lo: CHECKLIST_LO,
  my: CHECKLIST_MY,
  vi: CHECKLIST_VI,
  zh: CHECKLIST_ZH,
};
