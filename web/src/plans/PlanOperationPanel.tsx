import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api } from '../api.ts';
import { navigate } from '../router.ts';
import { Field } from '../ui/Field.tsx';
import { ErrorMessage } from '../ui/Live.tsx';
import { useSubmit } from '../ui/useSubmit.ts';
import { operationPath } from './paths.ts';
import type { Operation, PlanCreateBody } from './types.ts';

/** On an approved raid or rescue decision: plan an operation on its target, under a code name. */
export function PlanOperationPanel({ decisionId }: { decisionId: string }) {
  const { t } = useTranslation('plans');
  const [codeName, setCodeName] = useState('');
  const { busy, error, setError, handle } = useSubmit();
  const submit = handle(async () => {
    const name = codeName.trim();
    if (!name) return setError(t('planOperation.nameIt'));
    const op = await api.post<Operation>('/api/operations/plans', {
      decisionId,
      codeName: name,
    } satisfies PlanCreateBody);
    navigate(operationPath(op.id));
  });
  return (
    <section className="panel" aria-labelledby="plan-op-h">
      <h2 id="plan-op-h">{t('planOperation.title')}</h2>
      <p className="hint">{t('planOperation.hint')}</p>
      <form className="stack" onSubmit={submit} noValidate>
        <div className="row">
          <Field
            label={t('planOperation.codeName')}
            value={codeName}
            onChange={setCodeName}
            hint={t('planOperation.codeNameHint')}
            autoComplete="off"
            maxLength={60}
            required
          />
        </div>
        <ErrorMessage message={error} />
        <div>
          <button type="submit" className="button primary" disabled={busy}>
            {busy ? t('planOperation.planning') : t('planOperation.submit')}
          </button>
        </div>
      </form>
    </section>
  );
}
