import L from 'leaflet';
import { useEffect, useRef } from 'react';
import { Trans, useTranslation } from 'react-i18next';
import { createBaseMap } from './basemap.ts';

export interface PickerMapProps {
  /** The point picked so far, if any. */
  at: { lat: number; lon: number } | null;
  /** The radius drawn around it, in km, if the form has one. */
  km: number | null;
  onPick: (lat: number, lon: number) => void;
  label: string;
}

const round = (n: number) => Math.round(n * 1e5) / 1e5;

/** The offline map of the region on which a click (or the map's centre, for the keyboard) picks a point. */
export function PickerMap({ at, km, onPick, label }: PickerMapProps) {
  const { t } = useTranslation('network');
  const el = useRef<HTMLDivElement>(null);
  const map = useRef<L.Map | null>(null);
  const mark = useRef<L.LayerGroup | null>(null);
  const pick = useRef(onPick);
  pick.current = onPick;

  useEffect(() => {
    if (!el.current) return;
    const base = createBaseMap(el.current, { label });
    map.current = base.map;
    mark.current = L.layerGroup().addTo(base.map);
    base.map.on('click', (e: L.LeafletMouseEvent) => pick.current(round(e.latlng.lat), round(e.latlng.lng)));
    return () => {
      base.destroy();
      map.current = null;
    };
  }, [label]);

  const lat = at?.lat;
  const lon = at?.lon;
  useEffect(() => {
    const m = map.current;
    const g = mark.current;
    if (!m || !g) return;
    g.clearLayers();
    if (lat === undefined || lon === undefined) return;
    L.circleMarker([lat, lon], {
      radius: 7,
      className: 'map-picked',
      color: '#0b57d0',
      weight: 2,
      fillColor: '#0b57d0',
      fillOpacity: 0.8,
    }).addTo(g);
    if (km && km > 0) {
      const circle = L.circle([lat, lon], {
        radius: km * 1000,
        color: '#0b57d0',
        weight: 1.5,
        fillOpacity: 0.1,
      });
      circle.addTo(g);
    }
    if (!m.getBounds().contains([lat, lon])) m.setView([lat, lon], Math.max(m.getZoom(), 8));
  }, [lat, lon, km]);

  const pickCentre = () => {
    const c = map.current?.getCenter();
    if (c) onPick(round(c.lat), round(c.lng));
  };
  return (
    <div className="map-picker-body">
      <div ref={el} className="map-picker-map" data-testid="map-picker" />
      <p className="hint">
        <Trans
          t={t}
          i18nKey="map.picker.hint"
          components={{ 1: <button type="button" className="button small" onClick={pickCentre} /> }}
        />
      </p>
    </div>
  );
}
