import { formatDate } from '../../ui/format.ts';
import { useLoad } from '../../useLoad.ts';
import { tenureWords, type Unit } from './types.ts';

/** The specialist units reached, with roster, tenure, training and the outcomes credited to them. */
export function UnitsPanel() {
  const list = useLoad<{ units: Unit[] }>('/api/outcomes/units');
  return (
    <section className="panel" aria-labelledby="units-heading">
      <h2 id="units-heading">Specialist units</h2>
      <p className="hint">
        An operation counts for a unit when one of its members was on the team and in the unit on the day it
        was carried out; a case counts for the unit whose member opened it, laid a charge or recorded a
        decision.
      </p>
      {list.error ? <p className="notice notice-error">{list.error}</p> : null}
      {list.data && list.data.units.length === 0 ? <p className="muted">No unit recorded yet.</p> : null}
      {(list.data?.units ?? []).map((u) => (
        <UnitCard key={u.id} unit={u} />
      ))}
    </section>
  );
}

export function UnitCard({ unit: u }: { unit: Unit }) {
  return (
    <article className="unit">
      <h3>{u.name}</h3>
      <p className="muted">
        {u.kindWords} · {u.agency} · {u.currentMembers} member{u.currentMembers === 1 ? '' : 's'} now
        {u.medianTenureDays !== null ? ` · typical time in the unit ${tenureWords(u.medianTenureDays)}` : ''}
      </p>
      {u.credit ? (
        <dl className="facts">
          <dt>Operations concluded</dt>
          <dd>{u.credit.operations}</dd>
          <dt>All three objectives met</dt>
          <dd>{u.credit.allThreeMet}</dd>
          <dt>Arrests</dt>
          <dd>{u.credit.arrests}</dd>
          <dt>People removed</dt>
          <dd>{u.credit.removed}</dd>
          <dt>Prosecution cases worked</dt>
          <dd>{u.credit.cases}</dd>
          <dt>Charges ending in a conviction</dt>
          <dd>{u.credit.convictions}</dd>
        </dl>
      ) : null}
      <div className="table-wrap">
        <table>
          <caption>Roster</caption>
          <thead>
            <tr>
              <th scope="col">Member of staff</th>
              <th scope="col">Joined</th>
              <th scope="col">Left</th>
              <th scope="col">Time in the unit</th>
            </tr>
          </thead>
          <tbody>
            {u.roster.map((m) => (
              <tr key={m.memberId}>
                <th scope="row">{m.name}</th>
                <td>{formatDate(m.joinedOn)}</td>
                <td>{m.leftOn ? formatDate(m.leftOn) : 'still in the unit'}</td>
                <td>{tenureWords(m.tenureDays)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      {u.training.length ? (
        <div className="table-wrap">
          <table>
            <caption>Training</caption>
            <thead>
              <tr>
                <th scope="col">Member of staff</th>
                <th scope="col">Course</th>
                <th scope="col">Given by</th>
                <th scope="col">Completed</th>
              </tr>
            </thead>
            <tbody>
              {u.training.map((t) => (
                <tr key={t.id}>
                  <th scope="row">{t.name}</th>
                  <td>{t.course}</td>
                  <td>{t.provider}</td>
                  <td>{formatDate(t.completedOn)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      ) : (
        <p className="muted">No training recorded.</p>
      )}
    </article>
  );
}
