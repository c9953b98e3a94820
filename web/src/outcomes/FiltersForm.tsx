import { type FormEvent, useId, useState } from 'react';
import type { Agency } from '../types.ts';
import { useLoad } from '../useLoad.ts';
import { AGE_LABELS, COUNTRY_NAMES, EXPLOITATION_LABELS, SEX_LABELS } from './labels.ts';
import { type Filters, NO_FILTERS } from './types.ts';

interface Props {
  value: Filters;
  places: { country: string; province: string }[];
  onApply: (f: Filters) => void;
}

function Select({
  label,
  value,
  options,
  onChange,
  all,
}: {
  label: string;
  value: string;
  options: readonly (readonly [string, string])[];
  onChange: (v: string) => void;
  all: string;
}) {
  const id = useId();
  return (
    <div className="field">
      <label htmlFor={id}>{label}</label>
      <select id={id} value={value} onChange={(e) => onChange(e.target.value)}>
        <option value="">{all}</option>
        {options.map(([code, words]) => (
          <option key={code} value={code}>
            {words}
          </option>
        ))}
      </select>
    </div>
  );
}

function DayField({
  label,
  value,
  onChange,
}: {
  label: string;
  value: string;
  onChange: (v: string) => void;
}) {
  const id = useId();
  return (
    <div className="field">
      <label htmlFor={id}>{label}</label>
      <input id={id} type="date" value={value} onChange={(e) => onChange(e.target.value)} />
    </div>
  );
}

/** The dashboard's filters; applied together, on the server. */
export function FiltersForm({ value, places, onApply }: Props) {
  const [f, setF] = useState<Filters>(value);
  const agencies = useLoad<{ agencies: Agency[] }>('/api/agencies');
  const set = (name: keyof Filters) => (v: string) =>
    setF((old) => ({ ...old, [name]: v, ...(name === 'country' ? { province: '' } : {}) }));
  const provinces = places
    .filter((p) => !f.country || p.country === f.country)
    .map(
      (p) =>
        [
          p.province,
          f.country ? p.province : `${p.province} (${COUNTRY_NAMES[p.country] ?? p.country})`,
        ] as const,
    );
  const submit = (e: FormEvent) => {
    e.preventDefault();
    const chosen = places.find((p) => p.province === f.province);
    onApply({ ...f, country: f.country || (chosen?.country ?? '') });
  };
  return (
    <form className="panel outcome-filters" onSubmit={submit} aria-label="Filters">
      <h2>Filters</h2>
      <div className="row">
        <DayField label="From" value={f.from} onChange={set('from')} />
        <DayField label="To" value={f.to} onChange={set('to')} />
        <Select
          label="Country"
          value={f.country}
          options={Object.entries(COUNTRY_NAMES)}
          onChange={set('country')}
          all="All countries"
        />
        <Select
          label="Province"
          value={f.province}
          options={provinces}
          onChange={set('province')}
          all="All provinces"
        />
        <Select
          label="Agency"
          value={f.agency}
          options={(agencies.data?.agencies ?? []).map((a) => [a.id, a.name] as const)}
          onChange={set('agency')}
          all="All agencies"
        />
        <Select
          label="Exploitation"
          value={f.exploitation}
          options={EXPLOITATION_LABELS}
          onChange={set('exploitation')}
          all="All kinds"
        />
        <Select label="Sex" value={f.sex} options={SEX_LABELS} onChange={set('sex')} all="Everyone" />
        <Select label="Age group" value={f.age} options={AGE_LABELS} onChange={set('age')} all="All ages" />
      </div>
      <div className="actions">
        <button type="submit" className="button primary">
          Show these figures
        </button>
        <button
          type="button"
          className="button"
          onClick={() => {
            setF(NO_FILTERS);
            onApply(NO_FILTERS);
          }}
        >
          Clear the filters
        </button>
      </div>
    </form>
  );
}
