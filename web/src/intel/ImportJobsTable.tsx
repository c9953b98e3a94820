import { useTranslation } from 'react-i18next';
import { formatDateTime, formatNumber } from '../ui/format.ts';
import { TableWrap } from '../ui/TableWrap.tsx';
import { type ImportJob, statusWords } from './importJobs.ts';
import { codeWords } from './labels.ts';

/** The agency's imports, newest first: file, kind, status and rows, when each started and finished. */
export function ImportJobsTable({ jobs }: { jobs: readonly ImportJob[] }) {
  const { t } = useTranslation('intel');
  if (jobs.length === 0) return <p className="muted">{t('imports.none')}</p>;
  return (
    <TableWrap>
      <table className="imports">
        <caption className="visually-hidden">{t('imports.caption')}</caption>
        <thead>
          <tr>
            <th scope="col">{t('imports.fileColumn')}</th>
            <th scope="col">{t('imports.kindColumn')}</th>
            <th scope="col">{t('imports.status')}</th>
            <th scope="col">{t('imports.rowsRead')}</th>
            <th scope="col">{t('imports.imported')}</th>
            <th scope="col">{t('imports.skipped')}</th>
            <th scope="col">{t('imports.started')}</th>
            <th scope="col">{t('imports.finishedColumn')}</th>
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
                <span className={`import-status import-${j.status}`}>{statusWords(t, j.status)}</span>
                {j.message ? <span className="sub">{j.message}</span> : null}
              </td>
              <td className="num">{formatNumber(j.rowsRead)}</td>
              <td className="num">{formatNumber(j.rowsImported)}</td>
              <td className="num">{formatNumber(j.rowsSkipped)}</td>
              <td className="nowrap">{j.startedAt ? formatDateTime(j.startedAt) : '—'}</td>
              <td className="nowrap">{j.finishedAt ? formatDateTime(j.finishedAt) : '—'}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </TableWrap>
  );
}
