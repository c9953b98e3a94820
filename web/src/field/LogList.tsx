import { useTranslation } from 'react-i18next';
import { exhibitPath } from '../plans/paths.ts';
import { href } from '../router.ts';
import { formatClock } from '../ui/datetime.ts';
import { TableWrap } from '../ui/TableWrap.tsx';
import { kindWord, summary } from './summary.ts';
import type { LogEntry } from './types.ts';

interface Props {
  entries: LogEntry[];
  linkExhibits: boolean;
  /** Whether this user may be offered to correct an entry (the server decides in the end). */
  mayCorrect?: (entry: LogEntry) => boolean;
  onCorrect?: (entry: LogEntry) => void;
}

/** The entries the server holds, in the order things happened, with who recorded each and their corrections. */
export function LogList({ entries, linkExhibits, mayCorrect, onCorrect }: Props) {
  const { t } = useTranslation('field');
  if (entries.length === 0) return <p>{t('log.none')}</p>;
  return (
    <TableWrap>
      <table className="field-log">
        <caption className="visually-hidden">{t('log.caption')}</caption>
        <thead>
          <tr>
            <th scope="col">{t('log.time')}</th>
            <th scope="col">{t('log.what')}</th>
          </tr>
        </thead>
        <tbody>
          {entries.map((e) => (
            <tr key={e.id}>
              <td className="nowrap">
                <time dateTime={e.occurredAt}>{formatClock(e.occurredAt)}</time>
              </td>
              <th scope="row">
                {kindWord(t, e.kind)}
                {e.exhibit ? (
                  <>
                    {' '}
                    {linkExhibits ? (
                      <a href={href(exhibitPath(e.exhibit.id))}>{e.exhibit.ref}</a>
                    ) : (
                      e.exhibit.ref
                    )}
                  </>
                ) : null}
                <span className="sub">{summary(t, e.kind, e.entry)}</span>
                <span className="sub">{t('log.by', { name: e.recordedBy })}</span>
                {(e.corrections ?? []).map((c) => (
                  <span key={c.id} className="sub correction">
                    {t('log.corrected', { time: formatClock(c.occurredAt), name: c.recordedBy })}{' '}
                    <q>{c.text}</q>
                  </span>
                ))}
                {onCorrect && mayCorrect?.(e) ? (
                  <button
                    type="button"
                    className="button small"
                    aria-label={t('log.correctLabel', {
                      what: kindWord(t, e.kind),
                      time: formatClock(e.occurredAt),
                    })}
                    onClick={() => onCorrect(e)}
                  >
                    {t('log.correct')}
                  </button>
                ) : null}
              </th>
            </tr>
          ))}
        </tbody>
      </table>
    </TableWrap>
  );
}
