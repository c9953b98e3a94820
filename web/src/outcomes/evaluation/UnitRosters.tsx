import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api } from '../../api.ts';
import { Field } from '../../ui/Field.tsx';
import { useSubmit } from '../../ui/useSubmit.ts';
import { useLoad } from '../../useLoad.ts';
import type { LeftBody, MemberBody, Rosters, TrainingBody, Unit, UnitBody } from './types.ts';
import { UnitCard } from './UnitsPanel.tsx';
import { UNIT_KINDS, unitKindWord } from './words.ts';
import './evaluation.css';

/**
 * For an agency's administrators (user.update): the agency's specialist units, their roster and training, kept
 * here. Mounted where administrators work: the users section (`#/admin/users`).
 */
export function UnitRosters() {
  const { t } = useTranslation('outcomes');
  const data = useLoad<Rosters>('/api/outcomes/unit-rosters');
  const [name, setName] = useState('');
  const [kind, setKind] = useState<UnitBody['kind']>('police_unit');
  const create = useSubmit();
  const submit = create.handle(async () => {
    await api.post('/api/outcomes/units', { name, kind } satisfies UnitBody);
    setName('');
    data.reload();
  });
  return (
    <section className="panel" aria-labelledby="rosters-heading">
      <h2 id="rosters-heading">{t('evaluation.units')}</h2>
      <p className="hint">{t('rosters.hint')}</p>
      {data.error ? <p className="notice notice-error">{data.error}</p> : null}
      {(data.data?.units ?? []).map((u) => (
        <div key={u.id} className="stack">
          <UnitCard unit={u} />
          <RosterForms unit={u} staff={data.data?.staff ?? []} onDone={data.reload} />
        </div>
      ))}
      <form className="stack form-wide subform" onSubmit={submit} aria-label={t('rosters.newUnit')}>
        <h3>{t('rosters.newUnit')}</h3>
        <Field label={t('rosters.unitName')} value={name} onChange={setName} required maxLength={200} />
        <div className="field">
          <label htmlFor="unit-kind">{t('rosters.kind')}</label>
          <select id="unit-kind" value={kind} onChange={(e) => setKind(e.target.value as UnitBody['kind'])}>
            {UNIT_KINDS.map((k) => (
              <option key={k} value={k}>
                {unitKindWord(t, k)}
              </option>
            ))}
          </select>
        </div>
        <div className="actions">
          <button type="submit" className="button primary" disabled={create.busy}>
            {t('rosters.create')}
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
  const { t } = useTranslation('outcomes');
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
      <label htmlFor={`who-${unit.id}`}>{t('units.member')}</label>
      <select id={`who-${unit.id}`} value={userId} onChange={(e) => setUserId(e.target.value)} required>
        <option value="">{t('rosters.choose')}</option>
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
        aria-label={t('rosters.addTo', { name: unit.name })}
        onSubmit={handle(async () => {
          await api.post(`${base}/members`, {
            userId,
            joinedOn,
            leftOn: leftOn || null,
          } satisfies MemberBody);
          onDone();
        })}
      >
        <h4>{t('rosters.add')}</h4>
        {person}
        <div className="row">
          <Field label={t('rosters.joinedOn')} type="date" value={joinedOn} onChange={setJoinedOn} required />
          <Field label={t('rosters.leftOnIf')} type="date" value={leftOn} onChange={setLeftOn} />
        </div>
        <button type="submit" className="button" disabled={busy}>
          {t('rosters.add')}
        </button>
      </form>
      {current.length ? (
        <form
          className="stack"
          aria-label={t('rosters.someoneLeft', { name: unit.name })}
          onSubmit={handle(async () => {
            await api.put(`${base}/members/${encodeURIComponent(leaving)}`, {
              leftOn: leftDay,
            } satisfies LeftBody);
            onDone();
          })}
        >
          <h4>{t('rosters.leftTitle')}</h4>
          <div className="field">
            <label htmlFor={`leaving-${unit.id}`}>{t('rosters.who')}</label>
            <select
              id={`leaving-${unit.id}`}
              value={leaving}
              onChange={(e) => setLeaving(e.target.value)}
              required
            >
              <option value="">{t('rosters.choose')}</option>
              {current.map((m) => (
                <option key={m.memberId} value={m.memberId}>
                  {m.name}
                </option>
              ))}
            </select>
          </div>
          <Field label={t('rosters.leftOn')} type="date" value={leftDay} onChange={setLeftDay} required />
          <button type="submit" className="button" disabled={busy}>
            {t('rosters.recordLeft')}
          </button>
        </form>
      ) : null}
      <form
        className="stack"
        aria-label={t('rosters.trainingIn', { name: unit.name })}
        onSubmit={handle(async () => {
          await api.post(`${base}/training`, {
            userId,
            course,
            provider,
            completedOn,
          } satisfies TrainingBody);
          onDone();
        })}
      >
        <h4>{t('rosters.courseTitle')}</h4>
        {person}
        <Field label={t('units.course')} value={course} onChange={setCourse} required maxLength={200} />
        <Field label={t('units.givenBy')} value={provider} onChange={setProvider} required maxLength={200} />
        <Field
          label={t('rosters.completedOn')}
          type="date"
          value={completedOn}
          onChange={setCompletedOn}
          required
        />
        <button type="submit" className="button" disabled={busy}>
          {t('rosters.recordCourse')}
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
