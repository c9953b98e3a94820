import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { NoteField } from '../operations/NoteField.tsx';
import type { Plan } from '../plans/types.ts';
import { Check, SelectField } from '../screening/controls.tsx';
import { Field } from '../ui/Field.tsx';
import { ErrorMessage } from '../ui/Live.tsx';
import type { RecordEntry } from './types.ts';
import { useRecorder } from './useRecorder.ts';

interface Props {
  plan: Plan;
  record: RecordEntry;
  done: (message: string) => void;
}

/** An arrest: who, whether one of the suspects the plan names, where, and whether they were kept apart. */
export function ArrestForm({ plan, record, done }: Props) {
  const { t } = useTranslation('field');
  const [target, setTarget] = useState('');
  const [person, setPerson] = useState('');
  const [place, setPlace] = useState('');
  const [apart, setApart] = useState(false);
  const [why, setWhy] = useState('');
  const { busy, error, submit } = useRecorder(record, done);
  const targets = plan.arrestTargets.map((t, i) => [String(i), t.label] as const);
  const choose = (v: string) => {
    const before = plan.arrestTargets[Number(target)]?.label ?? '';
    setTarget(v);
    const label = v === '' ? '' : (plan.arrestTargets[Number(v)]?.label ?? '');
    if (person === '' || person === before) setPerson(label);
  };
  const onSubmit = submit(
    'arrest',
    () => {
      if (!person.trim()) return t('arrest.namePerson');
      if (!place.trim()) return t('arrest.sayWhere');
      if (!apart && why.trim().length < 10) return t('arrest.sayWhyNotApart');
      const index = target === '' ? null : Number(target);
      return {
        kind: 'arrest',
        person: person.trim(),
        entityId: index === null ? null : (plan.arrestTargets[index]?.entityId ?? null),
        targetIndex: index,
        place: place.trim(),
        separatedFromVictims: apart,
        separationNote: apart ? '' : why.trim(),
      };
    },
    () => {
      setTarget('');
      setPerson('');
      setApart(false);
      setWhy('');
    },
  );
  return (
    <section className="panel record-form" aria-labelledby="arrest-h">
      <h2 id="arrest-h">{t('arrest.title')}</h2>
      <form className="stack" onSubmit={onSubmit} noValidate>
        <SelectField
          label={t('arrest.target')}
          value={target}
          onChange={choose}
          options={targets}
          placeholder={t('arrest.notPlanned')}
        />
        <Field label={t('arrest.person')} value={person} onChange={setPerson} autoComplete="off" />
        <Field label={t('arrest.place')} value={place} onChange={setPlace} autoComplete="off" />
        <Check label={t('arrest.apart')} checked={apart} onChange={setApart} />
        {apart ? null : (
          <NoteField label={t('arrest.why')} value={why} onChange={setWhy} hint={t('arrest.whyHint')} />
        )}
        <ErrorMessage message={error} />
        <button type="submit" className="button primary big" disabled={busy}>
          {t('arrest.submit')}
        </button>
      </form>
    </section>
  );
}
