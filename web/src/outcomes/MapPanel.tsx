import { lazy, Suspense, useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorMessage } from '../ui/Live.tsx';
import { TableWrap } from '../ui/TableWrap.tsx';
import { useLoad } from '../useLoad.ts';
import { countryWord, figure } from './labels.ts';
import { measureWords } from './tableWords.ts';
import type { MapFigures } from './types.ts';

const ProvinceMap = lazy(() => import('./ProvinceMap.tsx'));

/** The headline figures by province: on the offline map, and in a table beside it. */
export function MapPanel({ query }: { query: string }) {
  const { t } = useTranslation('outcomes');
  const figures = useLoad<MapFigures>(`/api/outcomes/dashboard/map${query ? `?${query}` : ''}`);
  const [measure, setMeasure] = useState(0);
  const id = useId();
  const data = figures.data;
  return (
    <section className="panel" aria-labelledby={`${id}-h`}>
      <h2 id={`${id}-h`}>{t('map.title')}</h2>
      <ErrorMessage message={figures.error} />
      {figures.loading && !data ? <p className="muted">{t('map.counting')}</p> : null}
      {data ? (
        <>
          <div className="field narrow-field">
            <label htmlFor={`${id}-m`}>{t('map.show')}</label>
            <select id={`${id}-m`} value={measure} onChange={(e) => setMeasure(Number(e.target.value))}>
              {data.measures.map((m, i) => (
                <option key={m.id} value={i}>
                  {measureWords(t, m)}
                </option>
              ))}
            </select>
          </div>
          <div className="figure-pair">
            <div className="figure-chart">
              <Suspense fallback={<p className="muted">{t('map.loading')}</p>}>
                <ProvinceMap figures={data} measure={measure} />
              </Suspense>
            </div>
            <TableWrap>
              <table className="figure-table">
                <caption>{t('map.caption')}</caption>
                <thead>
                  <tr>
                    <th scope="col">{t('map.province')}</th>
                    {data.measures.map((m) => (
                      <th key={m.id} scope="col" className="num">
                        {measureWords(t, m)}
                      </th>
                    ))}
                  </tr>
                </thead>
                <tbody>
                  {data.provinces.map((p) => (
                    <tr key={`${p.country}|${p.province}`}>
                      <th scope="row">
                        {p.province}
                        <span className="sub">{countryWord(p.country)}</span>
                      </th>
                      {p.counts.map((n, i) => (
                        <td key={data.measures[i]?.id} className={n === null ? 'num hidden-figure' : 'num'}>
                          {figure(n, data.k)}
                        </td>
                      ))}
                    </tr>
                  ))}
                  {data.provinces.length === 0 ? (
                    <tr>
                      <td colSpan={data.measures.length + 1} className="muted">
                        {t('map.none')}
                      </td>
                    </tr>
                  ) : null}
                </tbody>
              </table>
            </TableWrap>
          </div>
        </>
      ) : null}
    </section>
  );
}
