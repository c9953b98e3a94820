import { useTranslation } from 'react-i18next';
import { Field } from './Field.tsx';
import { MapPicker } from './MapPicker.tsx';

interface Props {
  /** Latitude and longitude as typed so far (strings: the form keeps typed entry). */
  lat: string;
  lon: string;
  onChange: (lat: string, lon: string) => void;
  /** What the point is for, e.g. "the workplace". */
  purpose: string;
  /** The radius in km drawn around the point, when the form has one. */
  km?: string | undefined;
  labels?: { lat: string; lon: string };
  required?: boolean;
}

/** A point typed as latitude and longitude or picked on the offline map: the two stay in step. */
export function PointFields({ lat, lon, onChange, purpose, km, labels, required }: Props) {
  const { t } = useTranslation();
  return (
    <>
      <div className="row">
        <Field
          label={labels?.lat ?? t('ui.latitude')}
          value={lat}
          onChange={(v) => onChange(v, lon)}
          inputMode="decimal"
          autoComplete="off"
          required={required}
        />
        <Field
          label={labels?.lon ?? t('ui.longitude')}
          value={lon}
          onChange={(v) => onChange(lat, v)}
          inputMode="decimal"
          autoComplete="off"
          required={required}
        />
      </div>
      <MapPicker lat={lat} lon={lon} km={km} purpose={purpose} onPick={onChange} />
    </>
  );
}
