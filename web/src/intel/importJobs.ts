import type { ParseKeys, TFunction } from 'i18next';
import { ApiError } from '../api.ts';
import type { IMPORT_KIND_CODES } from './labels.ts';

/** What an import reads, its jobs and their progress: the shapes of the imports API's replies. */

export type Kind = (typeof IMPORT_KIND_CODES)[number];

export interface MappingRow {
  name: string;
  kind: Kind;
  description: string;
  builtIn: boolean;
}

export interface ImportJob {
  id: string;
  kind: Kind;
  fileName: string;
  fileBytes: number;
  mapping: string;
  status: string;
  acceptSkips: boolean;
  rowsRead: number;
  rowsImported: number;
  rowsSkipped: number;
  message: string | null;
  requestedBy: string;
  queuedAt: string;
  startedAt: string | null;
  finishedAt: string | null;
  badRows?: { line: number; field: string; reason: string }[];
}

export interface Progress {
  status: string;
  phase: string | null;
  rows: number;
  bytes: number;
  totalBytes: number;
  rowsPerSecond: number;
  etaSeconds: number | null;
}

export const FINISHED = new Set(['completed', 'already_imported', 'rejected', 'failed', 'interrupted']);

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
  const body = (await res.json().catch(() => ({}))) as {
    jobId?: string;
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
