import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api } from '../api.ts';
import { NoteField } from '../operations/NoteField.tsx';
import { ErrorMessage } from '../ui/Live.tsx';
import { useSubmit } from '../ui/useSubmit.ts';
import { operationApi } from './paths.ts';
import type { Operation, PlanCancelBody } from './types.ts';

/** Cancelling a plan that has not started, with the reason, behind a disclosure so it is not pressed by mistake. */
export function CancelForm({ id, onChange }: { id: string; onChange: (op: Operation) => void }) {
  const { t } = useTranslation('plans');
  const [reason, setReason] = useState('');
  const { busy, error, setError, handle } = useSubmit();
  const submit = handle(async () => {
    if (!reason.trim()) return setError(t('cancel.sayWhy'));
    onChange(
      await api.post<Operation>(`${operationApi(id)}/cancel`, {
        reason: reason.trim(),
      } satisfies PlanCancelBody),
    );
  });
  return (
    <details className="cancel">
      <summary>{t('cancel.open')}</summary>
      <form className="stack" onSubmit={submit} noValidate>
        <NoteField label={t('cancel.reason')} value={reason} onChange={setReason} />
        <ErrorMessage message={error} />
        <div>
          <button type="submit" className="button" disabled={busy}>
            {t('cancel.submit')}
          </button>
        </div>
      </form>
    </details>
  );
}
