import { useTranslation } from 'react-i18next';
import { formatNumber } from '../ui/format.ts';
import { keyed } from '../ui/keyed.ts';
import { TableWrap } from '../ui/TableWrap.tsx';
import type { ScreeningFindings } from './types.ts';

/**
 * What the screenings of people removed from this site say about it: counts only, from operations that have
 * ended, and nothing but the number screened when they are too few to show without singling someone out.
 */
export function ScreeningFindingsPanel({ findings }: { findings: ScreeningFindings }) {
  const { t } = useTranslation('intel');
  return (
    <section className="panel" aria-labelledby="findings-h">
      <h2 id="findings-h">{t('findings.heading')}</h2>
      <p className="hint">{t('findings.hint')}</p>
      {findings.suppressed ? (
        <p>{t('findings.suppressed', { n: formatNumber(findings.screened) })}</p>
      ) : (
        <>
          <p>
            {t('findings.screened', {
              count: findings.screened,
              presumed: formatNumber(findings.presumedTrafficked ?? 0),
            })}
          </p>
          <IndicatorCounts rows={findings.indicators} />
        </>
      )}
    </section>
  );
}

/** Each indicator under the label the screening registry gives it, with how often it was observed. */
function IndicatorCounts({ rows }: { rows: ScreeningFindings['indicators'] }) {
  const { t } = useTranslation('intel');
  if (rows.length === 0) return <p className="muted">{t('findings.noIndicator')}</p>;
  return (
    <TableWrap>
      <table>
        <caption className="visually-hidden">{t('findings.caption')}</caption>
        <thead>
          <tr>
            <th scope="col">{t('findings.indicator')}</th>
            <th scope="col" className="num">
              {t('findings.observed')}
            </th>
          </tr>
        </thead>
        <tbody>
          {keyed(rows, (r) => r.indicator).map(({ key, item: r }) => (
            <tr key={key}>
              <th scope="row">{r.label}</th>
              <td className="num">{formatNumber(r.observed)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </TableWrap>
  );
}
