import type { TFunction } from 'i18next';
import {
  type Exploitation,
  type PlaceKind,
  type Sex,
  type Source,
  type StartBody,
  treatedAsChild,
} from './types.ts';

/** The new-screening form's state, and its translation into the API's body. */
export interface NewForm {
  pseudonym: string;
  source: Source;
  /** For an operation: the id of one listed as screenable, OUTSIDE for another, or '' when none is chosen. */
  operation: string;
  sourceRef: string;
  placeKind: PlaceKind;
  placeDescription: string;
  language: string;
  interpreterUsed: boolean;
  interpreterName: string;
  interpreterLanguage: string;
  consentInterview: boolean;
  toldRights: boolean;
  toldOptions: boolean;
  toldServicesVoluntary: boolean;
  age: string;
  ageDoubtful: boolean;
  guardian: string;
  /** As the person states it; '' when not asked. */
  sex: Sex | '';
  exploitation: Exploitation;
  setId: string;
}

/** The operation choice for one run without Lantern: its reference is typed in. */
export const OUTSIDE = 'outside';

export const DEFAULT_SET = 'ilo-ec-2009-labour';

export const EMPTY_FORM: NewForm = {
  pseudonym: '',
  source: 'operation',
  operation: '',
  sourceRef: '',
  placeKind: 'shelter',
  placeDescription: '',
  language: '',
  interpreterUsed: false,
  interpreterName: '',
  interpreterLanguage: '',
  consentInterview: false,
  toldRights: false,
  toldOptions: false,
  toldServicesVoluntary: false,
  age: '',
  ageDoubtful: false,
  guardian: '',
  sex: '',
  exploitation: 'labour',
  setId: DEFAULT_SET,
};

export type Setter = <K extends keyof NewForm>(key: K, value: NewForm[K]) => void;

export const ageOf = (f: NewForm): number | null => (f.age.trim() === '' ? null : Number(f.age));
export const isChild = (f: NewForm): boolean => treatedAsChild(ageOf(f), f.ageDoubtful);

/** Whether the form offers a choice among listed operations (the source is an operation and some are listed). */
export const picksOperation = (f: NewForm, listed: number): boolean => f.source === 'operation' && listed > 0;

/** The reference sent: the chosen operation's id, or the reference typed in. */
export function sourceRefOf(f: NewForm, listed: number): string {
  if (picksOperation(f, listed) && f.operation !== OUTSIDE) return f.operation;
  return f.sourceRef.trim();
}

/** What stops the form from being sent, in words; null when it may be sent. `listed`: operations offered. */
export function problem(f: NewForm, listed: number, t: TFunction<'screening'>): string | null {
  if (!f.pseudonym.trim()) return t('problems.pseudonym');
  if (picksOperation(f, listed) && !f.operation) return t('problems.operation');
  if (!f.placeDescription.trim()) return t('problems.place');
  if (!f.language) return t('problems.language');
  const age = ageOf(f);
  if (age !== null && (!Number.isInteger(age) || age < 0 || age > 120)) return t('problems.age');
  if (f.interpreterUsed && !f.interpreterName.trim()) return t('problems.interpreter');
  if (!f.consentInterview) return t('problems.consent');
  if (isChild(f) && !f.guardian.trim()) return t('problems.guardian');
  return null;
}

/** The body that starts the screening. */
export function toBody(f: NewForm, listed = 0): StartBody {
  const child = isChild(f);
  const sourceRef = sourceRefOf(f, listed);
  return {
    source: f.source,
    ...(sourceRef ? { sourceRef } : {}),
    pseudonym: f.pseudonym.trim(),
    place: { kind: f.placeKind, description: f.placeDescription.trim() },
    language: f.language,
    interpreter: f.interpreterUsed
      ? { used: true, name: f.interpreterName.trim(), language: f.interpreterLanguage || f.language }
      : { used: false },
    consent: {
      interview: f.consentInterview,
      toldRights: f.toldRights,
      toldOptions: f.toldOptions,
      toldServicesVoluntary: f.toldServicesVoluntary,
    },
    age: ageOf(f),
    ageDoubtful: f.ageDoubtful,
    guardian: child ? f.guardian.trim() : null,
    ...(f.sex ? { sex: f.sex } : {}),
    exploitation: f.exploitation,
    setId: f.setId,
  };
}
