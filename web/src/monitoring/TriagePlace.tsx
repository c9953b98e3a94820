import type { TFunction } from 'i18next';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { COUNTRIES } from '../../../src/monitoring/intake-schemas.ts';
import { SelectField } from '../screening/controls.tsx';
import { PointFields } from '../ui/PointFields.tsx';
import { countryOptions, isCode } from './labels.ts';
import type { TipDetail, TriageBody } from './types.ts';

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
  t: TFunction<'monitoring'>,
  tip: TipDetail,
  d: PlaceDraft,
): { place?: TriageBody['place']; problem?: string } {
  const given = d.lat.trim() !== '' || d.lon.trim() !== '';
  if (!given) return {};
  const lat = num(d.lat);
  const lon = num(d.lon);
  if (!Number.isFinite(lat) || lat < -90 || lat > 90) return { problem: t('place.badLatitude') };
  if (!Number.isFinite(lon) || lon < -180 || lon > 180) return { problem: t('place.badLongitude') };
  if (!isCode(COUNTRIES, d.country)) return { problem: t('place.noCountry') };
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
  const { t } = useTranslation('monitoring');
  const placed = tip.lat !== null && tip.lon !== null;
  const [open, setOpen] = useState(!placed);
  const change = (d: Partial<PlaceDraft>) => onChange({ ...draft, ...d });
  if (!open) {
    return (
      <p>
        <button type="button" className="button" aria-expanded={false} onClick={() => setOpen(true)}>
          {t('place.correct')}
        </button>
      </p>
    );
  }
  return (
    <fieldset className="form-group">
      <legend>{placed ? t('place.correct') : t('place.placeIt')}</legend>
      <p className="hint">
        {tip.placeHint ? t('place.described', { hint: tip.placeHint }) : t('place.notDescribed')}{' '}
        {placed ? t('place.placedHint') : t('place.unplacedHint')}
      </p>
      <div className="row">
        <SelectField
          label={t('place.country')}
          value={draft.country}
          onChange={(country) => change({ country })}
          options={countryOptions()}
          placeholder={t('place.notPlaced')}
        />
      </div>
      <PointFields
        lat={draft.lat}
        lon={draft.lon}
        onChange={(lat, lon) => change({ lat, lon })}
        purpose={t('place.purpose')}
        labels={{ lat: t('place.latitude'), lon: t('place.longitude') }}
      />
    </fieldset>
  );
}
