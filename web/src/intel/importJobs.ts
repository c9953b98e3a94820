import type { ParseKeys, TFunction } from 'i18next';
import type { z } from 'zod';
import {
  FINISHED_IMPORT_STATUSES,
  type importJobsReply,
  type importQueuedReply,
  type mappingsReply,
  type progressEventShape,
} from '../../../src/intel/imports/import-wire.ts';
import type { IMPORT_KIND_NAMES } from '../../../src/intel/imports/mapping.ts';
import type { importJobPage, importJobShape, mappingRow } from '../../../src/intel/wire.ts';
import { ApiError } from '../api.ts';
import type { Wire } from '../wire.ts';

/** What an import reads, its jobs and their progress: the shapes of the imports API's replies, from the server's
 * own schemas (src/intel/wire.ts, src/intel/imports/import-wire.ts). */

export type Kind = (typeof IMPORT_KIND_NAMES)[number];

export type MappingRow = Wire<z.output<typeof mappingRow>>;
export type Mappings = Wire<z.output<typeof mappingsReply>>;

/** An import job as listed. */
export type ImportJob = Wire<z.output<typeof importJobShape>>;
export type ImportJobs = Wire<z.output<typeof importJobsReply>>;

/** One import job with its bad rows (the first thousand). */
export type ImportJobPage = Wire<z.output<typeof importJobPage>>;

/** A file received and its import queued. */
type Queued = Wire<z.output<typeof importQueuedReply>>;

/** One progress event of a running job. */
export type Progress = Wire<z.output<typeof progressEventShape>>;

/** The statuses after which a job changes no more (the server's own list). */
export const FINISHED: ReadonlySet<string> = new Set(FINISHED_IMPORT_STATUSES);

/** A job's status in words: `already_imported` → "Already imported"; an unknown one as the server sends it. */
export const statusWords = (t: TFunction<'intel'>, status: string): string =>
  t(`codes.importStatus.${status}` as ParseKeys<'intel'>, { defaultValue: status });

/** Sends the file itself as the body; the server streams it to disk and queues the import. */
export async function uploadFile(
  t: TFunction<'intel'>,
  file: File,
  kind: Kind,
  mapping: string,
  acceptSkips: boolean,
): Promise<string> {
  const query = new URLSearchParams({ kind, mapping, fileName: file.name, acceptSkips: String(acceptSkips) });
  let res: Response;
  try {
    res = await fetch(`/api/intel/imports?${query}`, {
      method: 'POST',
      credentials: 'same-origin',
      headers: { accept: 'application/json', 'content-type': 'application/octet-stream' },
      body: file,
    });
  } catch {
    throw new ApiError(0, 'network', t('imports.unreachable'));
  }
  const body = (await res.json().catch(() => ({}))) as Partial<Queued> & {
    error?: { code?: string; message?: string };
  };
  if (res.status !== 202 || !body.jobId)
    throw new ApiError(
      res.status,
      body.error?.code ?? 'unknown',
      body.error?.message ?? t('imports.serverAnswered', { status: res.status }),
    );
  return body.jobId;
}
