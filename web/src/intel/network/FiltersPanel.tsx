import { type FormEvent, useEffect, useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { dateFormat } from '../../ui/format.ts';
import type { Filters } from './types.ts';

const DAY = 86_400_000;
/** A day of the slider (its UTC calendar day) in the chosen language. */
const dayOf = (ms: number) => dateFormat({ dateStyle: 'medium', timeZone: 'UTC' }).format(new Date(ms));

/**
 * What the chart shows: link types, the weakest link kept, the worst grades kept, and a time window (a slider
 * over the days the chart's traces span). Narrower filters are applied to the links already on the chart; wider
 * ones ask the server again for every expansion on the chart.
 */
export function FiltersPanel({
  filters,
  linkTypes,
  span,
  busy,
  onApply,
}: {
  filters: Filters;
  linkTypes: [string, string][];
  /** The first and last day (ms) of the traces seen on this chart, for the time slider. */
  span: { min: number; max: number };
  busy: boolean;
  onApply: (f: Filters) => void;
}) {
  const { t } = useTranslation('network');
  const [draft, setDraft] = useState<Filters>(filters);
  useEffect(() => setDraft(filters), [filters]);
  const id = useId();
  const days = Math.max(1, Math.ceil((span.max - span.min) / DAY));
  const fromDay = draft.from ? Math.max(0, Math.round((Date.parse(draft.from) - span.min) / DAY)) : 0;
  const toDay = draft.to ? Math.min(days, Math.round((Date.parse(draft.to) - span.min) / DAY)) : days;
  const setDay = (which: 'from' | 'to', d: number) => {
    const ms = span.min + d * DAY;
    if (which === 'from') setDraft({ ...draft, from: d <= 0 ? undefined : new Date(ms).toISOString() });
    else setDraft({ ...draft, to: d >= days ? undefined : new Date(ms + DAY - 1000).toISOString() });
  };
  const types = new Set(draft.types ?? []);
  const toggle = (code: string) => {
    const next = new Set(types);
    if (next.has(code)) next.delete(code);
    else next.add(code);
    setDraft({ ...draft, types: next.size === 0 ? undefined : [...next].sort() });
  };
  const submit = (e: FormEvent) => {
    e.preventDefault();
    onApply(draft);
  };
  return (
    <form className="panel chart-filters" aria-labelledby={`${id}-h`} onSubmit={submit}>
      <h2 id={`${id}-h`}>{t('filters.title')}</h2>
      <fieldset>
        <legend>{t('filters.types')}</legend>
        <div className="chart-types">
          {linkTypes.map(([code, label]) => (
            <label key={code}>
              <input type="checkbox" checked={types.has(code)} onChange={() => toggle(code)} /> {label}
            </label>
          ))}
        </div>
      </fieldset>
      <div className="field">
        <label htmlFor={`${id}-w`}>{t('filters.weakest')}</label>
        <input
          id={`${id}-w`}
          type="number"
          min={1}
          max={1000000}
          value={draft.minWeight ?? 1}
          onChange={(e) => {
            const n = Math.max(1, Math.floor(Number(e.target.value) || 1));
            setDraft({ ...draft, minWeight: n > 1 ? n : undefined });
          }}
        />
      </div>
      <div className="field">
        <label htmlFor={`${id}-s`}>{t('filters.worstSource')}</label>
        <select
          id={`${id}-s`}
          value={draft.worstSource ?? ''}
          onChange={(e) =>
            setDraft({ ...draft, worstSource: (e.target.value || undefined) as Filters['worstSource'] })
          }
        >
          <option value="">{t('filters.any')}</option>
          <option value="1">{t('filters.source1')}</option>
          <option value="2">{t('filters.source2')}</option>
          <option value="3">3</option>
        </select>
      </div>
      <div className="field">
        <label htmlFor={`${id}-i`}>{t('filters.worstInfo')}</label>
        <select
          id={`${id}-i`}
          value={draft.worstInfo ?? ''}
          onChange={(e) =>
            setDraft({ ...draft, worstInfo: (e.target.value || undefined) as Filters['worstInfo'] })
          }
        >
          <option value="">{t('filters.any')}</option>
          {['A', 'B', 'C', 'D', 'E'].map((g) => (
            <option key={g} value={g}>
              {g}
            </option>
          ))}
        </select>
      </div>
      <fieldset className="chart-time">
        <legend>
          {t('filters.window', { from: dayOf(span.min + fromDay * DAY), to: dayOf(span.min + toDay * DAY) })}
        </legend>
        <label htmlFor={`${id}-from`}>{t('filters.from')}</label>
        <input
          id={`${id}-from`}
          type="range"
          min={0}
          max={days}
          value={fromDay}
          aria-valuetext={dayOf(span.min + fromDay * DAY)}
          onChange={(e) => setDay('from', Math.min(Number(e.target.value), toDay))}
        />
        <label htmlFor={`${id}-to`}>{t('filters.to')}</label>
        <input
          id={`${id}-to`}
          type="range"
          min={0}
          max={days}
          value={toDay}
          aria-valuetext={dayOf(span.min + toDay * DAY)}
          onChange={(e) => setDay('to', Math.max(Number(e.target.value), fromDay))}
        />
      </fieldset>
      <button type="submit" className="button primary" disabled={busy}>
        {t('filters.apply')}
      </button>
    </form>
  );
}
