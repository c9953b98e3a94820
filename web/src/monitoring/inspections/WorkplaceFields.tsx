import type { TFunction } from 'i18next';
import { useTranslation } from 'react-i18next';
import { SelectField } from '../../screening/controls.tsx';
import { Field } from '../../ui/Field.tsx';
import { PointFields } from '../../ui/PointFields.tsx';
import { countryOptions } from './labels.ts';
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
export function workplaceProblem(t: TFunction<'monitoring'>, w: WorkplaceForm): string | null {
  if (!w.name.trim()) return t('inspections.workplace.errors.noName');
  if (!w.sector.trim()) return t('inspections.workplace.errors.noSector');
  const halfGiven = !w.lat.trim() !== !w.lon.trim();
  if (halfGiven) return t('inspections.workplace.errors.halfPoint');
  if (w.lat.trim() && (!Number.isFinite(Number(w.lat)) || !Number.isFinite(Number(w.lon))))
    return t('inspections.workplace.errors.badPoint');
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
  const { t } = useTranslation('monitoring');
  const set = (key: keyof WorkplaceForm) => (v: string) => onChange({ ...value, [key]: v });
  return (
    <>
      <div className="row">
        <Field
          label={t('inspections.workplace.name')}
          value={value.name}
          onChange={set('name')}
          autoComplete="off"
        />
        <Field
          label={t('inspections.workplace.sector')}
          value={value.sector}
          onChange={set('sector')}
          hint={t('inspections.workplace.sectorHint')}
          autoComplete="off"
        />
      </div>
      <div className="row">
        <Field
          label={t('inspections.workplace.employer')}
          value={value.employer}
          onChange={set('employer')}
          autoComplete="off"
        />
        <SelectField
          label={t('inspections.workplace.country')}
          value={value.country}
          onChange={set('country')}
          options={countryOptions()}
        />
      </div>
      <Field
        label={t('inspections.workplace.address')}
        value={value.address}
        onChange={set('address')}
        autoComplete="off"
      />
      <PointFields
        lat={value.lat}
        lon={value.lon}
        purpose={t('inspections.workplace.purpose')}
        onChange={(lat, lon) => onChange({ ...value, lat, lon })}
      />
    </>
  );
}
