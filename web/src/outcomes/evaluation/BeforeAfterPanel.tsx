import { useState } from 'react';
import { api } from '../../api.ts';
import { Field } from '../../ui/Field.tsx';
import { formatDate } from '../../ui/format.ts';
import { PointFields } from '../../ui/PointFields.tsx';
import { useSubmit } from '../../ui/useSubmit.ts';
import { useLoad } from '../../useLoad.ts';
import type { BeforeAfter, EvaluableOperation } from './types.ts';

/** Before and after an operation, or a point picked on the map and a day: the place's figures in equal windows. */
export function BeforeAfterPanel() {
  const ops = useLoad<{ operations: EvaluableOperation[] }>('/api/outcomes/evaluation/operations');
  const [mode, setMode] = useState<'operation' | 'point'>('operation');
  const [operationId, setOperationId] = useState('');
  const [lat, setLat] = useState('');
  const [lon, setLon] = useState('');
  const [day, setDay] = useState('');
  const [days, setDays] = useState('90');
  const [km, setKm] = useState('2');
  const [answer, setAnswer] = useState<BeforeAfter | null>(null);
  const { busy, error, handle } = useSubmit();
  const located = (ops.data?.operations ?? []).filter((o) => o.located && o.day);

  const submit = handle(async () => {
    const q = new URLSearchParams({ days, radiusKm: km });
    if (mode === 'operation') q.set('operationId', operationId);
    else {
      q.set('lat', lat);
      q.set('lon', lon);
      q.set('day', day);
    }
    setAnswer(await api.get<BeforeAfter>(`/api/outcomes/evaluation/before-after?${q}`));
  });

  return (
    <section className="panel" aria-labelledby="before-after-heading">
      <h2 id="before-after-heading">Before and after</h2>
      <p className="hint">
        What was recorded in a place in the same number of days before and after an operation (or any day you
        choose). The day itself is in neither window.
      </p>
      <form className="stack form-wide" onSubmit={submit}>
        <fieldset className="row">
          <legend>Around</legend>
          <label>
            <input type="radio" checked={mode === 'operation'} onChange={() => setMode('operation')} /> an
            operation
          </label>
          <label>
            <input type="radio" checked={mode === 'point'} onChange={() => setMode('point')} /> a place and a
            day
          </label>
        </fieldset>
        {mode === 'operation' ? (
          <div className="field">
            <label htmlFor="ba-operation">Operation</label>
            <select
              id="ba-operation"
              value={operationId}
              onChange={(e) => setOperationId(e.target.value)}
              required
            >
              <option value="">Choose an operation…</option>
              {located.map((o) => (
                <option key={o.id} value={o.id}>
                  {o.codeName}, carried out {formatDate(o.day ?? '')}
                  {o.province ? ` in ${o.province}` : ''}
                </option>
              ))}
            </select>
            {ops.data && located.length === 0 ? (
              <p className="hint">No operation carried out has a target placed on the map.</p>
            ) : null}
          </div>
        ) : (
          <>
            <PointFields
              lat={lat}
              lon={lon}
              km={km}
              purpose="the place to compare"
              required
              onChange={(a, b) => {
                setLat(a);
                setLon(b);
              }}
            />
            <Field label="The day of the intervention" type="date" value={day} onChange={setDay} required />
          </>
        )}
        <div className="row">
          <Field
            label="Days in each window"
            type="number"
            min={7}
            max={730}
            value={days}
            onChange={setDays}
          />
          <Field
            label="Radius (km)"
            type="number"
            min={0.1}
            max={100}
            step={0.1}
            value={km}
            onChange={setKm}
          />
        </div>
        <div className="actions">
          <button type="submit" className="button primary" disabled={busy}>
            Compare before and after
          </button>
        </div>
        {error ? (
          <p className="notice notice-error" role="alert">
            {error}
          </p>
        ) : null}
      </form>
      {answer ? <BeforeAfterResult answer={answer} /> : null}
    </section>
  );
}

function BeforeAfterResult({ answer }: { answer: BeforeAfter }) {
  const where = answer.province
    ? `${answer.province}${answer.country ? `, ${answer.country}` : ''}`
    : 'this place';
  return (
    <div className="before-after" aria-live="polite">
      <p className="notice notice-info">{answer.caveat}</p>
      <div className="table-wrap">
        <table className="figure-table">
          <caption>
            {answer.operation ? `Around ${answer.operation.codeName}, ` : ''}within {answer.radiusKm} km,{' '}
            {where}: {answer.days} days before and after {formatDate(answer.day)}
          </caption>
          <thead>
            <tr>
              <th scope="col">What was recorded</th>
              <th scope="col" className="num">
                Before ({formatDate(answer.before.from)} to {formatDate(answer.before.to)})
              </th>
              <th scope="col" className="num">
                After ({formatDate(answer.after.from)} to {formatDate(answer.after.to)})
              </th>
              <th scope="col">Change</th>
            </tr>
          </thead>
          <tbody>
            {answer.measures.map((m) => (
              <tr key={m.id}>
                <th scope="row">{m.label}</th>
                <td className="num">{m.before}</td>
                <td className="num">{m.after}</td>
                <td>{m.said}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <ul className="muted">
        {answer.notes.map((n) => (
          <li key={n}>{n}</li>
        ))}
      </ul>
    </div>
  );
}
