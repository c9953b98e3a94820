import { useTranslation } from 'react-i18next';
import { navigate } from '../router.ts';
import type { Me } from '../types.ts';
import { ErrorMessage } from '../ui/Live.tsx';
import { useLoad } from '../useLoad.ts';
import { Exports } from './Exports.tsx';
import { FigurePair } from './FigurePair.tsx';
import { FiltersForm } from './FiltersForm.tsx';
import { filtersFrom, filtersQuery } from './labels.ts';
import { MapPanel } from './MapPanel.tsx';
import { filterWords, medianTitle } from './tableWords.ts';
import type { Dashboard as Figures, ShownTable } from './types.ts';

function Group({ title, tables, k }: { title: string; tables: ShownTable[]; k: number }) {
  if (tables.length === 0) return null;
  return (
    <section className="panel" aria-label={title}>
      <h2>{title}</h2>
      {tables.map((t) => (
        <FigurePair key={t.id} table={t} k={k} />
      ))}
    </section>
  );
}

/** `#/outcomes?…`: the indicators for the filters in the address, each chart with its table, the map, exports. */
export function Dashboard({ me, query }: { me: Me; query: string }) {
  const { t } = useTranslation('outcomes');
  const filters = filtersFrom(query);
  const q = filtersQuery(filters);
  const figures = useLoad<Figures>(`/api/outcomes/dashboard${q ? `?${q}` : ''}`);
  const d = figures.data;
  const shown = d ? filterWords(t, filters, d.agencyName) : [];
  const funnels = d?.tables.filter((t) => t.kind === 'funnel') ?? [];
  const national = d?.tables.filter((t) => t.kind === 'indicators') ?? [];
  const others = d?.tables.filter((t) => t.kind === 'breakdown') ?? [];
  return (
    <>
      <FiltersForm
        key={q}
        value={filters}
        places={d?.places ?? []}
        onApply={(f) => {
          const next = filtersQuery(f);
          navigate(`/outcomes${next ? `?${next}` : ''}`);
        }}
      />
      <ErrorMessage message={figures.error} />
      {figures.loading && !d ? <p className="muted">{t('dashboard.counting')}</p> : null}
      {d ? (
        <>
          <p className="lead" aria-live="polite">
            {shown.length ? t('dashboard.showing', { words: shown.join('; ') }) : t('dashboard.showingAll')}{' '}
            {t('dashboard.protection', { below: d.k - 1, k: d.k, released: 11 })}
          </p>
          <Group title={t('dashboard.funnels')} tables={funnels} k={d.k} />
          <MapPanel query={q} />
          <Group title={t('dashboard.others')} tables={others} k={d.k} />
          <Group title={t('dashboard.national')} tables={national} k={d.k} />
          {d.medians.length ? (
            <section className="panel" aria-label={t('dashboard.medians')}>
              <h2>{t('dashboard.medians')}</h2>
              <ul>
                {d.medians.map((m) => (
                  <li key={m.id}>
                    {m.of === null
                      ? t('dashboard.medianHidden', { title: medianTitle(t, m), k: d.k })
                      : m.days === null
                        ? t('dashboard.medianNone', { title: medianTitle(t, m) })
                        : t('dashboard.median', { title: medianTitle(t, m), count: m.days, of: m.of })}
                  </li>
                ))}
              </ul>
            </section>
          ) : null}
          <Exports
            dashboard={d}
            filters={filters}
            query={q}
            canPublish={me.permissions.includes('outcomes.publish')}
          />
        </>
      ) : null}
    </>
  );
}
