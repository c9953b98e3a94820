import { lazy, Suspense, useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import './MapPicker.css';

// The map (Leaflet, boundaries, towns) loads only when the picker is opened.
const PickerMap = lazy(() => import('../intel/map/PickerMap.tsx').then((m) => ({ default: m.PickerMap })));

interface Props {
  /** Latitude and longitude as typed so far (strings: the form keeps typed entry). */
  lat: string;
  lon: string;
  /** The radius in km, when the form has one, drawn around the point. */
  km?: string | undefined;
  onPick: (lat: string, lon: string) => void;
  /** What the point is for, e.g. "the place to look near". */
  purpose: string;
}

const num = (s: string | undefined) => {
  const n = Number((s ?? '').trim());
  return (s ?? '').trim() !== '' && Number.isFinite(n) ? n : null;
};

/** "Pick on the map": opens the offline map, where a click sets the latitude and longitude fields. */
export function MapPicker({ lat, lon, km, onPick, purpose }: Props) {
  const { t } = useTranslation();
  const [open, setOpen] = useState(false);
  const id = useId();
  const la = num(lat);
  const lo = num(lon);
  const at =
    la !== null && lo !== null && Math.abs(la) <= 90 && Math.abs(lo) <= 180 ? { lat: la, lon: lo } : null;
  return (
    <div className="map-picker">
      <button
        type="button"
        className="button"
        aria-expanded={open}
        aria-controls={id}
        onClick={() => setOpen((o) => !o)}
      >
        {open ? t('ui.map.close') : t('ui.map.open')}
      </button>
      {open ? (
        <div id={id}>
          <Suspense fallback={<p className="loading">{t('ui.map.loading')}</p>}>
            <PickerMap
              at={at}
              km={num(km)}
              label={t('ui.map.label', { purpose })}
              onPick={(a, b) => onPick(String(a), String(b))}
            />
          </Suspense>
          <p className="hint" aria-live="polite">
            {at ? t('ui.map.picked', { lat: at.lat, lon: at.lon }) : t('ui.map.nothing')}
          </p>
        </div>
      ) : null}
    </div>
  );
}
