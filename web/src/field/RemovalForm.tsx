import { useState } from 'react';
import { useTranslation } from 'react-i18next';
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
  const { t } = useTranslation('field');
  const [count, setCount] = useState('');
  const [children, setChildren] = useState('0');
  const [languages, setLanguages] = useState(plan.expectedPeople.languages.join(', '));
  const [to, setTo] = useState(plan.screeningSite?.name ?? '');
  const [transport, setTransport] = useState('');
  const [medical, setMedical] = useState('');
  const { busy, error, submit } = useRecorder(record, done);
  const onSubmit = submit(
    'removal',
    () => {
      const n = whole(count);
      const c = whole(children);
      if (n === null || n < 1) return t('removal.needCount');
      if (c === null || c > n) return t('removal.needChildren');
      if (!to.trim()) return t('removal.sayWhere');
      const langs = parseLanguages(languages);
      if (langs.some((l) => !/^[a-z]{2,3}$/.test(l))) return t('removal.needCodes');
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
      <h2 id="removal-h">{t('removal.title')}</h2>
      <form className="stack" onSubmit={onSubmit} noValidate>
        <div className="row">
          <Field
            label={t('removal.count')}
            type="number"
            inputMode="numeric"
            min={1}
            step={1}
            value={count}
            onChange={setCount}
          />
          <Field
            label={t('removal.children')}
            type="number"
            inputMode="numeric"
            min={0}
            step={1}
            value={children}
            onChange={setChildren}
          />
        </div>
        <Field
          label={t('removal.languages')}
          value={languages}
          onChange={setLanguages}
          hint={t('removal.languagesHint')}
          autoComplete="off"
        />
        <Field
          label={t('removal.to')}
          value={to}
          onChange={setTo}
          hint={t('removal.toHint')}
          autoComplete="off"
        />
        <Field label={t('removal.transport')} value={transport} onChange={setTransport} autoComplete="off" />
        <NoteField label={t('removal.medicalNeeds')} value={medical} onChange={setMedical} />
        <ErrorMessage message={error} />
        <button type="submit" className="button primary big" disabled={busy}>
          {t('removal.submit')}
        </button>
      </form>
    </section>
  );
}
