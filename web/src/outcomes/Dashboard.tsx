import { navigate } from '../router.ts';
import type { Me } from '../types.ts';
import { ErrorMessage } from '../ui/Live.tsx';
import { useLoad } from '../useLoad.ts';
import { Exports } from './Exports.tsx';
import { FigurePair } from './FigurePair.tsx';
import { FiltersForm } from './FiltersForm.tsx';
import { filtersFrom, filtersQuery } from './labels.ts';
import { MapPanel } from './MapPanel.tsx';
import { type Dashboard as Figures, NO_FILTERS, type ShownTable } from './types.ts';

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
  const filters = filtersFrom(query, NO_FILTERS);
  const q = filtersQuery(filters);
  const figures = useLoad<Figures>(`/api/outcomes/dashboard${q ? `?${q}` : ''}`);
  const d = figures.data;
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
      {figures.loading && !d ? <p className="muted">Counting…</p> : null}
      {d ? (
        <>
          <p className="lead" aria-live="polite">
            {d.words.length
              ? `Showing: ${d.words.join('; ')}.`
              : 'Showing everything recorded, all places and times.'}{' '}
            No figure from 1 to {d.k - 1} is shown: each reads “fewer than {d.k}”, to protect the people
            behind it (a few larger figures are hidden the same way, so that a small one cannot be worked out
            from the totals). What leaves Lantern (the printed report, a release, a donor checklist) hides
            every figure under 11.
          </p>
          <Group title="Funnels: from the operation to justice and to care" tables={funnels} k={d.k} />
          <MapPanel query={q} />
          <Group title="Other indicators" tables={others} k={d.k} />
          <Group title="National indicators for progress reports" tables={national} k={d.k} />
          {d.medians.length ? (
            <section className="panel" aria-label="Medians">
              <h2>Medians</h2>
              <ul>
                {d.medians.map((m) => (
                  <li key={m.id}>
                    {m.title}:{' '}
                    {m.of === null
                      ? `hidden (fewer than ${d.k} cases)`
                      : m.days === null
                        ? 'none yet'
                        : `${m.days} days (of ${m.of} cases)`}
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
