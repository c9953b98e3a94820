import type { TFunction } from 'i18next';
import { createContext, memo, useContext, useId, useMemo, useRef, useState } from 'react';
import { Trans, useTranslation } from 'react-i18next';
import { formatNumber } from '../../ui/format.ts';
import type { ChartNode, ChartState } from './chartState.ts';
import { typeName, typeStyle } from './style.ts';
import type { GEdge } from './types.ts';

/** At most this many rows are drawn at once; the filter box narrows the rest. */
const ROWS = 150;

export interface NodeActions {
  toggleSelect: (id: string) => void;
  expand: (id: string) => void;
  collapse: (id: string) => void;
  pin: (id: string, pinned: boolean) => void;
  hide: (id: string, hidden: boolean) => void;
  why: (edgeId: string) => void;
}

/**
 * The chart as a list, for those who cannot use the canvas: every node with its type, whether it is selected,
 * pinned or hidden, and buttons to expand, collapse, pin, hide and see its links and why each one is there.
 */
export function NodeList({
  state,
  selected,
  busy,
  actions,
}: {
  state: ChartState;
  selected: string[];
  busy: boolean;
  actions: NodeActions;
}) {
  const { t } = useTranslation('network');
  const [q, setQ] = useState('');
  const [open, setOpen] = useState<string | null>(null);
  const filterId = useId();
  // The actions as the page gives them now, behind functions that stay the same (rows redraw only on change).
  const current = useRef(actions);
  current.current = actions;
  const stable = useMemo<NodeActions & { open: (id: string) => void }>(
    () => ({
      toggleSelect: (id) => current.current.toggleSelect(id),
      expand: (id) => current.current.expand(id),
      collapse: (id) => current.current.collapse(id),
      pin: (id, pinned) => current.current.pin(id, pinned),
      hide: (id, hidden) => current.current.hide(id, hidden),
      why: (id) => current.current.why(id),
      open: (id) => setOpen((was) => (was === id ? null : id)),
    }),
    [],
  );
  const links = useMemo(() => {
    const m = new Map<string, GEdge[]>();
    for (const e of state.edges.values())
      for (const end of [e.from, e.to]) {
        const list = m.get(end);
        if (list) list.push(e);
        else m.set(end, [e]);
      }
    return m;
  }, [state.edges]);
  const shown = useMemo(() => ({ links, t }), [links, t]);
  const chosen = new Set(selected);
  const needle = q.trim().toLowerCase();
  const all = [...state.nodes.values()].filter(
    (n) =>
      !needle || n.label.toLowerCase().includes(needle) || typeName(t, n.type).toLowerCase().includes(needle),
  );
  // Selected nodes first, then the start, then in the order they came onto the chart.
  all.sort(
    (a, b) =>
      Number(chosen.has(b.id)) - Number(chosen.has(a.id)) ||
      Number(b.id === state.start) - Number(a.id === state.start),
  );
  const rows = all.slice(0, ROWS);
  const name = (id: string) => state.nodes.get(id)?.label ?? id;
  return (
    <section className="panel chart-list" aria-labelledby="chart-list-h">
      <h2 id="chart-list-h">{t('nodeList.heading', { n: state.nodes.size })}</h2>
      <div className="field">
        <label htmlFor={filterId}>{t('nodeList.find')}</label>
        <input
          id={filterId}
          value={q}
          onChange={(e) => setQ(e.target.value)}
          placeholder={t('nodeList.findPlaceholder')}
        />
      </div>
      <Busy.Provider value={busy}>
        <Shown.Provider value={shown}>
          <ul className="chart-nodes" aria-label={t('nodeList.label')}>
            {rows.map((n) => (
              <NodeRow
                key={n.id}
                n={n}
                isStart={n.id === state.start}
                expanded={state.expanded.has(n.id)}
                chosen={chosen.has(n.id)}
                links={open === n.id ? (links.get(n.id) ?? NONE) : null}
                name={open === n.id ? name : null}
                actions={stable}
              />
            ))}
          </ul>
        </Shown.Provider>
      </Busy.Provider>
      {all.length > rows.length ? (
        <p className="muted">{t('nodeList.more', { count: all.length - rows.length })}</p>
      ) : null}
    </section>
  );
}

const NONE: GEdge[] = [];

/** One node of the list; drawn again only when something it shows changes (a big chart lists 150 at once). */
const NodeRow = memo(function NodeRow({
  n,
  isStart,
  expanded,
  chosen,
  links,
  name,
  actions,
}: {
  n: ChartNode;
  isStart: boolean;
  expanded: boolean;
  chosen: boolean;
  /** The node's links, when they are listed (open). */
  links: GEdge[] | null;
  /** Node names, for the links listed when open. */
  name: ((id: string) => string) | null;
  actions: NodeActions & { open: (id: string) => void };
}) {
  const { t } = useTranslation('network');
  const st = typeStyle(n.type);
  const about = [
    typeName(t, n.type),
    isStart ? t('nodeList.start') : null,
    n.pinned ? t('nodeList.pinned') : null,
    n.hidden ? t('nodeList.hidden') : null,
  ].filter((x) => x !== null);
  return (
    <li data-node={n.id} className={n.hidden ? 'is-hidden' : undefined}>
      <label className="chart-node-name">
        <input type="checkbox" checked={chosen} onChange={() => actions.toggleSelect(n.id)} />
        <span className={`type-swatch shape-${st.shape}`} data-type={n.type} aria-hidden="true" />
        <span>
          {n.label}{' '}
          <span className="muted">{t('nodeList.about', { about: about.join(t('separator')) })}</span>
        </span>
      </label>
      <div className="chart-node-actions">
        {expanded && !isStart ? (
          <button
            type="button"
            className="button small"
            onClick={() => actions.collapse(n.id)}
            aria-label={t('nodeList.collapseNamed', { name: n.label })}
          >
            {t('nodeList.collapse')}
          </button>
        ) : (
          <ExpandButton
            id={n.id}
            expand={actions.expand}
            label={t('nodeList.expandNamed', { name: n.label })}
            text={t('nodeList.expand')}
          />
        )}
        <button
          type="button"
          className="button small"
          aria-pressed={n.pinned}
          onClick={() => actions.pin(n.id, !n.pinned)}
          aria-label={
            n.pinned ? t('nodeList.unpinNamed', { name: n.label }) : t('nodeList.pinNamed', { name: n.label })
          }
        >
          {n.pinned ? t('nodeList.unpin') : t('nodeList.pin')}
        </button>
        <button
          type="button"
          className="button small"
          onClick={() => actions.hide(n.id, !n.hidden)}
          aria-label={
            n.hidden ? t('nodeList.showNamed', { name: n.label }) : t('nodeList.hideNamed', { name: n.label })
          }
        >
          {n.hidden ? t('nodeList.show') : t('nodeList.hide')}
        </button>
        <LinksButton n={n} open={links !== null} actions={actions} />
      </div>
      {links && name ? (
        <ul className="chart-links" aria-label={t('nodeList.linksOf', { name: n.label })}>
          {links.map((e) => (
            <li key={e.id}>
              <Trans
                t={t}
                i18nKey="nodeList.link"
                values={{ from: name(e.from), link: e.label, to: name(e.to) }}
                components={{ 1: <em /> }}
              />
              {e.weight > 1 ? ` (${formatNumber(e.weight)})` : ''}{' '}
              <button type="button" className="button small link" onClick={() => actions.why(e.id)}>
                {t('nodeList.why')}
              </button>
            </li>
          ))}
        </ul>
      ) : null}
    </li>
  );
});

/**
 * The button that lists a node's links, with their count: the one part of a row a filter changes, so that a filter
 * on a big chart words 150 buttons again, not 150 rows.
 */
const LinksButton = memo(function LinksButton({
  n,
  open,
  actions,
}: {
  n: ChartNode;
  open: boolean;
  actions: { open: (id: string) => void };
}) {
  const shown = useContext(Shown);
  const count = shown?.links.get(n.id)?.length ?? 0;
  const t = shown?.t;
  // Worded again only when its count changes.
  const words = useMemo(
    () =>
      t && {
        label: t('nodeList.linksNamed', { name: n.label, n: count }),
        text: t('nodeList.links', { n: count }),
      },
    [t, n.label, count],
  );
  if (!words) return null;
  return (
    <button
      type="button"
      className="button small"
      aria-expanded={open}
      onClick={() => actions.open(n.id)}
      aria-label={words.label}
    >
      {words.text}
    </button>
  );
});

/** Whether the chart is asking the server: only the expand buttons follow it, not whole rows. */
const Busy = createContext(false);
/**
 * Each node's links on the chart as shown, and the list's words (its `t`, cheaper than each button asking i18next
 * for them): only the links buttons follow them, not whole rows.
 */
const Shown = createContext<{ links: Map<string, GEdge[]>; t: TFunction<'network'> } | null>(null);

/** Worded by its row: the 150 buttons of a big chart are drawn again twice at each expansion (busy, then not). */
function ExpandButton({
  id,
  expand,
  label,
  text,
}: {
  id: string;
  expand: (id: string) => void;
  label: string;
  text: string;
}) {
  const busy = useContext(Busy);
  return (
    <button
      type="button"
      className="button small"
      disabled={busy}
      onClick={() => expand(id)}
      aria-label={label}
    >
      {text}
    </button>
  );
}
