import { useState } from 'react';
import { NoteField } from '../operations/NoteField.tsx';
import { parseLanguages } from '../plans/labels.ts';
import type { Plan } from '../plans/types.ts';
import { Field } from '../ui/Field.tsx';
import { ErrorMessage } from '../ui/Live.tsx';
import type { RecordEntry } from './types.ts';
import { useRecorder } from './useRecorder.ts';

interface Props {
  plan: Plan;
  record: RecordEntry;
  done: (message: string) => void;
}

const whole = (s: string) => (/^\d{1,4}$/.test(s.trim()) ? Number(s.trim()) : null);

/** People taken from the site to safety: how many, in which languages, where to and how. */
export function RemovalForm({ plan, record, done }: Props) {
  const [count, setCount] = useState('');
  const [children, setChildren] = useState('0');
  const [languages, setLanguages] = useState(plan.expectedPeople.languages.join(', '));
  const [to, setTo] = useState(plan.screeningSite?.name ?? '');
  const [transport, setTransport] = useState('');
  const [medical, setMedical] = useState('');
  const { busy, error, submit } = useRecorder(record, done);
  const onSubmit = submit(
    'Removal',
    () => {
      const n = whole(count);
      const c = whole(children);
      if (n === null || n < 1) return 'Give the number of people removed (at least 1).';
      if (c === null || c > n)
        return 'Give the number of children among them (no more than the people removed).';
      if (!to.trim()) return 'Say where they are taken.';
      const langs = parseLanguages(languages);
      if (langs.some((l) => !/^[a-z]{2,3}$/.test(l)))
        return 'Give languages as codes such as my, km, lo, th.';
      return {
        kind: 'removal',
        count: n,
        children: c,
        languages: langs,
        to: to.trim(),
        transport: transport.trim(),
        medicalNeeds: medical.trim(),
      };
    },
    () => {
      setCount('');
      setChildren('0');
      setMedical('');
    },
  );
  return (
    <section className="panel record-form" aria-labelledby="removal-h">
      <h2 id="removal-h">Record people removed</h2>
      <form className="stack" onSubmit={onSubmit} noValidate>
        <div className="row">
          <Field
            label="People removed"
            type="number"
            inputMode="numeric"
            min={1}
            step={1}
            value={count}
            onChange={setCount}
          />
          <Field
            label="Children among them"
            type="number"
            inputMode="numeric"
            min={0}
            step={1}
            value={children}
            onChange={setChildren}
          />
        </div>
        <Field
          label="Languages"
          value={languages}
          onChange={setLanguages}
          hint="Codes separated by commas, e.g. my, km."
          autoComplete="off"
        />
        <Field
          label="Taken to"
          value={to}
          onChange={setTo}
          hint="The safe screening site."
          autoComplete="off"
        />
        <Field label="Transport" value={transport} onChange={setTransport} autoComplete="off" />
        <NoteField label="Medical needs" value={medical} onChange={setMedical} />
        <ErrorMessage message={error} />
        <button type="submit" className="button primary big" disabled={busy}>
          Record the removal
        </button>
      </form>
    </section>
  );
}
