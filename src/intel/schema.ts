import { z } from 'zod';
import { day as calendarDay, line, text, uuid } from '../platform/text.ts';
import { TLP } from './grading.ts';
import { ENTITY_TYPE_NAMES, LINK_TYPE_NAMES } from './registry.ts';
import { SOURCE_KINDS } from './wire.ts';

const sourceGrade = z.enum(['1', '2', '3']);
const infoGrade = z.enum(['A', 'B', 'C', 'D', 'E']);
const day = calendarDay();

export const sourceBody = z.strictObject({
  code: z
    .string()
    .regex(/^[A-Za-z0-9_-]{2,40}$/, 'must be a code name of 2–40 letters, digits, dash or underscore'),
  kind: z.enum(SOURCE_KINDS),
  description: text(500, { empty: true }).default(''),
});

export const reportBody = z
  .strictObject({
    sourceId: uuid,
    reportedOn: day,
    title: text(300),
    handling: z.enum(['P', 'C']),
    actionCode: z.enum(['A1', 'A2', 'A3']).optional(),
    sanitisationCode: z.enum(['S1', 'S2']).optional(),
    tlp: z.enum(TLP).optional(),
    provenance: text(2000, { empty: true }).default(''),
    items: z
      .array(z.strictObject({ text: text(5000), sourceGrade, infoGrade }))
      .min(1)
      .max(100),
  })
  .refine((r) => r.handling === 'P' || r.actionCode !== undefined, {
    message: 'handling C needs its action code (A1, A2 or A3)',
    path: ['actionCode'],
  });
export type ReportInput = z.output<typeof reportBody>;

export const sanitiseBody = z.strictObject({
  title: text(300),
  items: z
    .array(z.strictObject({ text: text(5000), sourceGrade, infoGrade }))
    .min(1)
    .max(100),
});
export const shareBody = z.strictObject({ agencyId: uuid });

export const entityBody = z.strictObject({
  type: z.enum(ENTITY_TYPE_NAMES as [string, ...string[]]),
  label: text(300),
});
export const factBody = z.strictObject({
  attribute: line(60, { empty: true }),
  value: text(1000),
  reportId: uuid.optional(),
  sourceGrade: sourceGrade.optional(),
  infoGrade: infoGrade.optional(),
});
export const linkBody = z.strictObject({
  type: z.enum(LINK_TYPE_NAMES as [string, ...string[]]),
  fromId: uuid,
  toId: uuid,
  reportId: uuid.optional(),
  sourceGrade: sourceGrade.optional(),
  infoGrade: infoGrade.optional(),
});
