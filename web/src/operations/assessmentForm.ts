import type { TFunction } from 'i18next';
import type { Assessment } from './types.ts';

/** The assessment as the form holds it: numbers as typed, choices empty until made. */
export interface AssessmentForm {
  dangerToLife: string;
  childrenPresent: string;
  peopleAtRisk: string;
  exploitation: string[];
  sourceGrade: string;
  infoGrade: string;
  corroboratingReports: string;
  nonTestimonialEvidence: string[];
  victims: string;
  officers: string;
  bystanders: string;
  lawfulWorkers: string;
  corruptionLeakRisk: string;
  servicesReady: boolean;
}

export const EMPTY_ASSESSMENT: AssessmentForm = {
  dangerToLife: '',
  childrenPresent: '',
  peopleAtRisk: '',
  exploitation: [],
  sourceGrade: '',
  infoGrade: '',
  corroboratingReports: '0',
  nonTestimonialEvidence: [],
  victims: '',
  officers: '',
  bystanders: '',
  lawfulWorkers: '0',
  corruptionLeakRisk: '',
  servicesReady: false,
};

export type AssessmentSetter = <K extends keyof AssessmentForm>(key: K, value: AssessmentForm[K]) => void;

const count = (s: string): number | null => (/^\d{1,6}$/.test(s.trim()) ? Number(s.trim()) : null);

/** A part of the assessment that is still missing or wrong (put into words by `missingWords`). */
export type Missing =
  | 'dangerToLife'
  | 'childrenPresent'
  | 'peopleAtRisk'
  | 'exploitation'
  | 'grades'
  | 'corroboratingReports'
  | 'risks'
  | 'lawfulWorkers'
  | 'corruptionLeakRisk';

/** What is still missing or wrong; empty when the assessment is complete. */
export function missing(f: AssessmentForm): Missing[] {
  const out: Missing[] = [];
  if (!f.dangerToLife) out.push('dangerToLife');
  if (!f.childrenPresent) out.push('childrenPresent');
  if (count(f.peopleAtRisk) === null) out.push('peopleAtRisk');
  if (f.exploitation.length === 0) out.push('exploitation');
  if (!f.sourceGrade || !f.infoGrade) out.push('grades');
  if (count(f.corroboratingReports) === null) out.push('corroboratingReports');
  if (!f.victims || !f.officers || !f.bystanders) out.push('risks');
  if (count(f.lawfulWorkers) === null) out.push('lawfulWorkers');
  if (!f.corruptionLeakRisk) out.push('corruptionLeakRisk');
  return out;
}

/** What is still missing, in words. */
export const missingWords = (t: TFunction<'operations'>, f: AssessmentForm): string[] =>
  missing(f).map((m) => t(`assessment.missing.${m}`));

/** The API's Assessment, or null while the form is incomplete. */
export function toAssessment(f: AssessmentForm): Assessment | null {
  if (missing(f).length > 0) return null;
  return {
    dangerToLife: f.dangerToLife as Assessment['dangerToLife'],
    childrenPresent: f.childrenPresent as Assessment['childrenPresent'],
    peopleAtRisk: Number(f.peopleAtRisk.trim()),
    exploitation: f.exploitation as Assessment['exploitation'],
    intelligence: {
      strongestSourceGrade: f.sourceGrade as Assessment['intelligence']['strongestSourceGrade'],
      strongestInfoGrade: f.infoGrade as Assessment['intelligence']['strongestInfoGrade'],
      corroboratingReports: Number(f.corroboratingReports.trim()),
    },
    nonTestimonialEvidence: f.nonTestimonialEvidence as Assessment['nonTestimonialEvidence'],
    risks: {
      victims: f.victims as Assessment['corruptionLeakRisk'],
      officers: f.officers as Assessment['corruptionLeakRisk'],
      bystanders: f.bystanders as Assessment['corruptionLeakRisk'],
      lawfulWorkers: Number(f.lawfulWorkers.trim()),
    },
    corruptionLeakRisk: f.corruptionLeakRisk as Assessment['corruptionLeakRisk'],
    servicesReady: f.servicesReady,
  };
}
