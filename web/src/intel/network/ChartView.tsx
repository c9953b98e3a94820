import { type ReactNode, type RefObject, useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { messageOf } from '../../api.ts';
import { ErrorMessage, StatusMessage } from '../../ui/Live.tsx';
import { type CanvasHandle, ChartCanvas } from './ChartCanvas.tsx';
import { filtered, narrower } from './chartFilter.ts';
import {
  addGraph,
  type ChartState,
  collapse,
  emptyChart,
  expandWith,
  replay,
  setNode,
} from './chartState.ts';
import { chartGroups } from './communities.ts';
import { chartGraphml, chartSvg, download } from './exporters.ts';
import { FiltersPanel } from './FiltersPanel.tsx';
import { Legend } from './Legend.tsx';
import { wordedSource } from './linkWords.ts';
import { NodeList } from './NodeList.tsx';
import { PathPanel } from './PathPanel.tsx';
import { typeName } from './style.ts';
import type { ChartDocument, Filters, GraphSource, PathAnswer } from './types.ts';
import { WhyPanel } from './WhyPanel.tsx';
import type { Grades } from './why.ts';

const YEAR = 365 * 86_400_000;

/**
 * The link chart: the canvas, its toolbar (expand, collapse, pin, hide, group, lay out, export), the filters,
 * the path between two selected nodes, "why is this link here", and the list of nodes beside the canvas.
 */
export function ChartView({
  source: given,
  start,
  saved,
  grades,
  linkTypes,
  renderSave,
  canvasRef,
}: {
  source: GraphSource;
  start: string;
  saved?: ChartDocument | undefined;
  grades: Grades | null;
  linkTypes: [string, string][];
  renderSave?: ((current: () => ChartDocument) => ReactNode) | undefined;
  /** The canvas, for whoever measures it (the benchmark). */
  canvasRef?: RefObject<CanvasHandle | null> | undefined;
}) {
  const { t } = useTranslation('network');
  const source = useMemo(() => wordedSource(given), [given]);
  const own = useRef<CanvasHandle>(null);
  const canvas = canvasRef ?? own;
  const [chart, setChart] = useState<ChartState>(() => emptyChart(start));
  const [filters, setFilters] = useState<Filters>(saved?.filters ?? {});
  // The filters the chart's links were asked for under; narrower filters are applied here, on those links.
  const [loaded, setLoaded] = useState<Filters>(saved?.filters ?? {});
  const [grouped, setGrouped] = useState(saved?.grouped ?? false);
  const [selected, setSelected] = useState<string[]>([]);
  const [why, setWhy] = useState<string | null>(null);
  const [paths, setPaths] = useState<PathAnswer | null>(null);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [status, setStatus] = useState<string | null>(null);
  const chartRef = useRef(chart);
  chartRef.current = chart;

  const run = useCallback(async (what: () => Promise<void>) => {
    setBusy(true);
    setError(null);
    try {
      await what();
    } catch (e) {
      setError(messageOf(e));
    } finally {
      setBusy(false);
    }
  }, []);

  // The status is said once, in the language of the moment: `t` is read through a ref, not a reason to redraw.
  const words = useRef(t);
  words.current = t;
  useEffect(() => {
    void run(async () => {
      const doc = saved ?? { start, expanded: [], filters: {} };
      const r = await replay(source, doc);
      setChart(r.state);
      setLoaded(doc.filters);
      setFilters(doc.filters);
      if (r.state.nodes.size === 0) setStatus(words.current('chart.status.nothing'));
      else if (r.missing > 0) setStatus(words.current('chart.status.missing', { count: r.missing }));
    });
  }, [source, start, saved, run]);

  const select = (ids: string[]) => {
    setSelected(ids);
    canvas.current?.select(ids);
  };

  const expand = useCallback(
    (id: string) =>
      run(async () => {
        const g = await source.neighbours(id, loaded);
        const before = filtered(chartRef.current, filters, loaded).nodes.size;
        const next = expandWith(chartRef.current, id, g);
        setChart(next);
        setStatus(
          t('chart.status.expanded', {
            count: filtered(next, filters, loaded).nodes.size - before,
            name: next.nodes.get(id)?.label ?? id,
          }),
        );
      }),
    [run, source, filters, loaded, t],
  );

  const expandAll = () =>
    run(async () => {
      const s0 = chartRef.current;
      const shown = filtered(s0, filters, loaded);
      const todo = [...shown.nodes.values()]
        .filter((n) => !n.hidden && !s0.expanded.has(n.id))
        .map((n) => n.id);
      let s = s0;
      for (let i = 0; i < todo.length; i += 6) {
        const batch = todo.slice(i, i + 6);
        const gs = await Promise.all(batch.map((id) => source.neighbours(id, loaded)));
        batch.forEach((id, k) => {
          s = expandWith(s, id, gs[k] as Parameters<typeof expandWith>[2]);
        });
      }
      setChart(s);
      setStatus(
        t('chart.status.expandedAll', {
          count: filtered(s, filters, loaded).nodes.size - shown.nodes.size,
        }),
      );
    });

  const applyFilters = (f: Filters) => {
    if (narrower(f, loaded)) {
      // Only narrower: the links on the chart are filtered here, the canvas hides what no longer passes.
      const shown = filtered(chartRef.current, f, loaded);
      setError(null);
      setFilters(f);
      setPaths(null);
      setStatus(t('chart.status.filtered', { count: shown.nodes.size, links: shown.edges.size }));
      return;
    }
    return run(async () => {
      const r = await replay(
        source,
        { start, expanded: [...chartRef.current.expanded], filters: f },
        chartRef.current,
      );
      setLoaded(f);
      setFilters(f);
      setChart(r.state);
      setPaths(null);
      setStatus(t('chart.status.filtered', { count: r.state.nodes.size, links: r.state.edges.size }));
    });
  };

  const findPaths = () =>
    run(async () => {
      const [a, b] = selected;
      if (!a || !b) return;
      const r = await source.paths(a, b, filters);
      setChart((s) => addGraph(s, r, null));
      setPaths(r);
    });

  // The chart as shown: the loaded chart under the filters of the moment.
  const view = useMemo(() => filtered(chart, filters, loaded), [chart, filters, loaded]);
  const groups = useMemo(() => (grouped ? chartGroups(view) : null), [grouped, view]);
  const pathSets = useMemo(
    () =>
      paths && paths.paths.length > 0
        ? {
            nodes: new Set(paths.paths.flatMap((p) => p.nodes)),
            edges: new Set(paths.paths.flatMap((p) => p.edges)),
          }
        : null,
    [paths],
  );
  // The time slider spans the traces seen on this chart (at least the last year), never narrowing as it filters.
  const spanRef = useRef({ min: Date.now() - YEAR, max: Date.now() });
  const spanOf = useRef(new WeakMap<object, true>());
  if (!spanOf.current.has(chart.edges)) {
    // Once per set of links, not at every drawing (a big chart holds thousands).
    spanOf.current.set(chart.edges, true);
    for (const e of chart.edges.values())
      if (e.provenance.kind === 'traces') {
        spanRef.current.min = Math.min(spanRef.current.min, Date.parse(e.provenance.firstAt));
        spanRef.current.max = Math.max(spanRef.current.max, Date.parse(e.provenance.lastAt));
      }
  }
  const name = (id: string) => view.nodes.get(id)?.label ?? id;
  const current = (): ChartDocument => {
    const at = canvas.current?.positions() ?? new Map();
    return {
      start,
      expanded: [...view.expanded].filter((id) => id !== start),
      nodes: [...view.nodes.values()].map((n) => ({
        id: n.id,
        x: at.get(n.id)?.x ?? 0,
        y: at.get(n.id)?.y ?? 0,
        pinned: n.pinned,
        hidden: n.hidden,
      })),
      filters,
      grouped,
    };
  };
  const whyEdge = why ? view.edges.get(why) : undefined;
  const one = selected.length === 1 ? view.nodes.get(selected[0] as string) : undefined;
  const stamp = new Date().toISOString().slice(0, 10);

  return (
    <div className="chart-layout">
      <div className="chart-main">
        <div className="chart-toolbar" role="toolbar" aria-label={t('chart.toolbar.label')}>
          <button
            type="button"
            className="button small"
            disabled={busy || !one}
            onClick={() => one && expand(one.id)}
          >
            {t('chart.toolbar.expand')}
          </button>
          <button
            type="button"
            className="button small"
            disabled={!one || !view.expanded.has(one.id)}
            onClick={() => one && setChart(collapse(chartRef.current, one.id))}
          >
            {t('chart.toolbar.collapse')}
          </button>
          <button type="button" className="button small" disabled={busy} onClick={expandAll}>
            {t('chart.toolbar.expandAll')}
          </button>
          <button
            type="button"
            className="button small"
            disabled={selected.length === 0}
            onClick={() =>
              setChart(
                selected.reduce(
                  (s, id) => setNode(s, id, { pinned: !s.nodes.get(id)?.pinned }),
                  chartRef.current,
                ),
              )
            }
          >
            {t('chart.toolbar.pin')}
          </button>
          <button
            type="button"
            className="button small"
            disabled={selected.length === 0}
            onClick={() => {
              setChart(selected.reduce((s, id) => setNode(s, id, { hidden: true }), chartRef.current));
              select([]);
            }}
          >
            {t('chart.toolbar.hide')}
          </button>
          <button
            type="button"
            className="button small"
            aria-pressed={grouped}
            onClick={() => setGrouped(!grouped)}
          >
            {grouped ? t('chart.toolbar.ungroup') : t('chart.toolbar.group')}
          </button>
          <button type="button" className="button small" onClick={() => canvas.current?.layout()}>
            {t('chart.toolbar.layout')}
          </button>
          <button type="button" className="button small" onClick={() => canvas.current?.fit()}>
            {t('chart.toolbar.fit')}
          </button>
          <button
            type="button"
            className="button small"
            onClick={() =>
              canvas.current && download(`link-chart-${stamp}.png`, canvas.current.png(), 'image/png')
            }
          >
            {t('chart.toolbar.png')}
          </button>
          <button
            type="button"
            className="button small"
            onClick={() =>
              download(
                `link-chart-${stamp}.svg`,
                chartSvg(view, canvas.current?.positions() ?? new Map(), groups?.colours ?? null, (type) =>
                  typeName(t, type),
                ),
                'image/svg+xml',
              )
            }
          >
            {t('chart.toolbar.svg')}
          </button>
          <button
            type="button"
            className="button small"
            onClick={() =>
              download(
                `link-chart-${stamp}.graphml`,
                chartGraphml(view, canvas.current?.positions() ?? new Map()),
                'application/graphml+xml',
              )
            }
          >
            {t('chart.toolbar.graphml')}
          </button>
        </div>
        <ErrorMessage message={error} />
        <StatusMessage message={busy ? t('chart.status.asking') : status} />
        <ChartCanvas
          ref={canvas}
          state={view}
          loaded={chart}
          groups={groups?.colours ?? null}
          path={pathSets}
          onSelect={setSelected}
          onEdge={setWhy}
          label={t('chart.canvasLabel', { count: view.nodes.size, links: view.edges.size })}
        />
        <Legend groups={groups} name={name} />
        {renderSave ? renderSave(current) : null}
      </div>
      <div className="chart-side">
        {whyEdge ? (
          <WhyPanel
            key={whyEdge.id}
            edge={whyEdge}
            name={name}
            grades={grades}
            onClose={() => setWhy(null)}
          />
        ) : null}
        <PathPanel
          selected={selected}
          name={name}
          paths={paths}
          busy={busy}
          onFind={findPaths}
          onWhy={setWhy}
          onClear={() => setPaths(null)}
        />
        <NodeList
          state={view}
          selected={selected}
          busy={busy}
          actions={{
            toggleSelect: (id) =>
              select(selected.includes(id) ? selected.filter((x) => x !== id) : [...selected, id]),
            expand: (id) => void expand(id),
            collapse: (id) => setChart(collapse(chartRef.current, id)),
            pin: (id, pinned) => setChart(setNode(chartRef.current, id, { pinned })),
            hide: (id, hidden) => setChart(setNode(chartRef.current, id, { hidden })),
            why: setWhy,
          }}
        />
        <FiltersPanel
          filters={filters}
          linkTypes={linkTypes}
          span={spanRef.current}
          busy={busy}
          onApply={applyFilters}
        />
      </div>
    </div>
  );
}
