import { z } from 'zod';
import { line, text, uuid } from '../platform/text.ts';
import { DUPLICATE_DECISIONS } from './codes.ts';
import { CHILDREN, COUNTRIES, TIP_KINDS } from './intake-schemas.ts';
import { DANGERS } from './triage-targets.ts';

// The bodies a tip's page sends (triage, escalation, closing, duplicates, a reply to a public reporter) and the
// public page's channel: the routes check them, and the web app types what it sends by them (pure: zod and
// other pure modules only).

export const triageBody = z.strictObject({
  danger: z.enum(DANGERS),
  kind: z.enum(TIP_KINDS),
  children: z.enum(CHILDREN),
  note: text(1000, { empty: true }).default(''),
  place: z
    .strictObject({
      lat: z.number().min(-90).max(90),
      lon: z.number().min(-180).max(180),
      country: z.enum(COUNTRIES),
    })
    .optional(),
});

export const escalateBody = z.strictObject({ note: text(1000, { empty: true }).default('') });

export const closeBody = z.strictObject({ reason: line(500) });

/** Two tips tell the same matter (`confirmed`) or do not (`rejected`). */
export const duplicateBody = z.strictObject({ decision: z.enum(DUPLICATE_DECISIONS) });

/** A reply to the reporter of a public report. */
export const replyBody = z.strictObject({ text: text(4000) });

/** The agency that answers the public reporting page (none takes it down), and whether it takes reports. */
export const channelBody = z.strictObject({ agencyId: uuid.nullable(), open: z.boolean() });

/** How the relative who gave a victim's family's number is related (family-numbers.ts). */
export const FAMILY_RELATIONS = ['parent', 'spouse', 'sibling', 'child', 'other_relative'] as const;

/** The number a victim's family is reached on, recorded sealed beside the tip (family-number-routes.ts). */
export const familyNumberBody = z.strictObject({ number: line(40), relation: z.enum(FAMILY_RELATIONS) });
