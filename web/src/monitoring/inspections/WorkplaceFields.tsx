import { SelectField } from '../../screening/controls.tsx';
import { Field } from '../../ui/Field.tsx';
import { PointFields } from '../../ui/PointFields.tsx';
import { COUNTRIES } from './labels.ts';
import type { Workplace } from './types.ts';

/** The workplace as the form keeps it: numbers as typed. */
export interface WorkplaceForm {
  name: string;
  sector: string;
  employer: string;
  address: string;
  lat: string;
  lon: string;
  country: string;
}

export const EMPTY_WORKPLACE: WorkplaceForm = {
  name: '',
  sector: '',
  employer: '',
  address: '',
  lat: '',
  lon: '',
  country: 'TH',
};

export const workplaceForm = (w: Workplace): WorkplaceForm => ({
  name: w.name,
  sector: w.sector,
  employer: w.employer,
  address: w.address,
  lat: w.lat === null ? '' : String(w.lat),
  lon: w.lon === null ? '' : String(w.lon),
  country: w.country,
});

/** What stops the workplace from being saved, in words; null when it may be. */
export function workplaceProblem(w: WorkplaceForm): string | null {
  if (!w.name.trim()) return 'Give the workplace’s name.';
  if (!w.sector.trim()) return 'Say what the workplace does (its sector), e.g. seafood processing.';
  if ((w.lat.trim() === '') !== (w.lon.trim() === ''))
    return 'Give both latitude and longitude, or pick the place on the map.';
  if (w.lat.trim() && (!Number.isFinite(Number(w.lat)) || !Number.isFinite(Number(w.lon))))
    return 'Latitude and longitude are numbers, e.g. 13.53 and 100.27.';
  return null;
}

export const workplaceBody = (w: WorkplaceForm) => ({
  name: w.name.trim(),
  sector: w.sector.trim(),
  employer: w.employer.trim(),
  address: w.address.trim(),
  lat: w.lat.trim() ? Number(w.lat) : null,
  lon: w.lon.trim() ? Number(w.lon) : null,
  country: w.country,
});

interface Props {
  value: WorkplaceForm;
  onChange: (w: WorkplaceForm) => void;
}

/** The workplace's name, sector, employer, address, country and point on the offline map. */
export function WorkplaceFields({ value, onChange }: Props) {
  const set = (key: keyof WorkplaceForm) => (v: string) => onChange({ ...value, [key]: v });
  return (
    <>
      <div className="row">
        <Field label="Workplace" value={value.name} onChange={set('name')} autoComplete="off" />
        <Field
          label="Sector"
          value={value.sector}
          onChange={set('sector')}
          hint="What is made or done there, e.g. seafood processing, fishing, construction."
          autoComplete="off"
        />
      </div>
      <div className="row">
        <Field label="Employer" value={value.employer} onChange={set('employer')} autoComplete="off" />
        <SelectField label="Country" value={value.country} onChange={set('country')} options={COUNTRIES} />
      </div>
      <Field label="Address" value={value.address} onChange={set('address')} autoComplete="off" />
      <PointFields
        lat={value.lat}
        lon={value.lon}
        purpose="the workplace"
        onChange={(lat, lon) => onChange({ ...value, lat, lon })}
      />
    </>
  );
}
