import type { TFunction } from 'i18next';
import L from 'leaflet';
import { linkWord } from '../network/linkWords.ts';
import type { Route } from './routesBetween.ts';
import type { Layer, MapCell, MapCheckpoint, MapSite, MapTip } from './types.ts';

// The picture's features drawn as vector markers (SVG, so each is an element a test or a screen reader can find),
// one layer group per kind, and the routes of a neighbourhood as lines between located nodes.

export interface Drawn {
  groups: Record<Layer | 'routes', L.LayerGroup>;
  /** The marker of each feature, by `kind:id`, to open from the list. */
  markers: Map<string, L.CircleMarker>;
}

export const featureKey = (kind: Layer, id: string) => `${kind}:${id}`;

/** The words of the tooltips, in the chosen language. */
type T = TFunction<'network'>;

export function createLayers(map: L.Map): Drawn {
  const groups = {
    routes: L.layerGroup(),
    cells: L.layerGroup(),
    tips: L.layerGroup(),
    checkpoints: L.layerGroup(),
    sites: L.layerGroup(),
  };
  for (const g of Object.values(groups)) g.addTo(map);
  return { groups, markers: new Map() };
}

const tooltip = (text: string, permanent: boolean) =>
  L.tooltip({ permanent, direction: 'top', offset: [0, -6], className: 'map-tooltip' }).setContent(text);

export function drawSites(
  d: Drawn,
  sites: readonly MapSite[],
  opts: { labelled: boolean; centre?: string | null; onOpen: (id: string) => void },
) {
  d.groups.sites.clearLayers();
  for (const s of sites) {
    const m = L.circleMarker([s.lat, s.lon], {
      radius: s.id === opts.centre ? 9 : 7,
      className: `map-site map-${s.type} map-id-${s.id}${s.id === opts.centre ? ' map-centre' : ''}`,
      color: '#7a1f1f',
      weight: 2,
      fillColor: s.type === 'place' ? '#f3c6c6' : '#c0392b',
      fillOpacity: 0.9,
    });
    m.bindTooltip(tooltip(s.label, opts.labelled));
    m.on('click', () => opts.onOpen(s.id));
    m.addTo(d.groups.sites);
    d.markers.set(featureKey('sites', s.id), m);
  }
}

export function drawCheckpoints(t: T, d: Drawn, list: readonly MapCheckpoint[]) {
  d.groups.checkpoints.clearLayers();
  for (const c of list) {
    const m = L.circleMarker([c.lat, c.lon], {
      radius: 6,
      className: 'map-checkpoint',
      color: '#14507a',
      weight: 2,
      fillColor: c.informal ? '#ffffff' : '#2e86c1',
      fillOpacity: 0.9,
    });
    m.bindTooltip(tooltip(t('map.tooltip.checkpoint', { name: c.name, count: c.crossings }), false));
    m.addTo(d.groups.checkpoints);
    d.markers.set(featureKey('checkpoints', c.id), m);
  }
}

export function drawCells(t: T, d: Drawn, list: readonly MapCell[]) {
  d.groups.cells.clearLayers();
  for (const c of list) {
    const m = L.circleMarker([c.lat, c.lon], {
      radius: Math.min(10, 3 + Math.log10(c.calls + 1) * 2),
      className: 'map-cell',
      color: '#4d5566',
      weight: 1,
      fillColor: '#8e99ad',
      fillOpacity: 0.5,
    });
    m.bindTooltip(tooltip(t('map.tooltip.cell', { cell: c.cellId, count: c.calls }), false));
    m.addTo(d.groups.cells);
    d.markers.set(featureKey('cells', c.cellId), m);
  }
}

export function drawTips(t: T, d: Drawn, list: readonly MapTip[], onOpen: (id: string) => void) {
  d.groups.tips.clearLayers();
  for (const tip of list) {
    const m = L.circleMarker([tip.lat, tip.lon], {
      radius: 6,
      className: 'map-tip',
      color: '#8a5a00',
      weight: 2,
      fillColor: '#f0b429',
      fillOpacity: 0.9,
    });
    m.bindTooltip(tooltip(t('map.tooltip.tip', { place: tip.placeHint ?? '', tlp: tip.tlp }), false));
    m.on('click', () => onOpen(tip.id));
    m.addTo(d.groups.tips);
    d.markers.set(featureKey('tips', tip.id), m);
  }
}

export function drawRoutes(d: Drawn, routes: readonly Route[], at: ReadonlyMap<string, MapSite>) {
  d.groups.routes.clearLayers();
  for (const r of routes) {
    const a = at.get(r.from);
    const b = at.get(r.to);
    if (!a || !b) continue;
    const line = L.polyline(
      [
        [a.lat, a.lon],
        [b.lat, b.lon],
      ],
      {
        className: `map-route${r.via.length ? ' map-route-indirect' : ''}`,
        color: '#7a1f1f',
        weight: 3,
        opacity: 0.8,
        dashArray: r.via.length ? '6 6' : undefined,
      },
    );
    line.bindTooltip(tooltip(routeText(r, a.label, b.label), false));
    line.addTo(d.groups.routes);
  }
}

/** "A — owns — Ko Aung — owns — B": a route in words, its links in the chosen language. */
export function routeText(r: Route, from: string, to: string): string {
  const parts = [from];
  r.links.forEach((link, i) => {
    parts.push(linkWord(link));
    parts.push(i < r.via.length ? (r.via[i] ?? '') : to);
  });
  return parts.join(' — ');
}
