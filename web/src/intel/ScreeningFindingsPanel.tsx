import { keyed } from '../ui/keyed.ts';
import type { ScreeningFindings } from './types.ts';

/**
 * What the screenings of people removed from this site say about it: counts only, from operations that have
 * ended, and nothing but the number screened when they are too few to show without singling someone out.
 */
export function ScreeningFindingsPanel({ findings }: { findings: ScreeningFindings }) {
  return (
    <section className="panel" aria-labelledby="findings-h">
      <h2 id="findings-h">Screening findings at this site</h2>
      <p className="hint">
        Counts only, from the screenings of people removed from this site in operations that have ended: no
        pseudonym, answer or observation leaves the screening agency.
      </p>
      {findings.suppressed ? (
        <p>{findings.screened} screened: too few to show without risk of singling someone out.</p>
      ) : (
        <>
          <p>
            {findings.screened} {findings.screened === 1 ? 'person' : 'people'} screened;{' '}
            {findings.presumedTrafficked ?? 0} presumed trafficked.
          </p>
          <IndicatorCounts rows={findings.indicators} />
        </>
      )}
    </section>
  );
}

function IndicatorCounts({ rows }: { rows: ScreeningFindings['indicators'] }) {
  if (rows.length === 0) return <p className="muted">No indicator was observed in these screenings.</p>;
  return (
    <div className="table-wrap">
      <table>
        <caption className="visually-hidden">Indicators observed in the screenings</caption>
        <thead>
          <tr>
            <th scope="col">Indicator</th>
            <th scope="col" className="num">
              Times observed
            </th>
          </tr>
        </thead>
        <tbody>
          {keyed(rows, (r) => r.indicator).map(({ key, item: r }) => (
            <tr key={key}>
              <th scope="row">{r.label}</th>
              <td className="num">{r.observed}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
