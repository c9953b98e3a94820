import { useState } from 'react';
import { api } from '../../api.ts';
import { Field } from '../../ui/Field.tsx';
import { formatDate } from '../../ui/format.ts';
import { useSubmit } from '../../ui/useSubmit.ts';
import { useLoad } from '../../useLoad.ts';
import type { MeasureTable, Programme } from './types.ts';

const STATUS_WORDS: Record<string, string> = {
  met: 'Target reached',
  moving: 'Moving towards the target',
  'no result': 'No movement yet',
  'measure gone': 'Measure no longer available',
};

/** Programmes with their objectives, each measured from the indicators, and the form to record one. */
export function ProgrammesPanel() {
  const list = useLoad<{ programmes: Programme[] }>('/api/outcomes/programmes');
  const [adding, setAdding] = useState(false);
  return (
    <section className="panel" aria-labelledby="programmes-heading">
      <h2 id="programmes-heading">Programmes</h2>
      <p className="hint">
        Each objective is measured by one of the outcome indicators, counted from the programme’s start to
        today (or its end) for its place. A programme where nothing has moved is flagged.
      </p>
      {list.error ? <p className="notice notice-error">{list.error}</p> : null}
      {list.data && list.data.programmes.length === 0 ? (
        <p className="muted">No programme recorded yet.</p>
      ) : null}
      {(list.data?.programmes ?? []).map((p) => (
        <ProgrammeCard key={p.id} programme={p} />
      ))}
      {adding ? (
        <ProgrammeForm
          onDone={() => {
            setAdding(false);
            list.reload();
          }}
        />
      ) : (
        <button type="button" className="button" onClick={() => setAdding(true)}>
          Record a programme
        </button>
      )}
    </section>
  );
}

function ProgrammeCard({ programme: p }: { programme: Programme }) {
  const place = [p.filters.province, p.filters.country].filter(Boolean).join(', ') || 'everywhere';
  return (
    <article className="programme">
      <h3>{p.name}</h3>
      <p className="muted">
        {p.agency} · funded by {p.funder} · {formatDate(p.startsOn)} to{' '}
        {p.endsOn ? formatDate(p.endsOn) : 'open-ended'} · counted for {place}
      </p>
      {p.flag ? (
        <p className="notice notice-error" role="status">
          {p.flag}
        </p>
      ) : null}
      <div className="table-wrap">
        <table className="figure-table">
          <caption>
            Objectives, counted from {formatDate(p.countedFrom)} to {formatDate(p.countedTo)}
          </caption>
          <thead>
            <tr>
              <th scope="col">Objective</th>
              <th scope="col">Measure</th>
              <th scope="col" className="num">
                Baseline
              </th>
              <th scope="col" className="num">
                Target
              </th>
              <th scope="col" className="num">
                Now
              </th>
              <th scope="col">Progress</th>
            </tr>
          </thead>
          <tbody>
            {p.objectives.map((o) => (
              <tr key={`${o.tableId}:${o.key.join('/')}:${o.description}`}>
                <th scope="row">{o.description}</th>
                <td>{o.measure}</td>
                <td className="num">{o.baseline}</td>
                <td className="num">{o.target}</td>
                <td className="num">{o.current ?? '—'}</td>
                <td>
                  <progress max={1} value={o.progress ?? 0} aria-label={STATUS_WORDS[o.status]} />{' '}
                  <span>{STATUS_WORDS[o.status]}.</span> <span className="muted small">{o.said}</span>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </article>
  );
}

interface Draft {
  description: string;
  measure: string;
  baseline: string;
  target: string;
}

const emptyDraft = (): Draft => ({ description: '', measure: '', baseline: '0', target: '' });

function ProgrammeForm({ onDone }: { onDone: () => void }) {
  const measures = useLoad<{ tables: MeasureTable[] }>('/api/outcomes/programmes/measures');
  const [name, setName] = useState('');
  const [funder, setFunder] = useState('');
  const [startsOn, setStartsOn] = useState('');
  const [endsOn, setEndsOn] = useState('');
  const [province, setProvince] = useState('');
  const [objectives, setObjectives] = useState<Draft[]>([emptyDraft()]);
  const { busy, error, handle } = useSubmit();
  const options = (measures.data?.tables ?? []).flatMap((t) =>
    t.keys.map((k) => ({ value: JSON.stringify([t.id, k]), label: `${t.title}: ${k.join(', ')}` })),
  );
  const set = (i: number, patch: Partial<Draft>) =>
    setObjectives((os) => os.map((o, j) => (j === i ? { ...o, ...patch } : o)));

  const submit = handle(async () => {
    await api.post('/api/outcomes/programmes', {
      name,
      funder,
      startsOn,
      endsOn: endsOn || null,
      filters: province.trim() ? { province: province.trim() } : {},
      objectives: objectives.map((o) => {
        const [tableId, key] = JSON.parse(o.measure || '["",[""]]') as [string, string[]];
        return {
          description: o.description,
          tableId,
          key,
          baseline: Number(o.baseline),
          target: Number(o.target),
        };
      }),
    });
    onDone();
  });

  return (
    <form className="stack form-wide subform" onSubmit={submit} aria-label="Record a programme">
      <Field label="Name of the programme" value={name} onChange={setName} required maxLength={200} />
      <Field
        label="Funder"
        value={funder}
        onChange={setFunder}
        required
        maxLength={200}
        hint="In words, e.g. “the regional development bank, through the migration programme”."
      />
      <div className="row">
        <Field label="Starts on" type="date" value={startsOn} onChange={setStartsOn} required />
        <Field label="Ends on (if known)" type="date" value={endsOn} onChange={setEndsOn} />
      </div>
      <Field
        label="Province where results are counted"
        value={province}
        onChange={setProvince}
        hint="Leave empty to count everywhere."
      />
      {objectives.map((o, i) => (
        // biome-ignore lint/suspicious/noArrayIndexKey: objectives have no id until saved; they are only appended
        <fieldset key={i} className="stack">
          <legend>Objective {i + 1}</legend>
          <Field
            label="What it aims at"
            value={o.description}
            onChange={(v) => set(i, { description: v })}
            required
          />
          <div className="field">
            <label htmlFor={`measure-${i}`}>Measured by</label>
            <select
              id={`measure-${i}`}
              value={o.measure}
              onChange={(e) => set(i, { measure: e.target.value })}
              required
            >
              <option value="">Choose an indicator…</option>
              {options.map((m) => (
                <option key={m.value} value={m.value}>
                  {m.label}
                </option>
              ))}
            </select>
          </div>
          <div className="row">
            <Field
              label="Baseline"
              type="number"
              min={0}
              value={o.baseline}
              onChange={(v) => set(i, { baseline: v })}
              required
            />
            <Field
              label="Target"
              type="number"
              min={0}
              value={o.target}
              onChange={(v) => set(i, { target: v })}
              required
            />
          </div>
        </fieldset>
      ))}
      <div className="actions">
        <button type="button" className="button" onClick={() => setObjectives((os) => [...os, emptyDraft()])}>
          Add an objective
        </button>
        <button type="submit" className="button primary" disabled={busy}>
          Save the programme
        </button>
      </div>
      {error ? (
        <p className="notice notice-error" role="alert">
          {error}
        </p>
      ) : null}
    </form>
  );
}
