import { z } from 'zod';
import { exhibitInputSchema } from '../evidence/schema.ts';
import { instant, text, uuid } from '../platform/text.ts';
import { logCorrectionReply, logEntryReply } from './wire.ts';

const language = z.string().regex(/^[a-z]{2,3}$/, 'must be a language code such as th, my, km');

/**
 * One execution-log entry as a phone sends it. The id is made on the phone, so an entry sent twice (the phone did
 * not hear the answer) is stored once; occurredAt is when it happened, kept whenever it reaches the server.
 */
const base = { id: uuid, occurredAt: instant() };

export const logEntrySchema = z.discriminatedUnion('kind', [
  z
    .strictObject({
      ...base,
      kind: z.literal('arrest'),
      person: text(200),
      entityId: uuid.nullable(),
      targetIndex: z.number().int().min(0).max(199).nullable(),
      place: text(500),
      separatedFromVictims: z.boolean(),
      separationNote: text(1000, { empty: true }),
    })
    .refine((a) => a.separatedFromVictims || a.separationNote.trim().length >= 10, {
      message: 'say why the suspect could not be kept apart from potential victims and witnesses',
      path: ['separationNote'],
    }),
  z.strictObject({ ...base, kind: z.literal('exhibit'), exhibit: exhibitInputSchema }),
  z
    .strictObject({
      ...base,
      kind: z.literal('removal'),
      count: z.number().int().min(1).max(1000),
      children: z.number().int().min(0).max(1000),
      languages: z.array(language).max(20),
      to: text(300),
      transport: text(500, { empty: true }),
      medicalNeeds: text(1000, { empty: true }),
    })
    .refine((r) => r.children <= r.count, {
      message: 'cannot exceed the number removed',
      path: ['children'],
    }),
  z.strictObject({ ...base, kind: z.literal('note'), text: text(2000) }),
]);
export type LogEntry = z.output<typeof logEntrySchema>;

/** The execution log as read back, in the order things happened (each entry as `logEntryReply` lists it). */
export const logReply = z.object({ entries: z.array(logEntryReply) });

/**
 * A correction of a log entry as a phone sends it: its id and time fixed on the phone (so a resend is stored once),
 * and the entry's revision the phone saw, so that a correction made on an older revision is not taken silently.
 */
export const correctionSchema = z.strictObject({
  id: uuid,
  occurredAt: instant(),
  baseRevision: z.number().int().min(0),
  text: text(2000),
});
export type CorrectionInput = z.output<typeof correctionSchema>;

/** A correction recorded (201), or recorded before and sent again (200, `duplicate`). */
export const correctionResultReply = z.object({
  id: z.string(),
  entryId: z.string(),
  revision: z.number(),
  duplicate: z.boolean(),
});

/** The `details` of a 409 `stale_revision`: the entry's revision and corrections as they are now. */
export const staleRevisionDetails = z.object({
  current: z.object({ revision: z.number(), corrections: z.array(logCorrectionReply) }),
});
