import { z } from 'zod';
import { importJobShape, mappingRow } from '../wire.ts';

// Shapes of the imports routes' replies and of the progress events they stream: the API's description, and the
// types of the web app, which imports this file as types only (zod and pure declarations here, nothing of the
// server). A mapping and a job are described in ../wire.ts.

/** Statuses after which a job changes no more: its progress events end there. */
export const FINISHED_IMPORT_STATUSES = [
  'completed',
  'already_imported',
  'rejected',
  'failed',
  'interrupted',
] as const;

export { WHOLE_ROW } from './bad-row.ts';

/** The agency's own mappings and the built-in ones. */
export const mappingsReply = z.object({ mappings: z.array(mappingRow) });

/** The agency's import jobs, newest first. */
export const importJobsReply = z.object({ jobs: z.array(importJobShape) });

/** A file received and its import queued. */
export const importQueuedReply = z.object({ jobId: z.string() });

/** One progress event of a job, as the events route streams it (`phase` null once the job has ended). */
export const progressEventShape = z.object({
  status: z.string(),
  phase: z.string().nullable(),
  rows: z.number(),
  bytes: z.number(),
  totalBytes: z.number(),
  rowsPerSecond: z.number(),
  /** Seconds left, 0 once ended, null when it cannot be told yet. */
  etaSeconds: z.number().nullable(),
});
export type ProgressEvent = z.output<typeof progressEventShape>;
