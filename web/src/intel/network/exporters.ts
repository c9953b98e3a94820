import type { ChartState } from './chartState.ts';
import { edgeColour, edgeWidth, type Shape, typeStyle } from './style.ts';

// Exports written here from the chart's positions and styles: SVG (for reports and slides) and GraphML (for
// Gephi and i2 Analyst's Notebook users). PNG comes from Cytoscape itself.

type Positions = Map<string, { x: number; y: number }>;

const esc = (s: string) =>
  s.replace(
    /[<>&"']/g,
    (c) => ({ '<': '&lt;', '>': '&gt;', '&': '&amp;', '"': '&quot;', "'": '&apos;' })[c] ?? c,
  );

const R = 17;

/** The outline of a node shape centred on (x, y), as SVG. */
function shapeSvg(shape: Shape, x: number, y: number, fill: string, stroke: string): string {
  const poly = (pts: [number, number][]) =>
    `<polygon points="${pts.map(([a, b]) => `${(x + a * R).toFixed(1)},${(y + b * R).toFixed(1)}`).join(' ')}" fill="${fill}"${stroke}/>`;
  const regular = (k: number, turn: number) =>
    poly(
      Array.from({ length: k }, (_, i) => {
        const a = turn + (2 * Math.PI * i) / k;
        return [Math.cos(a), Math.sin(a)] as [number, number];
      }),
    );
  switch (shape) {
    case 'ellipse':
      return `<circle cx="${x}" cy="${y}" r="${R}" fill="${fill}"${stroke}/>`;
    case 'rectangle':
      return `<rect x="${x - R}" y="${y - R}" width="${2 * R}" height="${2 * R}" fill="${fill}"${stroke}/>`;
    case 'round-rectangle':
      return `<rect x="${x - R}" y="${y - R}" width="${2 * R}" height="${2 * R}" rx="6" fill="${fill}"${stroke}/>`;
    case 'diamond':
      return poly([
        [0, -1],
        [1, 0],
        [0, 1],
        [-1, 0],
      ]);
    case 'triangle':
      return poly([
        [0, -1],
        [1, 1],
        [-1, 1],
      ]);
    case 'hexagon':
      return regular(6, 0);
    case 'octagon':
      return regular(8, Math.PI / 8);
    case 'tag':
      return poly([
        [-1, -1],
        [0.4, -1],
        [1, 0],
        [0.4, 1],
        [-1, 1],
      ]);
  }
}

/**
 * The visible chart as a standalone SVG document: links, then nodes with their pictograms and labels; `typeName`
 * words a node's type for its title.
 */
export function chartSvg(
  s: ChartState,
  at: Positions,
  groups: Map<string, string> | null,
  typeName: (type: string) => string,
): string {
  const shown = [...s.nodes.values()].filter((n) => !n.hidden && at.has(n.id));
  const ids = new Set(shown.map((n) => n.id));
  const pts = shown.map((n) => at.get(n.id) as { x: number; y: number });
  const pad = 80;
  const minX = Math.min(0, ...pts.map((p) => p.x)) - pad;
  const minY = Math.min(0, ...pts.map((p) => p.y)) - pad;
  const maxX = Math.max(0, ...pts.map((p) => p.x)) + pad;
  const maxY = Math.max(0, ...pts.map((p) => p.y)) + pad;
  const out = [
    `<?xml version="1.0" encoding="UTF-8"?>`,
    `<svg xmlns="http://www.w3.org/2000/svg" viewBox="${minX.toFixed(0)} ${minY.toFixed(0)} ${(maxX - minX).toFixed(0)} ${(maxY - minY).toFixed(0)}" width="${(maxX - minX).toFixed(0)}" height="${(maxY - minY).toFixed(0)}" font-family="sans-serif">`,
    `<rect x="${minX.toFixed(0)}" y="${minY.toFixed(0)}" width="100%" height="100%" fill="#ffffff"/>`,
    '<g stroke-linecap="round" opacity="0.8">',
  ];
  for (const e of s.edges.values()) {
    if (!ids.has(e.from) || !ids.has(e.to)) continue;
    const a = at.get(e.from) as { x: number; y: number };
    const b = at.get(e.to) as { x: number; y: number };
    out.push(
      `<line x1="${a.x}" y1="${a.y}" x2="${b.x}" y2="${b.y}" stroke="${edgeColour(e.type)}" stroke-width="${edgeWidth(e.weight).toFixed(1)}"><title>${esc(e.label)} (${e.weight})</title></line>`,
    );
  }
  out.push('</g>', '<g font-size="11" text-anchor="middle">');
  for (const n of shown) {
    const { x, y } = at.get(n.id) as { x: number; y: number };
    const st = typeStyle(n.type);
    const g = groups?.get(n.id);
    const stroke = g ? ` stroke="${g}" stroke-width="5"` : '';
    out.push(
      `<g><title>${esc(typeName(n.type))}: ${esc(n.label)}</title>${shapeSvg(st.shape, x, y, st.colour, stroke)}`,
      `<path transform="translate(${x - 10.5} ${y - 10.5}) scale(0.875)" fill="#ffffff" d="${st.icon}"/>`,
      `<text x="${x}" y="${y + R + 13}" fill="#1b1f24">${esc(n.label)}</text></g>`,
    );
  }
  out.push('</g>', '</svg>');
  return out.join('\n');
}

/** The chart as GraphML: nodes with type and label (and position), links with type, label and weight. */
export function chartGraphml(s: ChartState, at: Positions): string {
  const out = [
    '<?xml version="1.0" encoding="UTF-8"?>',
    '<graphml xmlns="http://graphml.graphdrawing.org/xmlns" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" xsi:schemaLocation="http://graphml.graphdrawing.org/xmlns http://graphml.graphdrawing.org/xmlns/1.0/graphml.xsd">',
    '<key id="label" for="node" attr.name="label" attr.type="string"/>',
    '<key id="type" for="node" attr.name="type" attr.type="string"/>',
    '<key id="x" for="node" attr.name="x" attr.type="double"/>',
    '<key id="y" for="node" attr.name="y" attr.type="double"/>',
    '<key id="etype" for="edge" attr.name="type" attr.type="string"/>',
    '<key id="elabel" for="edge" attr.name="label" attr.type="string"/>',
    '<key id="weight" for="edge" attr.name="weight" attr.type="double"/>',
    '<graph id="chart" edgedefault="directed">',
  ];
  const shown = new Set<string>();
  for (const n of s.nodes.values()) {
    if (n.hidden) continue;
    shown.add(n.id);
    const p = at.get(n.id);
    out.push(
      `<node id="${esc(n.id)}"><data key="label">${esc(n.label)}</data><data key="type">${esc(n.type)}</data>${
        p ? `<data key="x">${p.x}</data><data key="y">${p.y}</data>` : ''
      }</node>`,
    );
  }
  for (const e of s.edges.values()) {
    if (!shown.has(e.from) || !shown.has(e.to)) continue;
    out.push(
      `<edge id="${esc(e.id)}" source="${esc(e.from)}" target="${esc(e.to)}"><data key="etype">${esc(e.type)}</data><data key="elabel">${esc(e.label)}</data><data key="weight">${e.weight}</data></edge>`,
    );
  }
  out.push('</graph>', '</graphml>');
  return out.join('\n');
}

/** Offers a file to the user (a temporary object URL on a link, no inline script or style). */
export function download(name: string, data: Blob | string, type: string) {
  const blob = typeof data === 'string' ? new Blob([data], { type }) : data;
  const url = URL.createObjectURL(blob);
  const a = document.createElement('a');
  a.href = url;
  a.download = name;
  document.body.append(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}
