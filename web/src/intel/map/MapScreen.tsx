import type { ParseKeys } from 'i18next';
import type L from 'leaflet';
import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { Trans, useTranslation } from 'react-i18next';
import { href, navigate } from '../../router.ts';
import type { Me } from '../../types.ts';
import { regionName } from '../../ui/format.ts';
import { ErrorMessage, StatusMessage } from '../../ui/Live.tsx';
import { PageHeading } from '../../ui/PageHeading.tsx';
import { type Country, countries, countryAt, createBaseMap } from './basemap.ts';
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
import { FeatureList, type Listed, layerName } from './FeatureList.tsx';
import { LAYERS, type Layer } from './types.ts';
import { useMapData } from './useMapData.ts';

const openEntity = (id: string) => navigate(`/intel/entities/${encodeURIComponent(id)}`);

/** `#/intel/map[?entity=<id>]`: the picture on the offline map, with the list of what is shown beside it. */
export function MapScreen({ me, entity }: { me: Me; entity: string | null }) {
  const { t, i18n } = useTranslation('network');
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
  // The map is made once; its label follows the language chosen.
  const label = t('map.label');
  const labelRef = useRef(label);
  labelRef.current = label;

  useEffect(() => {
    if (!el.current) return;
    const base = createBaseMap(el.current, { label: labelRef.current });
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

  useEffect(() => {
    map.current?.getContainer().setAttribute('aria-label', label);
  }, [label]);

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
    drawCheckpoints(t, d, data.features?.checkpoints ?? []);
    drawCells(t, d, data.features?.cells ?? []);
    drawTips(t, d, data.features?.tips ?? [], (id) => d.markers.get(featureKey('tips', id))?.openTooltip());
    drawRoutes(d, routes, siteById);
    if (data.network && sites.length > 0) {
      m.fitBounds(
        sites.map((s) => [s.lat, s.lon] as [number, number]),
        { padding: [40, 40], maxZoom: 10 },
      );
    }
  }, [sites, routes, siteById, data.features, data.network, entity, t]);

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
  // English keeps Natural Earth's short names (Myanmar, not "Myanmar (Burma)"); the others name the country by
  // its ISO number in their own words.
  const countryName = (c: Country): string => {
    const code = c.id === undefined ? '' : String(c.id);
    const own = i18n.language === 'en' || !code ? c.properties.name : regionName(code);
    return own === code ? c.properties.name : own;
  };
  const countryOf = (lat: number, lon: number) => {
    const at = borders ? countryAt(borders, lat, lon) : null;
    if (!at) return null;
    return at.coast ? t('map.coast', { country: countryName(at.country) }) : countryName(at.country);
  };
  const f = data.features;
  const withheld = f?.withheld ?? [];
  const notes = [
    f?.truncated.length
      ? t('map.note.truncated', {
          layers: f.truncated
            .map((k) => t(`codes.layerShort.${k}` as ParseKeys<'network'>))
            .join(t('separator')),
        })
      : null,
    f?.unlocatedCheckpoints ? t('map.note.unlocatedCheckpoints', { count: f.unlocatedCheckpoints }) : null,
    data.network?.unlocated ? t('map.note.unlocated', { count: data.network.unlocated }) : null,
  ].filter((n) => n !== null);

  return (
    <>
      <PageHeading>{t('map.title')}</PageHeading>
      {data.network ? (
        <p className="lead">
          <Trans
            t={t}
            i18nKey="map.leadEntity"
            values={{ name: data.network.label || t('map.thisEntity') }}
            components={{
              1: <strong />,
              // biome-ignore lint/a11y/useAnchorContent: Trans puts the link's translated words inside it
              2: <a href={href(`/intel/entities/${encodeURIComponent(data.network.centre)}`)} />,
              // biome-ignore lint/a11y/useAnchorContent: Trans puts the link's translated words inside it
              3: <a href={href('/intel/map')} />,
            }}
          />
        </p>
      ) : (
        <p className="lead">{t('map.lead')}</p>
      )}
      <ErrorMessage message={data.error} />
      <StatusMessage message={data.loading ? t('map.loadingFeatures') : null} />
      <div className="map-layout">
        <div className="map-main">
          <fieldset className="choices map-layers">
            <legend>{t('map.layers')}</legend>
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
                      {hidden ? t('map.layerWithheld', { layer: layerName(t, k) }) : layerName(t, k)}
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
