import type { TFunction } from 'i18next';
import { fromLocalInput } from '../ui/datetime.ts';
import type { IntakeBody } from './types.ts';

type Person = NonNullable<IntakeBody['people']>[number];
type Place = IntakeBody['place'];

/** The intake form as typed: strings throughout, turned into the API's body by `intakeBody`. */
export interface PersonDraft {
  key: number;
  name: string;
  role: Person['role'];
  consentToShare: boolean;
  note: string;
}

export interface IntakeDraft {
  channel: IntakeBody['channel'];
  receivedAt: string;
  language: string;
  text: string;
  kind: IntakeBody['kind'];
  occurred: string;
  placeHint: string;
  lat: string;
  lon: string;
  /** Empty when the country is not known. */
  country: NonNullable<Place['country']> | '';
  peopleCount: string;
  children: IntakeBody['children'];
  danger: IntakeBody['danger'];
  hasReporter: boolean;
  reporterName: string;
  reporterContact: string;
  reporterConsent: boolean;
  people: PersonDraft[];
  phones: string;
  plates: string;
  tlp: NonNullable<IntakeBody['tlp']>;
}

export const EMPTY_INTAKE: IntakeDraft = {
  channel: 'hotline',
  receivedAt: '',
  language: 'th',
  text: '',
  kind: 'unknown',
  occurred: '',
  placeHint: '',
  lat: '',
  lon: '',
  country: '',
  peopleCount: '',
  children: 'unknown',
  danger: 'unknown',
  hasReporter: false,
  reporterName: '',
  reporterContact: '',
  reporterConsent: false,
  people: [],
  phones: '',
  plates: '',
  tlp: 'AMBER',
};

/** Numbers or plates typed one a line or separated by commas. */
export const splitList = (s: string): string[] =>
  s
    .split(/[\n,;]+/)
    .map((x) => x.trim())
    .filter(Boolean);

const numberOrNull = (s: string): number | null | 'bad' => {
  if (!s.trim()) return null;
  const n = Number(s.trim());
  return Number.isFinite(n) ? n : 'bad';
};

/** The API body of a draft, or the first thing to correct, said plainly. */
export function intakeBody(
  t: TFunction<'monitoring'>,
  d: IntakeDraft,
): { body: IntakeBody } | { error: string } {
  if (!d.text.trim()) return { error: t('intake.errors.noText') };
  if (!d.occurred.trim()) return { error: t('intake.errors.noWhen') };
  if (!d.placeHint.trim()) return { error: t('intake.errors.noWhere') };
  const lat = numberOrNull(d.lat);
  const lon = numberOrNull(d.lon);
  if (lat === 'bad' || lon === 'bad' || (lat === null) !== (lon === null))
    return { error: t('intake.errors.halfPoint') };
  if (lat !== null && lon !== null && (Math.abs(lat) > 90 || Math.abs(lon) > 180))
    return { error: t('intake.errors.pointRange') };
  const count = numberOrNull(d.peopleCount);
  if (count === 'bad' || (count !== null && (!Number.isInteger(count) || count < 0)))
    return { error: t('intake.errors.badCount') };
  const receivedAt = d.receivedAt.trim() ? fromLocalInput(d.receivedAt) : null;
  if (d.receivedAt.trim() && !receivedAt) return { error: t('intake.errors.badTime') };
  if (d.hasReporter && !d.reporterName.trim() && !d.reporterContact.trim())
    return { error: t('intake.errors.noReporter') };
  const unnamed = d.people.findIndex((p) => !p.name.trim());
  if (unnamed >= 0) return { error: t('intake.errors.unnamed', { n: unnamed + 1 }) };
  const place: Place = {
    hint: d.placeHint.trim(),
    ...(lat !== null && lon !== null ? { lat, lon } : {}),
    ...(d.country ? { country: d.country } : {}),
  };
  return {
    body: {
      channel: d.channel,
      ...(receivedAt ? { receivedAt } : {}),
      language: d.language,
      text: d.text.trim(),
      kind: d.kind,
      occurred: d.occurred.trim(),
      place,
      peopleCount: count,
      children: d.children,
      danger: d.danger,
      reporter: d.hasReporter
        ? {
            name: d.reporterName.trim(),
            contact: d.reporterContact.trim(),
            consentToShare: d.reporterConsent,
          }
        : null,
      people: d.people.map((p) => ({
        name: p.name.trim(),
        role: p.role,
        consentToShare: p.consentToShare,
        note: p.note.trim(),
      })),
      phones: splitList(d.phones),
      plates: splitList(d.plates),
      tlp: d.tlp,
    },
  };
}
