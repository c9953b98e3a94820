import { useState } from 'react';
import { SelectField } from '../screening/controls.tsx';
import { PointFields } from '../ui/PointFields.tsx';
import { COUNTRIES } from './labels.ts';
import type { TipDetail } from './types.ts';

/** The place as typed or picked so far (strings: the form keeps typed entry). */
export interface PlaceDraft {
  lat: string;
  lon: string;
  country: string;
}

export const placeDraftOf = (tip: TipDetail): PlaceDraft => ({
  lat: tip.lat === null ? '' : String(tip.lat),
  lon: tip.lon === null ? '' : String(tip.lon),
  country: tip.country ?? '',
});

const num = (s: string) => (s.trim() === '' ? Number.NaN : Number(s.trim()));

/**
 * The place to send with the triage: none when nothing was placed or it is the tip's place unchanged; a problem
 * in words when it is half given or out of range.
 */
export function placeToSend(
  tip: TipDetail,
  d: PlaceDraft,
): { place?: { lat: number; lon: number; country: string }; problem?: string } {
  const given = d.lat.trim() !== '' || d.lon.trim() !== '';
  if (!given) return {};
  const lat = num(d.lat);
  const lon = num(d.lon);
  if (!Number.isFinite(lat) || lat < -90 || lat > 90)
    return { problem: 'The latitude must be a number between -90 and 90.' };
  if (!Number.isFinite(lon) || lon < -180 || lon > 180)
    return { problem: 'The longitude must be a number between -180 and 180.' };
  if (!d.country) return { problem: 'Choose the country of the place on the map.' };
  if (lat === tip.lat && lon === tip.lon && d.country === (tip.country ?? '')) return {};
  return { place: { lat, lon, country: d.country } };
}

interface Props {
  tip: TipDetail;
  draft: PlaceDraft;
  onChange: (d: PlaceDraft) => void;
}

/**
 * "Place it on the map" in the triage: a report from the public page gives its place in words only, so no rule
 * by country or area takes it until someone places it. Open when the tip has no point; otherwise a correction.
 */
export function TriagePlace({ tip, draft, onChange }: Props) {
  const placed = tip.lat !== null && tip.lon !== null;
  const [open, setOpen] = useState(!placed);
  const change = (d: Partial<PlaceDraft>) => onChange({ ...draft, ...d });
  if (!open) {
    return (
      <p>
        <button type="button" className="button" aria-expanded={false} onClick={() => setOpen(true)}>
          Correct the place on the map
        </button>
      </p>
    );
  }
  return (
    <fieldset className="form-group">
      <legend>{placed ? 'Correct the place on the map' : 'Place it on the map'}</legend>
      <p className="hint">
        {tip.placeHint ? `The place as described: “${tip.placeHint}”. ` : 'No place was described. '}
        {placed
          ? 'The routing rules by country and area go by this point.'
          : 'No routing rule by country or area takes the tip until it is placed: pick the point and the country.'}
      </p>
      <div className="row">
        <SelectField
          label="Country of the place"
          value={draft.country}
          onChange={(country) => change({ country })}
          options={COUNTRIES}
          placeholder="Not placed"
        />
      </div>
      <PointFields
        lat={draft.lat}
        lon={draft.lon}
        onChange={(lat, lon) => change({ lat, lon })}
        purpose="where it happens"
        labels={{ lat: 'Latitude of the place', lon: 'Longitude of the place' }}
      />
    </fieldset>
  );
}
