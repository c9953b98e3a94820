import type { Core, SingularElementArgument } from 'cytoscape';

// How the canvas draws links. Cytoscape draws each element on its own: its bounding box, a dozen style look-ups
// and a stroke, 4-9 µs a link, so that a chart of 10,000 links took 45-90 ms a frame (210 ms zoomed out) on the
// 2-core machine, and the whole chart is drawn again on every change. Here its renderer draws the plain links of
// a big chart (straight, without label, arrow or overlay: the big chart's stylesheet) in one stroke per colour,
// width and opacity (25 ms for the whole chart at any zoom); other elements are drawn as before, by Cytoscape.
// Links left out by the filters of the moment are in `off`: not drawn and not answered when tapped, but their
// style left as it is, so that a filter restyles no link (restyling 5,000 links took 80-150 ms).
// This reaches into Cytoscape's canvas renderer (cytoscape is pinned to one version in package.json): if the
// three methods it replaces are not there, it throws rather than draw links the filters left out.

/** Cytoscape's element as its renderer reads it: its parsed style and what it worked out to draw it. */
type Ele = SingularElementArgument & {
  pstyle(name: string): { value: never; pfValue: number; strValue: string };
  _private: {
    group: string;
    data: { id: string };
    /** A hash of the element's style, changed whenever any property of it changes. */
    styleKey: unknown;
    rscratch: { badLine?: boolean; allpts?: number[] | null };
  };
};
type Draw = (ctx: CanvasRenderingContext2D, eles: Ele[], pxRatio: number, extent: unknown) => void;
interface Renderer {
  drawCachedElements: Draw;
  drawLayeredElements: Draw;
  /** Each element drawn in full, without caches: the PNG export's drawing. */
  drawElements: (ctx: CanvasRenderingContext2D, eles: Ele[]) => void;
}

export interface LinkDrawing {
  /** Links on the canvas but left out by the filters: not drawn, not tapped, not selected. */
  readonly off: Set<string>;
  /** Whether plain links are drawn in batches (set for big charts). */
  batched: boolean;
}

interface Batch {
  rgba: string;
  width: number;
  pts: number[];
}

/** A link's stroke as its style says (null: not plain), kept until its style changes (Cytoscape's style key). */
interface Look {
  key: unknown;
  /** `batch` names the links drawn in one stroke with it. */
  stroke: { rgba: string; width: number; batch: string; clear: boolean } | null;
}
const looks = new WeakMap<object, Look>();

function look(e: Ele): Look['stroke'] {
  const key = e._private.styleKey;
  const known = looks.get(e._private);
  if (known && known.key === key) return known.stroke;
  let stroke: Look['stroke'] = null;
  if (
    (e.pstyle('overlay-opacity').value as number) === 0 &&
    e.pstyle('target-arrow-shape').value === 'none' &&
    !e.pstyle('label').strValue
  ) {
    const c = e.pstyle('line-color').value as [number, number, number];
    const alpha = e.effectiveOpacity() * (e.pstyle('line-opacity').value as number);
    const rgba = `rgba(${c[0]},${c[1]},${c[2]},${alpha})`;
    const width = e.pstyle('width').pfValue;
    stroke = { rgba, width, batch: `${rgba}/${width}`, clear: alpha === 0 };
  }
  looks.set(e._private, { key, stroke });
  return stroke;
}

/** A straight link's ends (x0, y0, x1, y1) as Cytoscape worked them out, or null. */
function ends(e: Ele): number[] | null {
  const rs = e._private.rscratch;
  const pts = rs.allpts;
  return rs.badLine || !pts || pts.length !== 4 || Number.isNaN(pts[0]) ? null : pts;
}

interface Box {
  x1: number;
  y1: number;
  x2: number;
  y2: number;
}

/**
 * The part of the line from (x0, y0) to (x1, y1) inside `box` (Liang–Barsky), or null: the canvas would work out
 * the whole stroke of a long link of which a few pixels are in view (most of a big chart's, when zoomed in).
 */
export function clip(x0: number, y0: number, x1: number, y1: number, box: Box): number[] | null {
  const dx = x1 - x0;
  const dy = y1 - y0;
  let t0 = 0;
  let t1 = 1;
  const sides: [number, number][] = [
    [-dx, x0 - box.x1],
    [dx, box.x2 - x0],
    [-dy, y0 - box.y1],
    [dy, box.y2 - y0],
  ];
  for (const [p, q] of sides) {
    if (p === 0) {
      if (q < 0) return null;
      continue;
    }
    const t = q / p;
    if (p < 0) {
      if (t > t1) return null;
      if (t > t0) t0 = t;
    } else {
      if (t < t0) return null;
      if (t < t1) t1 = t;
    }
  }
  return [x0 + t0 * dx, y0 + t0 * dy, x0 + t1 * dx, y0 + t1 * dy];
}

/** Takes over the drawing of links on `cy`'s canvas (see above); returns the settings the canvas changes. */
export function installLinkDrawing(cy: Core): LinkDrawing {
  const r = (cy as unknown as { renderer(): Partial<Renderer> | undefined }).renderer();
  if (
    typeof r?.drawCachedElements !== 'function' ||
    typeof r.drawLayeredElements !== 'function' ||
    typeof r.drawElements !== 'function'
  )
    throw new Error('The chart cannot draw its links: Cytoscape is not the version it was written for.');
  const renderer = r as Renderer;
  const drawEach = renderer.drawCachedElements;
  const state: LinkDrawing = { off: new Set(), batched: false };

  renderer.drawCachedElements = function (ctx, eles, pxRatio, extent) {
    // The view in the chart's coordinates, widened by the widest link (none when drawing an image of it all).
    const e0 = extent as Box | undefined;
    const view = e0 ? { x1: e0.x1 - 8, y1: e0.y1 - 8, x2: e0.x2 + 8, y2: e0.y2 + 8 } : null;
    const rest: Ele[] = [];
    const batches = new Map<string, Batch>();
    for (let i = 0; i < eles.length; i++) {
      const ele = eles[i] as Ele;
      if (ele._private.group !== 'edges') {
        rest.push(ele);
        continue;
      }
      if (state.off.has(ele._private.data.id)) continue;
      const pts = state.batched ? ends(ele) : null;
      const stroke = pts && ele.visible() ? look(ele) : null;
      if (!pts || !stroke) {
        // Cytoscape's own drawing (it leaves out what is not visible).
        rest.push(ele);
        continue;
      }
      if (stroke.clear) continue;
      let b = batches.get(stroke.batch);
      if (!b) {
        b = { rgba: stroke.rgba, width: stroke.width, pts: [] };
        batches.set(stroke.batch, b);
      }
      const [x0, y0, x1, y1] = pts as [number, number, number, number];
      const seen = view ? clip(x0, y0, x1, y1, view) : pts;
      if (seen) b.pts.push(seen[0] as number, seen[1] as number, seen[2] as number, seen[3] as number);
    }
    // Links below nodes, as Cytoscape orders them; one path per batch.
    ctx.lineCap = 'butt';
    for (const b of batches.values()) {
      ctx.beginPath();
      const p = b.pts;
      for (let i = 0; i < p.length; i += 4) {
        ctx.moveTo(p[i] as number, p[i + 1] as number);
        ctx.lineTo(p[i + 2] as number, p[i + 3] as number);
      }
      ctx.lineWidth = b.width;
      ctx.strokeStyle = b.rgba;
      ctx.stroke();
    }
    drawEach.call(this, ctx, rest, pxRatio, extent);
  };
  // Cytoscape's layer textures (drawn from each element after a pause) would keep links that a filter took off.
  renderer.drawLayeredElements = function (ctx, eles, pxRatio, extent) {
    renderer.drawCachedElements.call(this, ctx, eles, pxRatio, extent);
  };

  // The PNG export draws every element on its own: without the links left out.
  const drawAll = renderer.drawElements;
  renderer.drawElements = function (ctx, eles) {
    const kept = eles.filter((e) => e._private.group !== 'edges' || !state.off.has(e._private.data.id));
    drawAll.call(this, ctx, kept);
  };

  // A link the filters left out answers no tap (the canvas's own handler checks `off`) and is not selected.
  cy.on('select', 'edge', (ev) => {
    if (state.off.has(ev.target.id())) ev.target.unselect();
  });
  return state;
}
