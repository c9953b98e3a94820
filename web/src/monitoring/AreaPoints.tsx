import { useId, useState } from 'react';
import { Field } from '../ui/Field.tsx';
import { MapPicker } from '../ui/MapPicker.tsx';

interface Props {
  /** The polygon's corners in order, or null for anywhere. */
  area: [number, number][] | null;
  onChange: (area: [number, number][] | null) => void;
}

/** A rule's area: "anywhere", or corners picked one by one on the map (at least three), in order around the area. */
export function AreaPoints({ area, onChange }: Props) {
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
      setProblem('Pick a point on the map, or type a latitude within ±90 and a longitude within ±180.');
      return;
    }
    setProblem(null);
    onChange([...points, [la, lo]]);
    setLat('');
    setLon('');
  };
  return (
    <fieldset className="form-group">
      <legend>Area</legend>
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
            <label htmlFor={`${id}-anywhere`}>Anywhere</label>
          </li>
          <li>
            <input
              id={`${id}-drawn`}
              type="radio"
              name={`${id}-area`}
              checked={area !== null}
              onChange={() => onChange(points)}
            />
            <label htmlFor={`${id}-drawn`}>Within an area drawn on the map</label>
          </li>
        </ul>
      </div>
      {area !== null ? (
        <>
          <p className="hint">Add the corners of the area one by one, in order around it: at least three.</p>
          {points.length > 0 ? (
            <ol aria-label="Corners of the area">
              {points.map(([a, b], i) => (
                // biome-ignore lint/suspicious/noArrayIndexKey: a corner is its place in the order; two may share a point
                <li key={i}>
                  {a.toFixed(4)}, {b.toFixed(4)}{' '}
                  <button
                    type="button"
                    className="button small"
                    onClick={() => onChange(points.filter((_, j) => j !== i))}
                  >
                    Remove corner {i + 1}
                  </button>
                </li>
              ))}
            </ol>
          ) : (
            <p className="muted">No corner yet.</p>
          )}
          <div className="row">
            <Field label="Corner latitude" value={lat} onChange={setLat} inputMode="decimal" />
            <Field label="Corner longitude" value={lon} onChange={setLon} inputMode="decimal" />
          </div>
          <MapPicker
            lat={lat}
            lon={lon}
            onPick={(a, b) => {
              setLat(a);
              setLon(b);
            }}
            purpose="a corner of the area"
          />
          <div>
            <button type="button" className="button" onClick={add}>
              Add the corner
            </button>
          </div>
          {problem ? <p className="notice notice-error">{problem}</p> : null}
        </>
      ) : null}
    </fieldset>
  );
}
