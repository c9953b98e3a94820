import { z } from 'zod';
import { EXHIBIT_CATEGORIES } from '../evidence/schema.ts';
import { day, instant, line, text, uuid } from '../platform/text.ts';

/**
 * What an operation plan holds. The objectives are exactly three and fixed: arrest the suspects, seize the
 * evidence, rescue the people. There is no free objective, so seeking out irregular migrants cannot be one.
 */
export const MEMBER_ROLES = [
  'command',
  'entry',
  'scene_security',
  'arrest',
  'evidence',
  'victim_care',
  'transport',
  'screening',
  'interpreter',
  'prosecutor',
  'liaison',
] as const;
export type MemberRole = (typeof MEMBER_ROLES)[number];

/** What the intelligence expects to be seized: the categories of the evidence register. */
export const EVIDENCE_CATEGORIES = EXHIBIT_CATEGORIES;

export const SCREENING_PLACE_KINDS = [
  'shelter',
  'interview_room',
  'ngo_office',
  'hospital',
  'labour_office',
  'other_safe_place',
] as const;

const language = z.string().regex(/^[a-z]{2,3}$/, 'must be a language code such as th, my, km, lo, vi, zh');
const checkItem = z.strictObject({ item: text(300), done: z.boolean() });

export const planSchema = z.strictObject({
  target: z.strictObject({ entityId: uuid.nullable(), label: text(300) }),
  place: text(500),
  startsAt: instant().nullable(),
  readyBy: day().nullable(),
  screeningSite: z
    .strictObject({ name: text(200), kind: z.enum(SCREENING_PLACE_KINDS), address: text(500) })
    .nullable(),
  transport: text(2000, { empty: true }),
  expectedPeople: z.strictObject({
    count: z.number().int().min(0).max(10_000),
    children: z.number().int().min(0).max(10_000),
    languages: z.array(language).max(20),
    medicalNeeds: text(2000, { empty: true }),
  }),
  arrestTargets: z.array(z.strictObject({ label: text(300), entityId: uuid.nullable() })).max(200),
  expectedEvidence: z
    .array(z.strictObject({ category: z.enum(EVIDENCE_CATEGORIES), note: text(500, { empty: true }) }))
    .max(200),
  briefing: z.array(checkItem).max(100),
  goNoGo: z.array(checkItem).max(100),
  receivingAgencies: z.array(uuid).max(20),
});
export type Plan = z.output<typeof planSchema>;

export const memberSchema = z.strictObject({
  userId: uuid,
  role: z.enum(MEMBER_ROLES),
  team: line(100, { empty: true }),
  language: language.nullable(),
});
export type MemberInput = z.output<typeof memberSchema>;

/** The checklists every new plan starts from; the commander edits them. */
export const DEFAULT_BRIEFING = [
  'Every member briefed on their role and the three objectives only',
  'Suspects, potential victims and witnesses to be separated on site',
  'No one removed is to be treated as an immigration case',
  'Interpreters confirmed for every expected language',
  'Receiving services confirmed ready',
].map((item) => ({ item, done: false }));

export const DEFAULT_GO_NO_GO = [
  'Intelligence re-checked within the last 24 hours',
  'No sign the operation has leaked',
  'Safe screening site open and staffed',
  'Transport for the expected number of people in place',
  'Medical support on call',
].map((item) => ({ item, done: false }));

export function emptyPlan(target: Plan['target']): Plan {
  return {
    target,
    place: 'to be confirmed',
    startsAt: null,
    readyBy: null,
    screeningSite: null,
    transport: '',
    expectedPeople: { count: 0, children: 0, languages: [], medicalNeeds: '' },
    arrestTargets: [],
    expectedEvidence: [],
    briefing: DEFAULT_BRIEFING,
    goNoGo: DEFAULT_GO_NO_GO,
    receivingAgencies: [],
  };
}
