import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api } from '../api.ts';
import type { SharedOperations } from '../evidence/types.ts';
import { navigate } from '../router.ts';
import { SelectField } from '../screening/controls.tsx';
import { Field } from '../ui/Field.tsx';
import { formatDate } from '../ui/format.ts';
import { ErrorMessage } from '../ui/Live.tsx';
import { useSubmit } from '../ui/useSubmit.ts';
import { useLoad } from '../useLoad.ts';
import type { T } from './codes.ts';
import type { CaseOpened, OpenCaseBody, SharedOperation } from './types.ts';

const operationWords = (t: T, o: SharedOperation) => {
  const values = {
    name: o.codeName,
    agency: o.agency,
    arrests: t('open.arrests', { count: o.arrests }),
    exhibits: t('open.exhibits', { count: o.sharedExhibits }),
  };
  return o.concludedAt
    ? t('open.operationConcluded', { ...values, day: formatDate(o.concludedAt) })
    : t('open.operation', values);
};

/**
 * "Open a case file": from a concluded operation shared with the office (its arrests become suspects, the exhibits
 * shared its first evidence), or from intelligence with a title. The new case file opens at once.
 */
export function OpenCaseFile() {
  const { t } = useTranslation('prosecution');
  const ops = useLoad<SharedOperations>('/api/prosecution/operations');
  const [operationId, setOperationId] = useState('');
  const [title, setTitle] = useState('');
  const fromOp = useSubmit();
  const fromIntel = useSubmit();
  const operations = ops.data?.operations ?? [];

  const open = (body: OpenCaseBody) => async () => {
    const made = await api.post<CaseOpened>('/api/prosecution/cases', body satisfies OpenCaseBody);
    navigate(`/prosecution/${encodeURIComponent(made.id)}`);
  };
  const submitOp = (event: FormEvent) => {
    event.preventDefault();
    if (!operationId) {
      fromOp.setError(t('open.chooseOperation'));
      return;
    }
    void fromOp.handle(open({ operationId }))();
  };
  const submitIntel = (event: FormEvent) => {
    event.preventDefault();
    if (!title.trim()) {
      fromIntel.setError(t('open.giveTitle'));
      return;
    }
    void fromIntel.handle(open({ title: title.trim() }))();
  };

  return (
    <section className="panel" aria-labelledby="open-h">
      <h2 id="open-h">{t('open.heading')}</h2>
      <form className="stack form-wide" onSubmit={submitOp} noValidate aria-labelledby="open-op-h">
        <h3 id="open-op-h">{t('open.fromOperation')}</h3>
        <ErrorMessage message={ops.error} />
        {ops.data && operations.length === 0 ? <p className="muted">{t('open.noOperation')}</p> : null}
        {operations.length > 0 ? (
          <>
            <SelectField
              label={t('open.sharedOperation')}
              value={operationId}
              onChange={setOperationId}
              placeholder={t('open.chooseAnOperation')}
              options={operations.map((o) => [o.id, operationWords(t, o)] as const)}
              hint={t('open.operationHint')}
            />
            <ErrorMessage message={fromOp.error} />
            <div>
              <button type="submit" className="button primary" disabled={fromOp.busy}>
                {fromOp.busy ? t('open.opening') : t('open.openFromOperation')}
              </button>
            </div>
          </>
        ) : null}
      </form>
      <form
        className="stack form-wide subform"
        onSubmit={submitIntel}
        noValidate
        aria-labelledby="open-intel-h"
      >
        <h3 id="open-intel-h">{t('open.fromIntel')}</h3>
        <Field
          label={t('open.title')}
          value={title}
          onChange={setTitle}
          maxLength={200}
          autoComplete="off"
          hint={t('open.titleHint')}
        />
        <ErrorMessage message={fromIntel.error} />
        <div>
          <button type="submit" className="button" disabled={fromIntel.busy}>
            {fromIntel.busy ? t('open.opening') : t('open.openFromIntel')}
          </button>
        </div>
      </form>
    </section>
  );
}
