import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Field } from '../ui/Field.tsx';
import { MapPicker } from '../ui/MapPicker.tsx';

interface Props {
  /** The polygon's corners in order, or null for anywhere. */
  area: [number, number][] | null;
  onChange: (area: [number, number][] | null) => void;
}

/** A rule's area: "anywhere", or corners picked one by one on the map (at least three), in order around the area. */
export function AreaPoints({ area, onChange }: Props) {
  const { t } = useTranslation('monitoring');
  const [lat, setLat] = useState('');
  const [lon, setLon] = useState('');
  const [problem, setProblem] = useState<string | null>(null);
  const id = useId();
  const points = area ?? [];
  const add = () => {
    const la = Number(lat);
    const lo = Number(lon);
    if (
      !lat.trim() ||
      !lon.trim() ||
      !Number.isFinite(la) ||
      !Number.isFinite(lo) ||
      Math.abs(la) > 90 ||
      Math.abs(lo) > 180
    ) {
      setProblem(t('area.badPoint'));
      return;
    }
    setProblem(null);
    onChange([...points, [la, lo]]);
    setLat('');
    setLon('');
  };
  return (
    <fieldset className="form-group">
      <legend>{t('area.title')}</legend>
      <div className="choices">
        <ul>
          <li>
            <input
              id={`${id}-anywhere`}
              type="radio"
              name={`${id}-area`}
              checked={area === null}
              onChange={() => onChange(null)}
            />
            <label htmlFor={`${id}-anywhere`}>{t('area.anywhere')}</label>
          </li>
          <li>
            <input
              id={`${id}-drawn`}
              type="radio"
              name={`${id}-area`}
              checked={area !== null}
              onChange={() => onChange(points)}
            />
            <label htmlFor={`${id}-drawn`}>{t('area.drawn')}</label>
          </li>
        </ul>
      </div>
      {area !== null ? (
        <>
          <p className="hint">{t('area.hint')}</p>
          {points.length > 0 ? (
            <ol aria-label={t('area.corners')}>
              {points.map(([a, b], i) => (
                // biome-ignore lint/suspicious/noArrayIndexKey: a corner is its place in the order; two may share a point
                <li key={i}>
                  {a.toFixed(4)}, {b.toFixed(4)}{' '}
                  <button
                    type="button"
                    className="button small"
                    onClick={() => onChange(points.filter((_, j) => j !== i))}
                  >
                    {t('area.remove', { n: i + 1 })}
                  </button>
                </li>
              ))}
            </ol>
          ) : (
            <p className="muted">{t('area.none')}</p>
          )}
          <div className="row">
            <Field label={t('area.latitude')} value={lat} onChange={setLat} inputMode="decimal" />
            <Field label={t('area.longitude')} value={lon} onChange={setLon} inputMode="decimal" />
          </div>
          <MapPicker
            lat={lat}
            lon={lon}
            onPick={(a, b) => {
              setLat(a);
              setLon(b);
            }}
            purpose={t('area.purpose')}
          />
          <div>
            <button type="button" className="button" onClick={add}>
              {t('area.add')}
            </button>
          </div>
          {problem ? <p className="notice notice-error">{problem}</p> : null}
        </>
      ) : null}
    </fieldset>
  );
}
