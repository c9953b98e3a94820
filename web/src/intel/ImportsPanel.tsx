import { useEffect, useId, useState } from 'react';
import { ApiError, api, messageOf } from '../api.ts';
import { Check, SelectField } from '../screening/controls.tsx';
import { formatDateTime } from '../ui/format.ts';
import { ErrorMessage, StatusMessage } from '../ui/Live.tsx';
import { useLoad } from '../useLoad.ts';
import { codeWords, IMPORT_KINDS } from './labels.ts';

type Kind = 'calls' | 'transfers' | 'crossings' | 'tips' | 'subscribers' | 'accounts';

interface MappingRow {
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

interface Progress {
  status: string;
  phase: string | null;
  rows: number;
  bytes: number;
  totalBytes: number;
  rowsPerSecond: number;
  etaSeconds: number | null;
}

const KINDS = IMPORT_KINDS as readonly (readonly [Kind, string])[];

const STATUS_WORDS: Record<string, string> = {
  queued: 'Waiting',
  running: 'Importing',
  completed: 'Imported',
  already_imported: 'Already imported',
  rejected: 'Rejected',
  failed: 'Failed',
  interrupted: 'Interrupted',
};

const FINISHED = new Set(['completed', 'already_imported', 'rejected', 'failed', 'interrupted']);
const number = new Intl.NumberFormat();

/** Sends the file itself as the body; the server streams it to disk and queues the import. */
async function uploadFile(file: File, kind: Kind, mapping: string, acceptSkips: boolean): Promise<string> {
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
    throw new ApiError(0, 'network', 'Lantern could not be reached. Check the connection and try again.');
  }
  const body = (await res.json().catch(() => ({}))) as {
    jobId?: string;
    error?: { code?: string; message?: string };
  };
  if (res.status !== 202 || !body.jobId)
    throw new ApiError(
      res.status,
      body.error?.code ?? 'unknown',
      body.error?.message ?? `The server answered ${res.status}.`,
    );
  return body.jobId;
}

/** `Intelligence › Imports`: upload a file of calls, transfers or crossings, follow its import, see past ones. */
export function ImportsPanel() {
  const mappings = useLoad<{ mappings: MappingRow[] }>('/api/intel/mappings');
  const jobs = useLoad<{ jobs: ImportJob[] }>('/api/intel/imports');
  const [kind, setKind] = useState<Kind>('calls');
  const [mapping, setMapping] = useState('');
  const [file, setFile] = useState<File | null>(null);
  const [acceptSkips, setAcceptSkips] = useState(false);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [jobId, setJobId] = useState<string | null>(null);
  const fileId = useId();

  const choices = (mappings.data?.mappings ?? []).filter((m) => m.kind === kind);
  const chosen = choices.some((m) => m.name === mapping) ? mapping : (choices[0]?.name ?? '');

  const start = async (skips: boolean) => {
    setError(null);
    if (!file) return setError('Choose a file to import.');
    if (!chosen) return setError('Choose a column mapping.');
    setBusy(true);
    try {
      setJobId(await uploadFile(file, kind, chosen, skips));
      jobs.reload();
    } catch (e) {
      setError(messageOf(e));
    } finally {
      setBusy(false);
    }
  };

  return (
    <>
      <section className="panel" aria-labelledby="import-h">
        <h2 id="import-h">Import a file</h2>
        <p className="muted">
          CSV or TSV, JSON Lines (.jsonl) or Excel (.xlsx). A file with bad rows imports nothing unless you
          accept skipping them; the same file twice changes nothing. The import runs on the server: you may
          leave this page.
        </p>
        <form
          className="stack form-wide"
          noValidate
          aria-label="Import a file"
          onSubmit={(e) => {
            e.preventDefault();
            void start(acceptSkips);
          }}
        >
          <div className="row">
            <SelectField
              label="What the file holds"
              value={kind}
              onChange={(v) => setKind(v as Kind)}
              options={KINDS}
            />
            <SelectField
              label="Column mapping"
              value={chosen}
              onChange={setMapping}
              options={choices.map((m) => [m.name, m.builtIn ? `${m.name} (built in)` : m.name])}
              hint={choices.find((m) => m.name === chosen)?.description}
            />
          </div>
          <div className="field">
            <label htmlFor={fileId}>File to import</label>
            <input
              id={fileId}
              type="file"
              accept=".csv,.tsv,.txt,.jsonl,.ndjson,.xlsx"
              onChange={(e) => setFile(e.target.files?.[0] ?? null)}
            />
          </div>
          <Check
            label="Import the good rows even if some rows are bad"
            checked={acceptSkips}
            onChange={setAcceptSkips}
          />
          <ErrorMessage message={error ?? mappings.error} />
          <div>
            <button type="submit" className="button primary" disabled={busy}>
              {busy ? 'Uploading…' : 'Import'}
            </button>
          </div>
        </form>
        {jobId ? (
          <JobProgress
            key={jobId}
            jobId={jobId}
            onEnd={jobs.reload}
            onAcceptSkips={file ? () => void start(true) : null}
          />
        ) : null}
      </section>
      <section className="panel" aria-labelledby="imports-h">
        <h2 id="imports-h">Imports of your agency</h2>
        <ErrorMessage message={jobs.error} />
        {jobs.data ? <JobsTable jobs={jobs.data.jobs} /> : null}
        {jobs.loading && !jobs.data ? <p className="muted">Loading the imports…</p> : null}
      </section>
    </>
  );
}

const seconds = (s: number) => (s >= 90 ? `${Math.round(s / 60)} min` : `${s} s`);

/** One job's progress as the server sends it, then its report. */
function JobProgress({
  jobId,
  onEnd,
  onAcceptSkips,
}: {
  jobId: string;
  onEnd: () => void;
  onAcceptSkips: (() => void) | null;
}) {
  const [progress, setProgress] = useState<Progress | null>(null);
  const [report, setReport] = useState<ImportJob | null>(null);
  const [error, setError] = useState<string | null>(null);

  useEffect(() => {
    const source = new EventSource(`/api/intel/imports/${encodeURIComponent(jobId)}/events`);
    let ended = false;
    const read = (e: MessageEvent<string>) => setProgress(JSON.parse(e.data) as Progress);
    source.addEventListener('progress', read);
    source.addEventListener('end', (e) => {
      ended = true;
      read(e);
      source.close();
      api
        .get<ImportJob>(`/api/intel/imports/${encodeURIComponent(jobId)}`)
        .then(setReport, (x: unknown) => setError(messageOf(x)));
      onEnd();
    });
    source.onerror = () => {
      if (!ended) setError('The progress could not be followed. The import goes on: see the list below.');
      source.close();
    };
    return () => source.close();
  }, [jobId, onEnd]);

  const share = progress && progress.totalBytes > 0 ? progress.bytes / progress.totalBytes : 0;
  const done = progress ? FINISHED.has(progress.status) : false;
  return (
    <section className="import-progress" aria-labelledby={`progress-${jobId}`}>
      <h3 id={`progress-${jobId}`}>
        {done ? 'Import finished' : progress?.status === 'queued' ? 'Waiting to start' : 'Importing'}
      </h3>
      <progress
        aria-label="Import progress"
        max={1}
        value={done ? 1 : progress?.phase === 'checking' ? share * 0.1 : 0.1 + share * 0.9}
      />
      {progress && !done ? (
        <p className="muted">
          {number.format(progress.rows)} rows read · {number.format(progress.rowsPerSecond)} rows/s
          {progress.etaSeconds !== null ? ` · about ${seconds(progress.etaSeconds)} left` : ''}
        </p>
      ) : null}
      <ErrorMessage message={error} />
      {report ? <Report job={report} onAcceptSkips={onAcceptSkips} /> : null}
    </section>
  );
}

function Report({ job, onAcceptSkips }: { job: ImportJob; onAcceptSkips: (() => void) | null }) {
  if (job.status === 'completed')
    return (
      <StatusMessage
        tone="success"
        message={`Imported ${number.format(job.rowsImported)} rows of ${job.fileName}${job.rowsSkipped ? `; ${number.format(job.rowsSkipped)} bad rows skipped` : ''}.`}
      />
    );
  if (job.status === 'already_imported')
    return <StatusMessage message={job.message ?? 'This file was imported before; nothing changed.'} />;
  return (
    <>
      <ErrorMessage message={job.message ?? `The import ${STATUS_WORDS[job.status] ?? job.status}.`} />
      {job.badRows && job.badRows.length > 0 ? (
        <>
          <div className="table-wrap">
            <table>
              <caption>
                Bad rows{job.rowsSkipped > job.badRows.length ? ` (the first ${job.badRows.length})` : ''}
              </caption>
              <thead>
                <tr>
                  <th scope="col">Line</th>
                  <th scope="col">Field</th>
                  <th scope="col">Reason</th>
                </tr>
              </thead>
              <tbody>
                {job.badRows.map((b) => (
                  <tr key={`${b.line}|${b.field}`}>
                    <td>{b.line}</td>
                    <td>{b.field}</td>
                    <td>{b.reason}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
          {onAcceptSkips ? (
            <button type="button" className="button" onClick={onAcceptSkips}>
              Accept skipping them and import the rest
            </button>
          ) : null}
        </>
      ) : null}
    </>
  );
}

function JobsTable({ jobs }: { jobs: readonly ImportJob[] }) {
  if (jobs.length === 0) return <p className="muted">No imports yet.</p>;
  return (
    <div className="table-wrap">
      <table className="imports">
        <caption className="visually-hidden">Imports, newest first</caption>
        <thead>
          <tr>
            <th scope="col">File</th>
            <th scope="col">Kind</th>
            <th scope="col">Status</th>
            <th scope="col">Rows read</th>
            <th scope="col">Imported</th>
            <th scope="col">Skipped</th>
            <th scope="col">Started</th>
            <th scope="col">Finished</th>
          </tr>
        </thead>
        <tbody>
          {jobs.map((j) => (
            <tr key={j.id}>
              <td>
                {j.fileName}
                <span className="sub">
                  {j.mapping} · {j.requestedBy}
                </span>
              </td>
              <td>{codeWords('importKind', j.kind)}</td>
              <td>
                <span className={`import-status import-${j.status}`}>
                  {STATUS_WORDS[j.status] ?? j.status}
                </span>
                {j.message ? <span className="sub">{j.message}</span> : null}
              </td>
              <td className="num">{number.format(j.rowsRead)}</td>
              <td className="num">{number.format(j.rowsImported)}</td>
              <td className="num">{number.format(j.rowsSkipped)}</td>
              <td className="nowrap">{j.startedAt ? formatDateTime(j.startedAt) : '—'}</td>
              <td className="nowrap">{j.finishedAt ? formatDateTime(j.finishedAt) : '—'}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
