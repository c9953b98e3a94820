import { useState } from 'react';
import { api } from '../../api.ts';
import { Field } from '../../ui/Field.tsx';
import { useSubmit } from '../../ui/useSubmit.ts';
import { useLoad } from '../../useLoad.ts';
import { UNIT_KINDS, type Unit } from './types.ts';
import { UnitCard } from './UnitsPanel.tsx';
import './evaluation.css';

interface Rosters {
  units: Unit[];
  staff: { id: string; name: string }[];
}

/**
 * For an agency's administrators (user.update): the agency's specialist units, their roster and training, kept
 * here. Mounted where administrators work: the users section (`#/admin/users`).
 */
export function UnitRosters() {
  const data = useLoad<Rosters>('/api/outcomes/unit-rosters');
  const [name, setName] = useState('');
  const [kind, setKind] = useState('police_unit');
  const create = useSubmit();
  const submit = create.handle(async () => {
    await api.post('/api/outcomes/units', { name, kind });
    setName('');
    data.reload();
  });
  return (
    <section className="panel" aria-labelledby="rosters-heading">
      <h2 id="rosters-heading">Specialist units</h2>
      <p className="hint">
        The agency’s units, who is in them and since when, and the training they completed.
      </p>
      {data.error ? <p className="notice notice-error">{data.error}</p> : null}
      {(data.data?.units ?? []).map((u) => (
        <div key={u.id} className="stack">
          <UnitCard unit={u} />
          <RosterForms unit={u} staff={data.data?.staff ?? []} onDone={data.reload} />
        </div>
      ))}
      <form className="stack form-wide subform" onSubmit={submit} aria-label="New unit">
        <h3>New unit</h3>
        <Field label="Name of the unit" value={name} onChange={setName} required maxLength={200} />
        <div className="field">
          <label htmlFor="unit-kind">Kind</label>
          <select id="unit-kind" value={kind} onChange={(e) => setKind(e.target.value)}>
            {Object.entries(UNIT_KINDS).map(([k, words]) => (
              <option key={k} value={k}>
                {words}
              </option>
            ))}
          </select>
        </div>
        <div className="actions">
          <button type="submit" className="button primary" disabled={create.busy}>
            Create the unit
          </button>
        </div>
        {create.error ? (
          <p className="notice notice-error" role="alert">
            {create.error}
          </p>
        ) : null}
      </form>
    </section>
  );
}

function RosterForms({ unit, staff, onDone }: { unit: Unit; staff: Rosters['staff']; onDone: () => void }) {
  const [userId, setUserId] = useState('');
  const [joinedOn, setJoinedOn] = useState('');
  const [leftOn, setLeftOn] = useState('');
  const [course, setCourse] = useState('');
  const [provider, setProvider] = useState('');
  const [completedOn, setCompletedOn] = useState('');
  const [leaving, setLeaving] = useState('');
  const [leftDay, setLeftDay] = useState('');
  const { busy, error, handle } = useSubmit();
  const base = `/api/outcomes/units/${encodeURIComponent(unit.id)}`;
  const current = unit.roster.filter((m) => m.leftOn === null);
  const person = (
    <div className="field">
      <label htmlFor={`who-${unit.id}`}>Member of staff</label>
      <select id={`who-${unit.id}`} value={userId} onChange={(e) => setUserId(e.target.value)} required>
        <option value="">Choose…</option>
        {staff.map((s) => (
          <option key={s.id} value={s.id}>
            {s.name}
          </option>
        ))}
      </select>
    </div>
  );
  return (
    <div className="stack subform">
      <form
        className="stack"
        aria-label={`Add to ${unit.name}`}
        onSubmit={handle(async () => {
          await api.post(`${base}/members`, { userId, joinedOn, leftOn: leftOn || null });
          onDone();
        })}
      >
        <h4>Add to the roster</h4>
        {person}
        <div className="row">
          <Field label="Joined on" type="date" value={joinedOn} onChange={setJoinedOn} required />
          <Field label="Left on (if already)" type="date" value={leftOn} onChange={setLeftOn} />
        </div>
        <button type="submit" className="button" disabled={busy}>
          Add to the roster
        </button>
      </form>
      {current.length ? (
        <form
          className="stack"
          aria-label={`Someone left ${unit.name}`}
          onSubmit={handle(async () => {
            await api.put(`${base}/members/${encodeURIComponent(leaving)}`, { leftOn: leftDay });
            onDone();
          })}
        >
          <h4>Someone left the unit</h4>
          <div className="field">
            <label htmlFor={`leaving-${unit.id}`}>Who</label>
            <select
              id={`leaving-${unit.id}`}
              value={leaving}
              onChange={(e) => setLeaving(e.target.value)}
              required
            >
              <option value="">Choose…</option>
              {current.map((m) => (
                <option key={m.memberId} value={m.memberId}>
                  {m.name}
                </option>
              ))}
            </select>
          </div>
          <Field label="Left on" type="date" value={leftDay} onChange={setLeftDay} required />
          <button type="submit" className="button" disabled={busy}>
            Record the day they left
          </button>
        </form>
      ) : null}
      <form
        className="stack"
        aria-label={`Training in ${unit.name}`}
        onSubmit={handle(async () => {
          await api.post(`${base}/training`, { userId, course, provider, completedOn });
          onDone();
        })}
      >
        <h4>Record a course completed</h4>
        {person}
        <Field label="Course" value={course} onChange={setCourse} required maxLength={200} />
        <Field label="Given by" value={provider} onChange={setProvider} required maxLength={200} />
        <Field label="Completed on" type="date" value={completedOn} onChange={setCompletedOn} required />
        <button type="submit" className="button" disabled={busy}>
          Record the course
        </button>
      </form>
      {error ? (
        <p className="notice notice-error" role="alert">
          {error}
        </p>
      ) : null}
    </div>
  );
}
