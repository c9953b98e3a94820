import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { SelectField } from '../screening/controls.tsx';
import { Field } from '../ui/Field.tsx';
import { MapPicker } from '../ui/MapPicker.tsx';
import { tipChannelOptions } from './tipWords.ts';

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

/** What can be wrong with the filters: each has its words in the catalogue (`tips.filters.errors`). */
export type TipFilterProblem = 'firstDay' | 'lastDay' | 'order' | 'place';

/**
 * The filters as the tips route's query string, or what is wrong with them. Days are read in this browser's
 * time zone, "to" included; a place is sent as typed, for the server to say what is wrong with it.
 */
export function tipQuery(v: TipFilterValues): { query: string } | { error: TipFilterProblem } {
  const p = new URLSearchParams();
  if (v.q.trim()) p.set('q', v.q.trim());
  if (v.channel) p.set('channel', v.channel);
  if (v.from) {
    const from = dayStart(v.from);
    if (!from) return { error: 'firstDay' };
    p.set('from', from);
  }
  if (v.to) {
    const to = dayStart(v.to, 1);
    if (!to) return { error: 'lastDay' };
    p.set('to', to);
  }
  if (v.from && v.to && v.from > v.to) return { error: 'order' };
  const place = [v.lat, v.lon, v.km].map((x) => x.trim());
  if (place.some(Boolean)) {
    if (!place.every(Boolean)) return { error: 'place' };
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
  const { t } = useTranslation('intel');
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
    <form
      className="stack form-wide tip-filters"
      onSubmit={submit}
      noValidate
      aria-label={t('tips.filters.label')}
    >
      <div className="row">
        <Field
          label={t('tips.filters.words')}
          value={v.q}
          onChange={set('q')}
          hint={t('tips.filters.wordsHint')}
          autoComplete="off"
          maxLength={200}
        />
        <SelectField
          label={t('tips.filters.channel')}
          value={v.channel}
          onChange={set('channel')}
          options={tipChannelOptions()}
          placeholder={t('tips.filters.anyChannel')}
        />
      </div>
      <div className="row">
        <Field label={t('tips.filters.from')} type="date" value={v.from} onChange={set('from')} />
        <Field
          label={t('tips.filters.to')}
          type="date"
          value={v.to}
          onChange={set('to')}
          hint={t('tips.filters.toHint')}
        />
      </div>
      <fieldset className="form-group tip-near">
        <legend>{t('tips.filters.near')}</legend>
        <div className="row">
          <Field
            label={t('tips.filters.lat')}
            inputMode="decimal"
            value={v.lat}
            onChange={set('lat')}
            autoComplete="off"
          />
          <Field
            label={t('tips.filters.lon')}
            inputMode="decimal"
            value={v.lon}
            onChange={set('lon')}
            autoComplete="off"
          />
          <Field
            label={t('tips.filters.km')}
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
          purpose={t('tips.filters.purpose')}
          onPick={(lat, lon) => setV((old) => ({ ...old, lat, lon, km: old.km || '5' }))}
        />
      </fieldset>
      <div className="actions">
        <button type="submit" className="button primary" disabled={busy}>
          {t('tips.filters.show')}
        </button>{' '}
        <button type="button" className="button" onClick={clear} disabled={busy}>
          {t('tips.filters.clear')}
        </button>
      </div>
    </form>
  );
}
