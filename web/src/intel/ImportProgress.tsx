import type { TFunction } from 'i18next';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { WHOLE_ROW } from '../../../src/intel/imports/import-wire.ts';
import { api, messageOf } from '../api.ts';
import { formatNumber } from '../ui/format.ts';
import { ErrorMessage, StatusMessage } from '../ui/Live.tsx';
import { TableWrap } from '../ui/TableWrap.tsx';
import { FINISHED, type ImportJobPage, type Progress, statusWords } from './importJobs.ts';

const seconds = (t: TFunction<'intel'>, s: number) =>
  s >= 90
    ? t('imports.minutes', { n: formatNumber(Math.round(s / 60)) })
    : t('imports.seconds', { n: formatNumber(s) });

/** One job's progress as the server sends it, then its report. */
export function JobProgress({
  jobId,
  onEnd,
  onAcceptSkips,
}: {
  jobId: string;
  onEnd: () => void;
  onAcceptSkips: (() => void) | null;
}) {
  const { t } = useTranslation('intel');
  const [progress, setProgress] = useState<Progress | null>(null);
  const [report, setReport] = useState<ImportJobPage | null>(null);
  const [lost, setLost] = useState(false);
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
        .get<ImportJobPage>(`/api/intel/imports/${encodeURIComponent(jobId)}`)
        .then(setReport, (x: unknown) => setError(messageOf(x)));
      onEnd();
    });
    source.onerror = () => {
      if (!ended) setLost(true);
      source.close();
    };
    return () => source.close();
  }, [jobId, onEnd]);

  const share = progress && progress.totalBytes > 0 ? progress.bytes / progress.totalBytes : 0;
  const done = progress ? FINISHED.has(progress.status) : false;
  const words = progress && {
    rows: formatNumber(progress.rows),
    rate: formatNumber(progress.rowsPerSecond),
  };
  return (
    <section className="import-progress" aria-labelledby={`progress-${jobId}`}>
      <h3 id={`progress-${jobId}`}>
        {done
          ? t('imports.finished')
          : progress?.status === 'queued'
            ? t('imports.waiting')
            : t('imports.importing')}
      </h3>
      <progress
        aria-label={t('imports.progressLabel')}
        max={1}
        value={done ? 1 : progress?.phase === 'checking' ? share * 0.1 : 0.1 + share * 0.9}
      />
      {progress && words && !done ? (
        <p className="muted">
          {progress.etaSeconds !== null
            ? t('imports.progressEta', { ...words, eta: seconds(t, progress.etaSeconds) })
            : t('imports.progress', words)}
        </p>
      ) : null}
      <ErrorMessage message={error ?? (lost ? t('imports.lost') : null)} />
      {report ? <Report job={report} onAcceptSkips={onAcceptSkips} /> : null}
    </section>
  );
}

function Report({ job, onAcceptSkips }: { job: ImportJobPage; onAcceptSkips: (() => void) | null }) {
  const { t } = useTranslation('intel');
  if (job.status === 'completed')
    return (
      <StatusMessage
        tone="success"
        message={
          job.rowsSkipped
            ? t('imports.importedSkipped', {
                count: job.rowsImported,
                file: job.fileName,
                skipped: formatNumber(job.rowsSkipped),
              })
            : t('imports.imported', { count: job.rowsImported, file: job.fileName })
        }
      />
    );
  // The server's own message, in the language the screens asked for, when it gave one.
  if (job.status === 'already_imported')
    return <StatusMessage message={job.message ?? t('imports.already')} />;
  const shown = job.badRows.length;
  return (
    <>
      <ErrorMessage message={job.message ?? t('imports.ended', { status: statusWords(t, job.status) })} />
      {shown > 0 ? (
        <>
          <TableWrap>
            <table>
              <caption>
                {job.rowsSkipped > shown
                  ? t('imports.badRowsFirst', { n: formatNumber(shown) })
                  : t('imports.badRows')}
              </caption>
              <thead>
                <tr>
                  <th scope="col">{t('imports.line')}</th>
                  <th scope="col">{t('imports.field')}</th>
                  <th scope="col">{t('imports.reason')}</th>
                </tr>
              </thead>
              <tbody>
                {job.badRows.map((b) => (
                  <tr key={`${b.line}|${b.field}`}>
                    <td>{b.line}</td>
                    <td>{b.field === WHOLE_ROW ? t('imports.wholeRow') : b.field}</td>
                    <td>{b.reason}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </TableWrap>
          {onAcceptSkips ? (
            <button type="button" className="button" onClick={onAcceptSkips}>
              {t('imports.acceptAndImport')}
            </button>
          ) : null}
        </>
      ) : null}
    </>
  );
}
