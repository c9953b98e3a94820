import { useState } from 'react';
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
    'Arrest',
    () => {
      if (!person.trim()) return 'Name the person arrested.';
      if (!place.trim()) return 'Say where the arrest was made.';
      if (!apart && why.trim().length < 10)
        return 'Say why the suspect could not be kept apart from potential victims and witnesses (at least 10 characters).';
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
      <h2 id="arrest-h">Record an arrest</h2>
      <form className="stack" onSubmit={onSubmit} noValidate>
        <SelectField
          label="Planned suspect"
          value={target}
          onChange={choose}
          options={targets}
          placeholder="Someone the plan does not name"
        />
        <Field label="Person arrested" value={person} onChange={setPerson} autoComplete="off" />
        <Field label="Where arrested" value={place} onChange={setPlace} autoComplete="off" />
        <Check label="Kept apart from potential victims and witnesses" checked={apart} onChange={setApart} />
        {apart ? null : (
          <NoteField
            label="Why they could not be kept apart"
            value={why}
            onChange={setWhy}
            hint="Needed when the suspect was not kept apart."
          />
        )}
        <ErrorMessage message={error} />
        <button type="submit" className="button primary big" disabled={busy}>
          Record the arrest
        </button>
      </form>
    </section>
  );
}
