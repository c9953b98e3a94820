import type { TFunction } from 'i18next';
import { Trans, useTranslation } from 'react-i18next';
import { href } from '../router.ts';
import { exploitationOptions, wordFor } from '../screening/labels.ts';
import { formatDate } from '../ui/format.ts';
import { TableWrap } from '../ui/TableWrap.tsx';
import type { ProtectionCase } from './types.ts';

/** A case's status in words: `open`, `closed`. */
export const caseStatusWords = (t: TFunction<'protection'>, status: string): string =>
  status === 'open' || status === 'closed' ? t(`codes.caseStatus.${status}`) : status;

interface Props {
  cases: readonly ProtectionCase[];
  /** Whether the reader may open the screening a case came from. */
  canOpenScreenings: boolean;
}

/** The agency's protection cases, newest first, by pseudonym only, each opening its case page. */
export function CaseTable({ cases, canOpenScreenings }: Props) {
  const { t } = useTranslation('protection');
  if (cases.length === 0) {
    return <p>{t('cases.none')}</p>;
  }
  return (
    <TableWrap>
      <table>
        <caption className="visually-hidden">{t('cases.caption')}</caption>
        <thead>
          <tr>
            <th scope="col">{t('cases.pseudonym')}</th>
            <th scope="col">{t('cases.opened')}</th>
            <th scope="col">{t('cases.exploitation')}</th>
            <th scope="col">{t('cases.child')}</th>
            <th scope="col">{t('cases.status')}</th>
          </tr>
        </thead>
        <tbody>
          {cases.map((c) => (
            <tr key={c.id}>
              <th scope="row">
                <a href={href(`/protection/${encodeURIComponent(c.id)}`)}>{c.pseudonym}</a>
                {canOpenScreenings && c.screeningId !== null ? (
                  <>
                    {' '}
                    <a className="muted" href={href(`/screening/${encodeURIComponent(c.screeningId)}`)}>
                      <Trans
                        t={t}
                        i18nKey="cases.screening"
                        values={{ name: c.pseudonym }}
                        components={{ 1: <span className="visually-hidden" /> }}
                      />
                    </a>
                  </>
                ) : null}
              </th>
              <td className="nowrap">{formatDate(c.openedAt)}</td>
              <td>
                {c.exploitation ? (
                  wordFor(exploitationOptions(), c.exploitation)
                ) : (
                  <span className="muted">{t('words.notRecorded')}</span>
                )}
              </td>
              <td>{c.child ? t('words.yes') : t('words.no')}</td>
              <td>{caseStatusWords(t, c.status)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </TableWrap>
  );
}
