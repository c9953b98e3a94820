import { lazy, Suspense, useId, useState } from 'react';
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
        {open ? 'Close the map' : 'Pick on the map'}
      </button>
      {open ? (
        <div id={id}>
          <Suspense fallback={<p className="loading">Loading the map…</p>}>
            <PickerMap
              at={at}
              km={num(km)}
              label={`Map: pick ${purpose}`}
              onPick={(a, b) => onPick(String(a), String(b))}
            />
          </Suspense>
          <p className="hint" aria-live="polite">
            {at ? `Picked: ${at.lat}, ${at.lon}.` : 'Nothing picked yet.'}
          </p>
        </div>
      ) : null}
    </div>
  );
}
