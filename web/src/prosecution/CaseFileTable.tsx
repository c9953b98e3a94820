import { useTranslation } from 'react-i18next';
import { formatDate, formatNumber } from '../ui/format.ts';
import { TableWrap } from '../ui/TableWrap.tsx';
import { word } from './codes.ts';
import { chargeName } from './court-labels.ts';
import { Gauge } from './Gauge.tsx';
import { caseFileHref } from './paths.ts';
import type { CaseListItem } from './types.ts';

/** The agency's case files, newest first, each with its worst testimony burden among its charges. */
export function CaseFileTable({ cases }: { cases: readonly CaseListItem[] }) {
  const { t } = useTranslation('prosecution');
  if (cases.length === 0) return <p>{t('list.empty')}</p>;
  return (
    <TableWrap>
      <table className="case-files">
        <caption className="visually-hidden">{t('list.caption')}</caption>
        <thead>
          <tr>
            <th scope="col">{t('list.caseFile')}</th>
            <th scope="col">{t('list.opened')}</th>
            <th scope="col" className="num">
              {t('list.suspects')}
            </th>
            <th scope="col" className="num">
              {t('list.charges')}
            </th>
            <th scope="col">{t('list.worst')}</th>
          </tr>
        </thead>
        <tbody>
          {cases.map((c) => (
            <tr key={c.id}>
              <th scope="row">
                <a className="nowrap" href={caseFileHref(c.id)}>
                  {c.ref}
                </a>
                <span className="sub">{c.title}</span>
                <span className="sub">
                  {word(t, 'origin', c.origin)} · {word(t, 'caseStatus', c.status)}
                </span>
              </th>
              <td className="nowrap">{formatDate(c.createdAt)}</td>
              <td className="num">{formatNumber(c.suspects)}</td>
              <td className="num">{formatNumber(c.charges)}</td>
              <td>
                {c.worst ? (
                  <WorstBurden worst={c.worst} />
                ) : (
                  <span className="muted">{t('list.noCharge')}</span>
                )}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </TableWrap>
  );
}

/** The charge that leans most on the victim's testimony alone (then has the most gaps), with its gauge. */
function WorstBurden({ worst }: { worst: NonNullable<CaseListItem['worst']> }) {
  const { t } = useTranslation('prosecution');
  return (
    <div className="gauge-small">
      <Gauge burden={worst.burden} breakdown={false} />
      <span className="sub">
        {chargeName(t, { ...worst, suspect: worst.suspect || t('words.aSuspect') })}
      </span>
    </div>
  );
}
