import { type FormEvent, useState } from 'react';
import { SelectField } from '../screening/controls.tsx';
import { Field } from '../ui/Field.tsx';
import { MapPicker } from '../ui/MapPicker.tsx';
import { TIP_CHANNELS } from './tipWords.ts';

export interface TipFilterValues {
  q: string;
  channel: string;
  from: string;
  to: string;
  lat: string;
  lon: string;
  km: string;
}

export const NO_FILTERS: TipFilterValues = { q: '', channel: '', from: '', to: '', lat: '', lon: '', km: '' };
export const TIPS_PER_PAGE = 50;

/** Local midnight of a `YYYY-MM-DD` day, `days` later, as an ISO instant; null when it is not a day. */
function dayStart(ymd: string, days = 0): string | null {
  const d = new Date(`${ymd}T00:00:00`);
  if (Number.isNaN(d.getTime())) return null;
  d.setDate(d.getDate() + days);
  return d.toISOString();
}

/**
 * The filters as the tips route's query string, or what is wrong with them. Days are read in this browser's
 * time zone, "to" included; a place is sent as typed, for the server to say what is wrong with it.
 */
export function tipQuery(v: TipFilterValues): { query: string } | { error: string } {
  const p = new URLSearchParams();
  if (v.q.trim()) p.set('q', v.q.trim());
  if (v.channel) p.set('channel', v.channel);
  if (v.from) {
    const from = dayStart(v.from);
    if (!from) return { error: 'Give the first day as a date.' };
    p.set('from', from);
  }
  if (v.to) {
    const to = dayStart(v.to, 1);
    if (!to) return { error: 'Give the last day as a date.' };
    p.set('to', to);
  }
  if (v.from && v.to && v.from > v.to) return { error: 'The first day comes after the last.' };
  const place = [v.lat, v.lon, v.km].map((x) => x.trim());
  if (place.some(Boolean)) {
    if (!place.every(Boolean))
      return {
        error: 'To look near a place, give its latitude, longitude and a radius in km — or none of them.',
      };
    p.set('near', place.join(','));
  }
  p.set('limit', String(TIPS_PER_PAGE));
  return { query: p.toString() };
}

interface Props {
  onApply: (values: TipFilterValues) => void;
  busy: boolean;
}

/** Words, channel, days and an optional circle on the map: the tips shown are those matching all of them. */
export function TipFilters({ onApply, busy }: Props) {
  const [v, setV] = useState<TipFilterValues>(NO_FILTERS);
  const set = (key: keyof TipFilterValues) => (value: string) => setV((old) => ({ ...old, [key]: value }));
  const submit = (e: FormEvent) => {
    e.preventDefault();
    onApply(v);
  };
  const clear = () => {
    setV(NO_FILTERS);
    onApply(NO_FILTERS);
  };
  return (
    <form className="stack form-wide tip-filters" onSubmit={submit} noValidate aria-label="Filter tips">
      <div className="row">
        <Field
          label="Words"
          value={v.q}
          onChange={set('q')}
          hint="In the text or the place named, in any script."
          autoComplete="off"
          maxLength={200}
        />
        <SelectField
          label="Channel"
          value={v.channel}
          onChange={set('channel')}
          options={TIP_CHANNELS}
          placeholder="Any channel"
        />
      </div>
      <div className="row">
        <Field label="Received from" type="date" value={v.from} onChange={set('from')} />
        <Field label="Received to" type="date" value={v.to} onChange={set('to')} hint="This day included." />
      </div>
      <fieldset className="form-group tip-near">
        <legend>Near a place (optional)</legend>
        <div className="row">
          <Field
            label="Latitude"
            inputMode="decimal"
            value={v.lat}
            onChange={set('lat')}
            autoComplete="off"
          />
          <Field
            label="Longitude"
            inputMode="decimal"
            value={v.lon}
            onChange={set('lon')}
            autoComplete="off"
          />
          <Field
            label="Within (km)"
            inputMode="decimal"
            value={v.km}
            onChange={set('km')}
            autoComplete="off"
          />
        </div>
        <MapPicker
          lat={v.lat}
          lon={v.lon}
          km={v.km}
          purpose="the place to look near"
          onPick={(lat, lon) => setV((old) => ({ ...old, lat, lon, km: old.km || '5' }))}
        />
      </fieldset>
      <div className="actions">
        <button type="submit" className="button primary" disabled={busy}>
          Show tips
        </button>{' '}
        <button type="button" className="button" onClick={clear} disabled={busy}>
          Clear the filters
        </button>
      </div>
    </form>
  );
}
