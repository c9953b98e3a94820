import { useState } from 'react';
import { api } from '../api.ts';
import type { Stage } from '../types.ts';
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
  const [code, setCode] = useState('');
  const { busy, error, setError, handle } = useSubmit();
  const submit = handle(async () => {
    const clean = code.replace(/\s/g, '');
    if (!/^\d{6}$/.test(clean)) {
      setError('Enter the six digits your authenticator app shows.');
      return;
    }
    try {
      const r = await api.post<{ stage: Stage }>(path, { code: clean });
      onStage(r.stage);
    } catch (e) {
      setCode('');
      throw e;
    }
  });
  return (
    <form className="stack" onSubmit={submit} noValidate>
      <Field
        label="Six-digit code"
        className="field-code"
        value={code}
        onChange={setCode}
        inputMode="numeric"
        autoComplete="one-time-code"
        hint="The code changes every 30 seconds."
        required
      />
      <ErrorMessage message={error} />
      <button type="submit" className="button primary" disabled={busy || code.trim() === ''}>
        {busy ? 'Checking…' : submitLabel}
      </button>
    </form>
  );
}
