import { type FormEvent, useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Agencies } from '../types.ts';
import { Field } from '../ui/Field.tsx';
import { useLoad } from '../useLoad.ts';
import { ageOptions, countryOptions, countryWord, exploitationOptions, sexOptions } from './labels.ts';
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

/** The dashboard's filters; applied together, on the server. */
export function FiltersForm({ value, places, onApply }: Props) {
  const { t } = useTranslation('outcomes');
  const [f, setF] = useState<Filters>(value);
  const agencies = useLoad<Agencies>('/api/agencies');
  const set = (name: keyof Filters) => (v: string) =>
    setF((old) => ({ ...old, [name]: v, ...(name === 'country' ? { province: '' } : {}) }));
  const provinces = places
    .filter((p) => !f.country || p.country === f.country)
    .map(
      (p) =>
        [
          p.province,
          f.country
            ? p.province
            : t('filters.provinceIn', { province: p.province, country: countryWord(p.country) }),
        ] as const,
    );
  const submit = (e: FormEvent) => {
    e.preventDefault();
    const chosen = places.find((p) => p.province === f.province);
    onApply({ ...f, country: f.country || (chosen?.country ?? '') });
  };
  return (
    <form className="panel outcome-filters" onSubmit={submit} aria-label={t('filters.title')}>
      <h2>{t('filters.title')}</h2>
      <div className="row">
        <Field label={t('filters.from')} type="date" value={f.from} onChange={set('from')} />
        <Field label={t('filters.to')} type="date" value={f.to} onChange={set('to')} />
        <Select
          label={t('filters.country')}
          value={f.country}
          options={countryOptions()}
          onChange={set('country')}
          all={t('filters.allCountries')}
        />
        <Select
          label={t('filters.province')}
          value={f.province}
          options={provinces}
          onChange={set('province')}
          all={t('filters.allProvinces')}
        />
        <Select
          label={t('filters.agency')}
          value={f.agency}
          options={(agencies.data?.agencies ?? []).map((a) => [a.id, a.name] as const)}
          onChange={set('agency')}
          all={t('filters.allAgencies')}
        />
        <Select
          label={t('filters.exploitation')}
          value={f.exploitation}
          options={exploitationOptions()}
          onChange={set('exploitation')}
          all={t('filters.allKinds')}
        />
        <Select
          label={t('filters.sex')}
          value={f.sex}
          options={sexOptions()}
          onChange={set('sex')}
          all={t('filters.everyone')}
        />
        <Select
          label={t('filters.age')}
          value={f.age}
          options={ageOptions()}
          onChange={set('age')}
          all={t('filters.allAges')}
        />
      </div>
      <div className="actions">
        <button type="submit" className="button primary">
          {t('filters.show')}
        </button>
        <button
          type="button"
          className="button"
          onClick={() => {
            setF(NO_FILTERS);
            onApply(NO_FILTERS);
          }}
        >
          {t('filters.clear')}
        </button>
      </div>
    </form>
  );
}
