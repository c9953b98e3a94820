import type { StylesheetJson } from 'cytoscape';
import type { ParseKeys, TFunction } from 'i18next';

// How each kind of node and link is drawn: a shape, a colour and a small pictogram per entity type (so the
// type reads without colour), link width by weight. Used by the canvas, the legend and the SVG export alike.

export type Shape =
  | 'ellipse'
  | 'round-rectangle'
  | 'rectangle'
  | 'diamond'
  | 'hexagon'
  | 'triangle'
  | 'tag'
  | 'octagon';

export interface TypeStyle {
  shape: Shape;
  colour: string;
  /** A white pictogram on a 24×24 grid (SVG path data). */
  icon: string;
}

export const TYPE_STYLES: Record<string, TypeStyle> = {
  person: {
    shape: 'ellipse',
    colour: '#1f5fa8',
    icon: 'M12 4a4 4 0 1 1 0 8a4 4 0 1 1 0-8zM4 21c0-4.4 3.6-7 8-7s8 2.6 8 7z',
  },
  organisation: {
    shape: 'hexagon',
    colour: '#6b3fa0',
    icon: 'M4 21V7l8-4l8 4v14h-6v-5h-4v5zM8 9h2v2H8zm6 0h2v2h-2z',
  },
  site: {
    shape: 'round-rectangle',
    colour: '#b03a2e',
    icon: 'M3 21V10l9-6l9 6v11h-6v-6H9v6z',
  },
  phone: {
    shape: 'rectangle',
    colour: '#2e7d4f',
    icon: 'M8 2h8a1 1 0 0 1 1 1v18a1 1 0 0 1-1 1H8a1 1 0 0 1-1-1V3a1 1 0 0 1 1-1zm1 3v12h6V5zm2 14v1h2v-1z',
  },
  account: {
    shape: 'diamond',
    colour: '#9a6a00',
    icon: 'M3 6h18v12H3zm0 3v2h18V9zm2 5v2h5v-2z',
  },
  vehicle: {
    shape: 'octagon',
    colour: '#455a64',
    icon: 'M4 15l2-6h12l2 6v4h-2v-2H6v2H4zm3-1a1 1 0 1 0 0 .1zm10 0a1 1 0 1 0 0 .1z',
  },
  vessel: {
    shape: 'octagon',
    colour: '#00626f',
    icon: 'M3 15h18l-3 5H6zm8-12h2v10h-2zm2 2l5 6h-5z',
  },
  identity_document: {
    shape: 'tag',
    colour: '#7a4a2a',
    icon: 'M5 3h10l4 4v14H5zm3 7h8v2H8zm0 4h8v2H8z',
  },
  place: {
    shape: 'triangle',
    colour: '#5d6d1e',
    icon: 'M12 2a6 6 0 0 1 6 6c0 4.5-6 12-6 12S6 12.5 6 8a6 6 0 0 1 6-6zm0 4a2 2 0 1 0 0 4a2 2 0 1 0 0-4z',
  },
};
const OTHER: TypeStyle = { shape: 'ellipse', colour: '#666666', icon: 'M8 8h8v8H8z' };

export const typeStyle = (type: string): TypeStyle => TYPE_STYLES[type] ?? OTHER;

/** A node type in words ("Person", "Phone number"); a type without a style of its own is "Other". */
export const typeName = (t: TFunction<'network'>, type: string): string =>
  t(`codes.nodeType.${Object.hasOwn(TYPE_STYLES, type) ? type : 'other'}` as ParseKeys<'network'>);

/** The pictogram as an image cytoscape can draw (the CSP allows data: images). */
export const iconUri = (s: TypeStyle) =>
  `data:image/svg+xml;utf8,${encodeURIComponent(
    `<svg xmlns="http://www.w3.org/2000/svg" width="24" height="24" viewBox="0 0 24 24"><path fill="#ffffff" d="${s.icon}"/></svg>`,
  )}`;

/** Community colours (colour-blind safe first, Okabe–Ito), reused in turn beyond eight. */
export const GROUP_COLOURS = [
  '#e69f00',
  '#56b4e9',
  '#009e73',
  '#f0e442',
  '#0072b2',
  '#d55e00',
  '#cc79a7',
  '#000000',
];
export const groupColour = (i: number) => GROUP_COLOURS[i % GROUP_COLOURS.length] as string;

/** Link width in pixels: 1.5 for one link or call, growing with the logarithm of the weight, at most 12. */
export const edgeWidth = (weight: number) => Math.min(12, 1.5 + 2 * Math.log2(Math.max(1, weight)));

export const EDGE_COLOURS: Record<string, string> = { call: '#2e7d4f', transfer: '#9a6a00' };
export const edgeColour = (type: string) => EDGE_COLOURS[type] ?? '#5a6570';

const looks = new Map<string, { shape: Shape; 'background-color': string; 'background-image': string }>();

/**
 * A node's shape, colour and pictogram, set on the node when it is drawn (no rule of the stylesheet changes them):
 * a rule per type would be matched again against every element each time thousands change at once.
 */
export function nodeLook(type: string) {
  let look = looks.get(type);
  if (!look) {
    const s = typeStyle(type);
    look = { shape: s.shape, 'background-color': s.colour, 'background-image': iconUri(s) };
    looks.set(type, look);
  }
  return look;
}

/** The canvas' stylesheet; big charts draw straight links and skip labels when zoomed out, to stay quick. */
export function stylesheet(big: boolean): StylesheetJson {
  return [
    {
      selector: 'node',
      style: {
        label: 'data(label)',
        width: 34,
        height: 34,
        shape: OTHER.shape,
        'background-color': OTHER.colour,
        'background-image': iconUri(OTHER),
        'background-width': '62%',
        'background-height': '62%',
        'font-size': 11,
        'text-valign': 'bottom',
        'text-margin-y': 4,
        'text-max-width': '120px',
        'text-wrap': 'ellipsis',
        'min-zoomed-font-size': big ? 9 : 0,
        color: '#1b1f24',
        'text-background-color': '#ffffff',
        'text-background-opacity': 0.8,
        'text-background-padding': '1px',
        'border-width': 0,
        'border-color': '#000000',
      },
    },
    { selector: 'node[group]', style: { 'border-width': 6, 'border-color': 'data(group)' } },
    {
      selector: 'node[?pinned]',
      style: { 'outline-width': 2, 'outline-color': '#1b1f24', 'outline-style': 'dashed' },
    },
    { selector: 'node.start', style: { width: 46, height: 46 } },
    {
      selector: 'node:selected',
      style: { 'overlay-color': '#ffbf00', 'overlay-opacity': 0.45, 'overlay-padding': 6 },
    },
    {
      // Colours by type, not from each link's data: a property read from data is worked out again each time a
      // link's style changes (thousands at once when a filter hides them). The width is set on each link.
      selector: 'edge',
      style: {
        'line-color': edgeColour(''),
        'curve-style': big ? 'haystack' : 'bezier',
        'target-arrow-shape': big ? 'none' : 'triangle',
        'target-arrow-color': edgeColour(''),
        'arrow-scale': 0.8,
        opacity: 0.8,
        label: big ? '' : 'data(label)',
        'font-size': 9,
        'min-zoomed-font-size': 8,
        'text-rotation': 'autorotate',
        color: '#3a4048',
      },
    },
    ...Object.entries(EDGE_COLOURS).map(([type, colour]) => ({
      selector: `edge[type = "${type}"]`,
      style: { 'line-color': colour, 'target-arrow-color': colour },
    })),
    {
      selector: 'edge:selected',
      style: { 'line-color': '#ffbf00', 'target-arrow-color': '#ffbf00', opacity: 1 },
    },
    { selector: '.dim', style: { opacity: 0.15 } },
    {
      selector: 'node.on-path',
      style: { 'overlay-color': '#d00000', 'overlay-opacity': 0.3, 'overlay-padding': 8 },
    },
    {
      selector: 'edge.on-path',
      style: { 'line-color': '#d00000', 'target-arrow-color': '#d00000', opacity: 1, 'z-index': 10 },
    },
    { selector: '.hidden', style: { display: 'none' } },
    // Nodes left out by the filters: unseen and untouchable, kept on the canvas (links: linkDrawing.ts's `off`).
    { selector: '.off', style: { visibility: 'hidden' } },
  ];
}
