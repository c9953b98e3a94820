import { z } from 'zod';
import { TLP } from '../intel/grading.ts';
import { instant, line, text } from '../platform/text.ts';
import { language } from '../protection/schemas.ts';
import { DANGERS } from './triage-targets.ts';

/** The kinds of exploitation a tip or a finding may tell of. */
export const TIP_KINDS = [
  'labour',
  'sexual',
  'forced_criminality',
  'begging',
  'forced_marriage',
  'domestic_servitude',
  'other',
  'unknown',
] as const;
export const KIND_WORDS: Record<(typeof TIP_KINDS)[number], string> = {
  labour: 'forced or exploited labour',
  sexual: 'sexual exploitation',
  forced_criminality: 'forced criminality (scam centres, drugs)',
  begging: 'forced begging',
  forced_marriage: 'forced marriage',
  domestic_servitude: 'domestic servitude',
  other: 'other exploitation',
  unknown: 'kind not known',
};
/** Ways a tip reaches a member of staff; the public page and routed copies are set by the server. */
export const INTAKE_CHANNELS = ['hotline', 'walk_in', 'online', 'social_media', 'ngo', 'monitor'] as const;
export const COUNTRIES = ['TH', 'KH', 'LA', 'MM', 'VN', 'CN', 'MY'] as const;
/** The part a person named in a tip plays, in the order the intake form offers them. */
export const PERSON_ROLES = ['victim', 'suspect', 'witness', 'other'] as const;
export const CHILDREN = ['yes', 'no', 'unknown'] as const;

const person = z.strictObject({
  name: line(200),
  role: z.enum(PERSON_ROLES),
  /** The person agreed that their identity may go to the agency the tip is routed to (a suspect's always does). */
  consentToShare: z.boolean(),
  note: text(500, { empty: true }).default(''),
});

export const intakeBody = z.strictObject({
  channel: z.enum(INTAKE_CHANNELS),
  receivedAt: instant().optional(),
  language,
  text: text(8000),
  kind: z.enum(TIP_KINDS),
  occurred: line(200, { empty: true }).default(''),
  place: z.strictObject({
    hint: line(300, { empty: true }).default(''),
    lat: z.number().min(-90).max(90).optional(),
    lon: z.number().min(-180).max(180).optional(),
    country: z.enum(COUNTRIES).optional(),
  }),
  peopleCount: z.number().int().min(0).max(100000).nullable(),
  children: z.enum(CHILDREN),
  danger: z.enum(DANGERS),
  reporter: z
    .strictObject({
      name: line(200, { empty: true }),
      contact: line(200, { empty: true }),
      consentToShare: z.boolean(),
    })
    .nullable(),
  people: z.array(person).max(50).default([]),
  phones: z.array(line(40)).max(20).default([]),
  plates: z.array(line(20)).max(20).default([]),
  tlp: z.enum(TLP).default('AMBER'),
});
export type IntakeInput = z.output<typeof intakeBody>;

/** What the intake seals as one value beside the tip. */
export interface TipDetails {
  reporter: { name: string; contact: string; consentToShare: boolean } | null;
  people: { name: string; role: (typeof PERSON_ROLES)[number]; consentToShare: boolean; note: string }[];
  phones: string[];
  plates: string[];
}

/**
 * Why two tips may tell the same matter, as codes the screens word (no number or name in them): a number both name
 * (how many of that kind), places within 50 m or some metres apart, the same place named, the share of words alike.
 */
export const duplicateReason = z.discriminatedUnion('code', [
  z.object({
    code: z.literal('same_number'),
    kind: z.enum(['phone', 'plate', 'account']),
    count: z.number().int(),
  }),
  z.object({ code: z.literal('same_place') }),
  z.object({ code: z.literal('near'), metres: z.number().int() }),
  z.object({ code: z.literal('same_place_named') }),
  z.object({ code: z.literal('words_shared'), percent: z.number().int() }),
]);
export type DuplicateReason = z.output<typeof duplicateReason>;

export const duplicateView = z.object({
  id: z.string(),
  score: z.number(),
  reasons: z.array(duplicateReason),
});
