import type { TFunction } from 'i18next';
import { fromLocalInput, toLocalInput } from '../ui/datetime.ts';
import { parseLanguages } from './labels.ts';
import type { PlanStep, Problem } from './planSteps.ts';
import type { CheckItem, Plan, ScreeningSite } from './types.ts';

let nextKey = 1;
/** A key for a row of a list being edited, stable while rows are added and removed. */
export const rowKey = () => nextKey++;

export interface SuspectRow {
  key: number;
  label: string;
  entityId: string | null;
}

export interface EvidenceRow {
  key: number;
  category: string;
  note: string;
}

export interface CheckRow extends CheckItem {
  key: number;
}

/** The plan as the form holds it: times and numbers as typed. */
export interface PlanForm {
  place: string;
  startsAt: string;
  readyBy: string;
  siteName: string;
  siteKind: string;
  siteAddress: string;
  transport: string;
  count: string;
  children: string;
  languages: string;
  medicalNeeds: string;
  arrestTargets: SuspectRow[];
  expectedEvidence: EvidenceRow[];
  briefing: CheckRow[];
  goNoGo: CheckRow[];
  receivingAgencies: string[];
}

export type PlanSetter = <K extends keyof PlanForm>(key: K, value: PlanForm[K]) => void;

const checks = (items: CheckItem[]): CheckRow[] => items.map((i) => ({ ...i, key: rowKey() }));

export function planForm(p: Plan): PlanForm {
  return {
    place: p.place,
    startsAt: toLocalInput(p.startsAt),
    readyBy: p.readyBy ?? '',
    siteName: p.screeningSite?.name ?? '',
    siteKind: p.screeningSite?.kind ?? '',
    siteAddress: p.screeningSite?.address ?? '',
    transport: p.transport,
    count: String(p.expectedPeople.count),
    children: String(p.expectedPeople.children),
    languages: p.expectedPeople.languages.join(', '),
    medicalNeeds: p.expectedPeople.medicalNeeds,
    arrestTargets: p.arrestTargets.map((t) => ({ ...t, key: rowKey() })),
    expectedEvidence: p.expectedEvidence.map((e) => ({ ...e, key: rowKey() })),
    briefing: checks(p.briefing),
    goNoGo: checks(p.goNoGo),
    receivingAgencies: p.receivingAgencies,
  };
}

const whole = (s: string): number | null => (/^\d{1,5}$/.test(s.trim()) ? Number(s.trim()) : null);

/** The Plan to save, or the problems that stop it, in words, each with the step where it is put right. */
export function toPlan(
  f: PlanForm,
  target: Plan['target'],
  t: TFunction<'plans'>,
): { plan: Plan } | { problems: Problem[] } {
  const problems: Problem[] = [];
  const problem = (step: PlanStep, text: string) => problems.push({ step, text });
  if (!f.place.trim()) problem('when', t('form.problems.place'));
  const startsAt = fromLocalInput(f.startsAt);
  if (f.startsAt.trim() && !startsAt) problem('when', t('form.problems.startsAt'));
  const count = whole(f.count);
  const children = whole(f.children);
  if (count === null) problem('people', t('form.problems.count'));
  if (children === null) problem('people', t('form.problems.children'));
  const languages = parseLanguages(f.languages);
  const badLanguage = languages.find((l) => !/^[a-z]{2,3}$/.test(l));
  if (badLanguage) problem('people', t('form.problems.language', { code: badLanguage }));
  const anySite = [f.siteName, f.siteKind, f.siteAddress].some((s) => s.trim());
  if (anySite && (!f.siteName.trim() || !f.siteKind || !f.siteAddress.trim()))
    problem('site', t('form.problems.site'));
  if (f.arrestTargets.some((s) => !s.label.trim())) problem('suspects', t('form.problems.suspect'));
  if (f.expectedEvidence.some((e) => !e.category)) problem('evidence', t('form.problems.evidence'));
  if (problems.length) return { problems };
  const list = (rows: CheckRow[]) =>
    rows.filter((r) => r.item.trim()).map((r) => ({ item: r.item.trim(), done: r.done }));
  return {
    plan: {
      target,
      place: f.place.trim(),
      startsAt,
      readyBy: f.readyBy || null,
      screeningSite: anySite
        ? {
            name: f.siteName.trim(),
            kind: f.siteKind as ScreeningSite['kind'],
            address: f.siteAddress.trim(),
          }
        : null,
      transport: f.transport.trim(),
      expectedPeople: {
        count: count ?? 0,
        children: children ?? 0,
        languages,
        medicalNeeds: f.medicalNeeds.trim(),
      },
      arrestTargets: f.arrestTargets.map((s) => ({ label: s.label.trim(), entityId: s.entityId })),
      expectedEvidence: f.expectedEvidence.map((e) => ({
        category: e.category as Plan['expectedEvidence'][number]['category'],
        note: e.note.trim(),
      })),
      briefing: list(f.briefing),
      goNoGo: list(f.goNoGo),
      receivingAgencies: f.receivingAgencies,
    },
  };
}
