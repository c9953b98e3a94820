import L from 'leaflet';
import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { i18next } from '../i18n/i18n.ts';
import { createBaseMap } from '../intel/map/basemap.ts';
import { figure } from './labels.ts';
import type { MapFigures } from './types.ts';

// The figures by province on the offline base map (Natural Earth boundaries and the region's towns, no tiles):
// a circle at the middle of each province's known towns, its area by the figure; a hidden figure ("fewer than k")
// is a small dashed ring, never a size that would tell the number.

interface Props {
  figures: MapFigures;
  measure: number;
}

export function ProvinceMap({ figures, measure }: Props) {
  const { t } = useTranslation('outcomes');
  const el = useRef<HTMLDivElement>(null);
  const layer = useRef<L.LayerGroup | null>(null);
  const map = useRef<L.Map | null>(null);

  useEffect(() => {
    if (!el.current) return;
    const base = createBaseMap(el.current, { label: i18next.t('map.label', { ns: 'outcomes' }) });
    map.current = base.map;
    layer.current = L.layerGroup().addTo(base.map);
    return () => {
      base.destroy();
      map.current = null;
      layer.current = null;
    };
  }, []);

  // The map's name follows a change of language without drawing the map again.
  const label = t('map.label');
  useEffect(() => {
    map.current?.getContainer().setAttribute('aria-label', label);
  }, [label]);

  useEffect(() => {
    const g = layer.current;
    const m = map.current;
    if (!g || !m) return;
    g.clearLayers();
    const shown = figures.provinces.filter((p) => p.counts[measure] !== 0);
    const max = Math.max(1, ...shown.map((p) => p.counts[measure] ?? 0));
    for (const p of shown) {
      const n = p.counts[measure] ?? null;
      const words = t('map.tooltip', { province: p.province, figure: figure(n, figures.k) });
      const marker =
        n === null
          ? L.circleMarker([p.lat, p.lon], {
              radius: 6,
              color: '#8a4b00',
              weight: 2,
              dashArray: '3 3',
              fillOpacity: 0,
              className: 'province-hidden',
            })
          : L.circleMarker([p.lat, p.lon], {
              radius: 6 + 22 * Math.sqrt(n / max),
              color: '#0d2b4e',
              weight: 1,
              fillColor: '#1f5fa8',
              fillOpacity: 0.55,
              className: 'province-figure',
            });
      marker.bindTooltip(words).addTo(g);
    }
    if (shown.length)
      m.fitBounds(L.latLngBounds(shown.map((p) => [p.lat, p.lon] as [number, number])).pad(0.6), {
        maxZoom: 7,
      });
  }, [figures, measure, t]);

  return <div ref={el} className="outcome-map" data-testid="outcome-map" />;
}

export default ProvinceMap;
