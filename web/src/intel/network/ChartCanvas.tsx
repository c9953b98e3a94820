import cytoscape, { type Core, type ElementDefinition } from 'cytoscape';
import { forwardRef, useImperativeHandle, useLayoutEffect, useRef } from 'react';
import type { ChartState } from './chartState.ts';
import { installDragRedraw } from './dragRedraw.ts';
import { installDrawOrder } from './drawOrder.ts';
import { installLinkDrawing, type LinkDrawing } from './linkDrawing.ts';
import { edgeWidth, nodeLook, stylesheet } from './style.ts';

// The Cytoscape canvas. It draws the difference between one chart state and the next (so an expansion adds
// its nodes without moving the others), places new nodes in a ring around the node that brought them in, and
// reports selections and clicked links. Positions live here; the page reads them when it saves or exports.
// Elements loaded but left out by the filters of the moment stay on the canvas, unseen and untouchable (nodes with
// class `off`, links listed in linkDrawing.ts's `off`, so that no link is restyled): a filter only changes which
// are seen, without removing, adding or laying out anything.

/** Above this many links the chart draws straight links without arrows or link labels. */
export const BIG_CHART = 1500;

export interface CanvasHandle {
  positions(): Map<string, { x: number; y: number }>;
  png(): Blob;
  fit(): void;
  /** Lays out the unpinned nodes again (force-directed for small charts, a grid for big ones). */
  layout(): void;
  select(ids: string[]): void;
  /** For the benchmark: the Cytoscape core. */
  core(): Core | null;
  /** For the benchmark: how many chart states the canvas has taken in (it waits for a change to reach it). */
  states(): number;
}

interface Props {
  /** The chart as shown. */
  state: ChartState;
  /** The chart as loaded (`state` is it under the filters of the moment); by default `state`. */
  loaded?: ChartState | undefined;
  /** Community colour per node, when grouped. */
  groups: Map<string, string> | null;
  path: { nodes: Set<string>; edges: Set<string> } | null;
  onSelect: (ids: string[]) => void;
  onEdge: (id: string) => void;
  label: string;
}

function ring(cy: Core, centre: { x: number; y: number }, ids: string[], done: Set<string>) {
  const r = 90 + 7 * ids.length;
  const offset = Math.random() * Math.PI;
  ids.forEach((id, i) => {
    const a = offset + (2 * Math.PI * i) / ids.length;
    cy.getElementById(id).position({ x: centre.x + r * Math.cos(a), y: centre.y + r * Math.sin(a) });
    done.add(id);
  });
}

interface Drawn {
  all: ChartState;
  shown: ChartState;
}

/** Marks `off` what is loaded but not shown, and takes the mark off what is shown again. */
function showOnly(cy: Core, links: LinkDrawing, prev: Drawn | null, next: Drawn) {
  if (!prev || (prev.shown === next.shown && prev.all === next.all)) return;
  const off: cytoscape.NodeSingular[] = [];
  const on: cytoscape.NodeSingular[] = [];
  for (const id of next.all.nodes.keys()) {
    // Elements added in this change were added with the mark they need.
    if (!prev.all.nodes.has(id)) continue;
    const now = next.shown.nodes.has(id);
    if (now !== prev.shown.nodes.has(id))
      (now ? on : off).push(cy.getElementById(id) as cytoscape.NodeSingular);
  }
  // Cytoscape makes a collection of an array of its elements (its types only speak of element definitions).
  if (off.length > 0) cy.collection(off as unknown as cytoscape.CollectionArgument).addClass('off');
  if (on.length > 0) cy.collection(on as unknown as cytoscape.CollectionArgument).removeClass('off');
  let changed = false;
  for (const id of next.all.edges.keys()) {
    if (!prev.all.edges.has(id)) continue;
    const now = next.shown.edges.has(id);
    if (now !== links.off.has(id)) continue;
    changed = true;
    if (now) links.off.delete(id);
    else {
      links.off.add(id);
      const e = cy.getElementById(id);
      if (e.selected()) e.unselect();
    }
  }
  // Nothing else may have changed on the canvas: it draws again without the links taken off.
  if (changed) cy.forceRender();
}

/** What is seen of the chart: its nodes not hidden nor filtered out and the links between them the filters keep. */
function seen(cy: Core, links: LinkDrawing) {
  return cy
    .elements()
    .not('.hidden, .off')
    .filter((el) => el.isNode() || !links.off.has(el.id()));
}

function sync(cy: Core, links: LinkDrawing, drawn: Drawn | null, next: Drawn) {
  const s = next.all;
  const old = drawn?.all ?? { nodes: new Map(), edges: new Map() };
  const add: ElementDefinition[] = [];
  const fresh: string[] = [];
  cy.batch(() => {
    // Removed in one collection: one element at a time costs a pass over the whole chart each.
    const gone = cy.collection();
    for (const id of old.edges.keys())
      if (!s.edges.has(id)) {
        gone.merge(cy.getElementById(id));
        links.off.delete(id);
      }
    for (const id of old.nodes.keys()) if (!s.nodes.has(id)) gone.merge(cy.getElementById(id));
    if (gone.nonempty()) cy.remove(gone);
    for (const n of s.nodes.values()) {
      const was = old.nodes.get(n.id);
      if (!was) {
        add.push({
          group: 'nodes',
          data: { id: n.id, label: n.label, type: n.type, pinned: n.pinned },
          classes: [
            n.id === s.start ? 'start' : '',
            n.hidden ? 'hidden' : '',
            next.shown.nodes.has(n.id) ? '' : 'off',
          ]
            .join(' ')
            .trim(),
          style: nodeLook(n.type),
          ...(n.at ? { position: { ...n.at } } : {}),
        });
        if (!n.at) fresh.push(n.id);
      } else if (was.pinned !== n.pinned || was.hidden !== n.hidden) {
        const el = cy.getElementById(n.id);
        el.data('pinned', n.pinned);
        el.toggleClass('hidden', n.hidden);
        if (n.pinned) el.lock();
        else el.unlock();
      }
    }
    for (const e of s.edges.values())
      if (!old.edges.has(e.id)) {
        if (!next.shown.edges.has(e.id)) links.off.add(e.id);
        add.push({
          group: 'edges',
          data: {
            id: e.id,
            source: e.from,
            target: e.to,
            label: e.label,
            type: e.type,
            weight: e.weight,
          },
          // Set once on the link (no rule changes it), so hiding and showing links does not work it out again.
          style: { width: edgeWidth(e.weight) },
        });
      }
    // Cytoscape warns once per element given a style of its own (console.warn, 10,000 times for a big chart):
    // that style is set on purpose (see style.ts's nodeLook), so its warnings are off while adding.
    cytoscape.warnings(false);
    cy.add(add);
    cytoscape.warnings(true);
    showOnly(cy, links, drawn, next);
    for (const n of s.nodes.values()) if (n.pinned && !old.nodes.has(n.id)) cy.getElementById(n.id).lock();
    // New nodes in a ring around the node that brought them in (or the start, or the middle of the view).
    const byParent = new Map<string, string[]>();
    for (const id of fresh) {
      const p = s.nodes.get(id)?.addedBy ?? '';
      byParent.set(p, [...(byParent.get(p) ?? []), id]);
    }
    const placed = new Set<string>();
    const freshSet = new Set(fresh);
    for (const [parent, ids] of byParent) {
      const p = parent ? cy.getElementById(parent) : null;
      const centre = p?.nonempty() && !freshSet.has(parent) ? p.position() : { x: 0, y: 0 };
      const lone = ids.filter((id) => id !== s.start);
      if (ids.includes(s.start)) cy.getElementById(s.start).position({ x: 0, y: 0 });
      ring(cy, centre, lone, placed);
    }
  });
  return fresh.length;
}

/**
 * Cytoscape adds a <style> element to the page unless an element with its id is there already; the page's CSP
 * refuses inline styles, so a placeholder with that id stands in and network.css holds its one rule.
 */
function keepCytoscapeStylesOut() {
  const id = '__________cytoscape_stylesheet';
  if (document.getElementById(id)) return;
  const placeholder = document.createElement('meta');
  placeholder.id = id;
  placeholder.name = 'cytoscape-styles';
  placeholder.content = 'in network.css';
  document.head.append(placeholder);
}

export const ChartCanvas = forwardRef<CanvasHandle, Props>(function ChartCanvas(props, ref) {
  const box = useRef<HTMLDivElement>(null);
  const cyRef = useRef<Core | null>(null);
  const linksRef = useRef<LinkDrawing>({ off: new Set(), batched: false });
  const shown = useRef<Drawn | null>(null);
  const big = useRef(false);
  const states = useRef(0);
  const handlers = useRef(props);
  handlers.current = props;

  useLayoutEffect(() => {
    if (!box.current) return;
    keepCytoscapeStylesOut();
    const cy = cytoscape({
      container: box.current,
      style: stylesheet(false),
      wheelSensitivity: 0.3,
      minZoom: 0.05,
      maxZoom: 4,
      pixelRatio: 1,
      hideEdgesOnViewport: false,
      textureOnViewport: false,
      boxSelectionEnabled: true,
      selectionType: 'additive',
    });
    installDrawOrder(cy);
    installDragRedraw(cy);
    const links = installLinkDrawing(cy);
    linksRef.current = links;
    let pending = false;
    const report = () => {
      if (pending) return;
      pending = true;
      queueMicrotask(() => {
        pending = false;
        handlers.current.onSelect(cy.$('node:selected').map((n) => n.id()));
      });
    };
    cy.on('select unselect', 'node', report);
    cy.on('tap', 'edge', (ev) => {
      if (!links.off.has(ev.target.id())) handlers.current.onEdge(ev.target.id());
    });
    cy.on('tap', (ev) => {
      if (ev.target === cy) cy.$(':selected').unselect();
    });
    cyRef.current = cy;
    return () => {
      cy.destroy();
      cyRef.current = null;
      shown.current = null;
    };
  }, []);

  // Layout effects: the canvas takes each chart state in as it is committed, so that the frame showing the page's
  // change (an expansion's status, the node list) shows it on the canvas too (a passive effect may run after a
  // paint: one frame later).
  useLayoutEffect(() => {
    const cy = cyRef.current;
    if (!cy) return;
    const links = linksRef.current;
    const isBig = (props.loaded ?? props.state).edges.size > BIG_CHART;
    if (isBig !== big.current) {
      big.current = isBig;
      links.batched = isBig;
      cy.style(stylesheet(isBig));
    }
    const next = { all: props.loaded ?? props.state, shown: props.state };
    const first = shown.current === null || shown.current.all.start !== next.all.start;
    if (first && shown.current) {
      cy.elements().remove();
      links.off.clear();
    }
    const added = sync(cy, links, first ? null : shown.current, next);
    shown.current = next;
    states.current++;
    // The whole chart in view when it opens, and after each change while it is small enough to read whole.
    if (added > 0 && (first || props.state.nodes.size <= 300)) cy.fit(seen(cy, links), 40);
  }, [props.state, props.loaded]);

  // Whether groups or a path are drawn: without them, a change of the chart has nothing of theirs to redraw.
  const marked = useRef({ groups: false, path: false });

  useLayoutEffect(() => {
    const cy = cyRef.current;
    if (!cy || (!props.groups && !marked.current.groups)) return;
    marked.current.groups = props.groups !== null;
    cy.batch(() => {
      // Nodes left out by the filters too, so that none shows an old group when it comes back.
      for (const id of (props.loaded ?? props.state).nodes.keys()) {
        const n = cy.getElementById(id);
        const g = props.groups?.get(id);
        if (g) n.data('group', g);
        else if (n.data('group')) n.removeData('group');
      }
    });
  }, [props.groups, props.state, props.loaded]);

  useLayoutEffect(() => {
    const cy = cyRef.current;
    const p = props.path;
    if (!cy || (!p && !marked.current.path)) return;
    marked.current.path = p !== null;
    cy.batch(() => {
      // Only the elements that carry the classes: touching every element restyles the whole chart.
      cy.$('.on-path, .dim').removeClass('on-path dim');
      if (!p || props.state.nodes.size === 0) return;
      cy.elements().forEach((el) => {
        const on = el.group() === 'nodes' ? p.nodes.has(el.id()) : p.edges.has(el.id());
        el.addClass(on ? 'on-path' : 'dim');
      });
    });
  }, [props.path, props.state]);

  useImperativeHandle(ref, () => ({
    positions: () => {
      const out = new Map<string, { x: number; y: number }>();
      cyRef.current?.nodes().forEach((n) => {
        const { x, y } = n.position();
        out.set(n.id(), { x: Math.round(x * 10) / 10, y: Math.round(y * 10) / 10 });
      });
      return out;
    },
    png: () =>
      (cyRef.current as Core).png({
        output: 'blob',
        full: true,
        bg: '#ffffff',
        scale: 2,
        maxWidth: 6000,
        maxHeight: 6000,
      }),
    fit: () => {
      const cy = cyRef.current;
      if (cy) cy.fit(seen(cy, linksRef.current), 40);
    },
    layout: () => {
      const cy = cyRef.current;
      if (!cy) return;
      const visible = seen(cy, linksRef.current);
      const name = visible.nodes().length > 400 ? 'grid' : 'cose';
      visible.layout({ name, animate: false, fit: true, padding: 40 } as cytoscape.LayoutOptions).run();
    },
    select: (ids) => {
      const cy = cyRef.current;
      if (!cy) return;
      const want = new Set(ids);
      cy.batch(() => {
        cy.nodes().forEach((n) => {
          if (want.has(n.id()) && !n.selected()) n.select();
          else if (!want.has(n.id()) && n.selected()) n.unselect();
        });
      });
    },
    core: () => cyRef.current,
    states: () => states.current,
  }));

  return <div ref={box} className="chart-canvas" role="img" aria-label={props.label} />;
});
