import type L from 'leaflet';
import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { href, navigate } from '../../router.ts';
import type { Me } from '../../types.ts';
import { ErrorMessage, StatusMessage } from '../../ui/Live.tsx';
import { PageHeading } from '../../ui/PageHeading.tsx';
import { countries, countryAt, createBaseMap } from './basemap.ts';
import {
  createLayers,
  type Drawn,
  drawCells,
  drawCheckpoints,
  drawRoutes,
  drawSites,
  drawTips,
  featureKey,
  routeText,
} from './drawLayers.ts';
import { FeatureList, type Listed } from './FeatureList.tsx';
import { LAYERS, type Layer } from './types.ts';
import { useMapData } from './useMapData.ts';

const LAYER_LABELS: Record<Layer, string> = {
  sites: 'Sites and places',
  checkpoints: 'Checkpoints',
  cells: 'Cells of call records',
  tips: 'Tips',
};

const openEntity = (id: string) => navigate(`/intel/entities/${encodeURIComponent(id)}`);

/** `#/intel/map[?entity=<id>]`: the picture on the offline map, with the list of what is shown beside it. */
export function MapScreen({ me, entity }: { me: Me; entity: string | null }) {
  const data = useMapData(entity);
  const el = useRef<HTMLDivElement>(null);
  const map = useRef<L.Map | null>(null);
  const drawn = useRef<Drawn | null>(null);
  const [on, setOn] = useState<Record<Layer, boolean>>({
    sites: true,
    checkpoints: true,
    cells: false,
    tips: false,
  });
  const [view, setView] = useState<L.LatLngBounds | null>(null);
  const [borders, setBorders] = useState<Awaited<ReturnType<typeof countries>> | null>(null);
  const canSeeTips = me.permissions.includes('monitoring.read');

  useEffect(() => {
    if (!el.current) return;
    const base = createBaseMap(el.current, { label: 'Map of the region' });
    map.current = base.map;
    drawn.current = createLayers(base.map);
    const update = () => setView(base.map.getBounds());
    base.map.on('moveend zoomend', update);
    update();
    let live = true;
    void countries().then((c) => {
      if (live) setBorders(c);
    });
    return () => {
      live = false;
      base.destroy();
      map.current = null;
      drawn.current = null;
    };
  }, []);

  const sites = useMemo(
    () => (data.network ? data.network.sites : (data.features?.sites ?? [])),
    [data.features, data.network],
  );
  const routes = data.network?.routes ?? [];
  const siteById = useMemo(() => new Map(sites.map((s) => [s.id, s])), [sites]);

  useEffect(() => {
    const d = drawn.current;
    const m = map.current;
    if (!d || !m) return;
    d.markers.clear();
    drawSites(d, sites, { labelled: data.network !== null, centre: entity, onOpen: openEntity });
    drawCheckpoints(d, data.features?.checkpoints ?? []);
    drawCells(d, data.features?.cells ?? []);
    drawTips(d, data.features?.tips ?? [], (id) => d.markers.get(featureKey('tips', id))?.openTooltip());
    drawRoutes(d, routes, siteById);
    if (data.network && sites.length > 0) {
      m.fitBounds(
        sites.map((s) => [s.lat, s.lon] as [number, number]),
        { padding: [40, 40], maxZoom: 10 },
      );
    }
  }, [sites, routes, siteById, data.features, data.network, entity]);

  useEffect(() => {
    const d = drawn.current;
    const m = map.current;
    if (!d || !m) return;
    for (const k of LAYERS) {
      const g = d.groups[k];
      if (on[k] && !m.hasLayer(g)) g.addTo(m);
      if (!on[k] && m.hasLayer(g)) g.remove();
    }
    if (on.sites && !m.hasLayer(d.groups.routes)) d.groups.routes.addTo(m);
    if (!on.sites && m.hasLayer(d.groups.routes)) d.groups.routes.remove();
  }, [on]);

  const inView = useCallback(
    <T extends { lat: number; lon: number }>(k: Layer, items: readonly T[]): T[] =>
      on[k] && view ? items.filter((i) => view.contains([i.lat, i.lon])) : [],
    [on, view],
  );
  const shown: Listed = {
    sites: inView('sites', sites),
    checkpoints: inView('checkpoints', data.features?.checkpoints ?? []),
    cells: inView('cells', data.features?.cells ?? []),
    tips: inView('tips', data.features?.tips ?? []),
  };
  const showOnMap = (kind: Layer, id: string) => {
    const marker = drawn.current?.markers.get(featureKey(kind, id));
    if (!marker || !map.current) return;
    map.current.setView(marker.getLatLng(), Math.max(map.current.getZoom(), 9));
    marker.openTooltip();
  };
  const countryOf = (lat: number, lon: number) => (borders ? countryAt(borders, lat, lon) : null);
  const f = data.features;
  const withheld = f?.withheld ?? [];
  const notes = [
    f?.truncated.length ? `Only part of ${f.truncated.join(', ')} could be drawn: zoom to an area.` : null,
    f?.unlocatedCheckpoints
      ? `${f.unlocatedCheckpoints} checkpoint${f.unlocatedCheckpoints === 1 ? '' : 's'} in the records could not be placed: give a place entity of that name its coordinates.`
      : null,
    data.network?.unlocated
      ? `${data.network.unlocated} of the network's entities have no position and are not drawn; the lines pass through them.`
      : null,
  ].filter(Boolean);

  return (
    <>
      <PageHeading>Map</PageHeading>
      {data.network ? (
        <p className="lead">
          The located sites and places within two steps of{' '}
          <strong>{data.network.label || 'this entity'}</strong> and the routes between them.{' '}
          <a href={href(`/intel/entities/${encodeURIComponent(data.network.centre)}`)}>Its page</a> ·{' '}
          <a href={href('/intel/map')}>Show everything</a>
        </p>
      ) : (
        <p className="lead">
          Sites, checkpoints, cells and tips your agency may see, on a map drawn entirely from data bundled
          with Lantern. Choose a site to open its page.
        </p>
      )}
      <ErrorMessage message={data.error} />
      <StatusMessage message={data.loading ? 'Loading the map’s features…' : null} />
      <div className="map-layout">
        <div className="map-main">
          <fieldset className="choices map-layers">
            <legend>Layers</legend>
            <ul>
              {LAYERS.map((k) => {
                const hidden = k === 'tips' && (!canSeeTips || withheld.includes('tips'));
                return (
                  <li key={k}>
                    <input
                      id={`map-layer-${k}`}
                      type="checkbox"
                      checked={on[k] && !hidden}
                      disabled={hidden}
                      onChange={(e) => setOn((o) => ({ ...o, [k]: e.target.checked }))}
                    />
                    <label htmlFor={`map-layer-${k}`}>
                      {LAYER_LABELS[k]}
                      {hidden ? ' (not for your role)' : ''}
                    </label>
                  </li>
                );
              })}
            </ul>
          </fieldset>
          <div ref={el} className="map-canvas" data-testid="map" />
          {notes.map((n) => (
            <p key={n} className="muted small">
              {n}
            </p>
          ))}
        </div>
        <aside className="map-side" aria-labelledby="map-list-h">
          <FeatureList
            shown={shown}
            countryOf={countryOf}
            onShow={showOnMap}
            routes={routes.map((r) =>
              routeText(r, siteById.get(r.from)?.label ?? '', siteById.get(r.to)?.label ?? ''),
            )}
          />
        </aside>
      </div>
    </>
  );
}
