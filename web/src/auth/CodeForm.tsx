import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api } from '../api.ts';
import type { CodeBody, Stage, StageReply } from '../types.ts';
import { Field } from '../ui/Field.tsx';
import { ErrorMessage } from '../ui/Live.tsx';
import { useSubmit } from '../ui/useSubmit.ts';

interface Props {
  path: '/api/auth/second-factor' | '/api/auth/enrolment/confirm';
  submitLabel: string;
  onStage: (stage: Stage) => void;
}

/** A six-digit authenticator code, sent to the second-factor or enrolment-confirm step. */
export function CodeForm({ path, submitLabel, onStage }: Props) {
  const { t } = useTranslation('auth');
  const [code, setCode] = useState('');
  const { busy, error, setError, handle } = useSubmit();
  const submit = handle(async () => {
    const clean = code.replace(/\s/g, '');
    if (!/^\d{6}$/.test(clean)) {
      setError(t('code.sixDigits'));
      return;
    }
    try {
      const r = await api.post<StageReply>(path, { code: clean } satisfies CodeBody);
      onStage(r.stage);
    } catch (e) {
      setCode('');
      throw e;
    }
  });
  return (
    <form className="stack" onSubmit={submit} noValidate>
      <Field
        label={t('code.label')}
        className="field-code"
        value={code}
        onChange={setCode}
        inputMode="numeric"
        autoComplete="one-time-code"
        hint={t('code.hint')}
        required
      />
      <ErrorMessage message={error} />
      <button type="submit" className="button primary" disabled={busy || code.trim() === ''}>
        {busy ? t('code.checking') : submitLabel}
      </button>
    </form>
  );
}
