import { fromLocalInput } from '../ui/datetime.ts';

/** The intake form as typed: strings throughout, turned into the API's body by `intakeBody`. */
export interface PersonDraft {
  key: number;
  name: string;
  role: string;
  consentToShare: boolean;
  note: string;
}

export interface IntakeDraft {
  channel: string;
  receivedAt: string;
  language: string;
  text: string;
  kind: string;
  occurred: string;
  placeHint: string;
  lat: string;
  lon: string;
  country: string;
  peopleCount: string;
  children: string;
  danger: string;
  hasReporter: boolean;
  reporterName: string;
  reporterContact: string;
  reporterConsent: boolean;
  people: PersonDraft[];
  phones: string;
  plates: string;
  tlp: string;
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
export function intakeBody(d: IntakeDraft): { body: Record<string, unknown> } | { error: string } {
  if (!d.text.trim()) return { error: 'Write what the reporter said.' };
  if (!d.occurred.trim()) return { error: 'Say when it happened, in words ("last night", "since March").' };
  if (!d.placeHint.trim()) return { error: 'Say where it happens, as the reporter describes the place.' };
  const lat = numberOrNull(d.lat);
  const lon = numberOrNull(d.lon);
  if (lat === 'bad' || lon === 'bad' || (lat === null) !== (lon === null))
    return {
      error:
        'Give both latitude and longitude as numbers, or pick the place on the map, or leave both empty.',
    };
  if (lat !== null && lon !== null && (Math.abs(lat) > 90 || Math.abs(lon) > 180))
    return { error: 'The latitude must lie within ±90 and the longitude within ±180.' };
  const count = numberOrNull(d.peopleCount);
  if (count === 'bad' || (count !== null && (!Number.isInteger(count) || count < 0)))
    return { error: 'Give how many people as a whole number, or leave it empty when not known.' };
  const receivedAt = d.receivedAt.trim() ? fromLocalInput(d.receivedAt) : null;
  if (d.receivedAt.trim() && !receivedAt)
    return { error: 'Give the time the tip came in as a date and time.' };
  if (d.hasReporter && !d.reporterName.trim() && !d.reporterContact.trim())
    return {
      error: 'Give the reporter’s name or a way to reach them, or untick “The reporter gave their name”.',
    };
  const unnamed = d.people.findIndex((p) => !p.name.trim());
  if (unnamed >= 0) return { error: `Give a name for person ${unnamed + 1}, or remove them.` };
  const place: Record<string, unknown> = { hint: d.placeHint.trim() };
  if (lat !== null && lon !== null) Object.assign(place, { lat, lon });
  if (d.country) place.country = d.country;
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
