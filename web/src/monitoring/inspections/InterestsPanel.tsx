import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { INTEREST_KINDS } from '../../../../src/monitoring/inspection-catalogue.ts';
import { api } from '../../api.ts';
import { SelectField } from '../../screening/controls.tsx';
import { Field } from '../../ui/Field.tsx';
import { ErrorMessage } from '../../ui/Live.tsx';
import { useSubmit } from '../../ui/useSubmit.ts';
import { useLoad } from '../../useLoad.ts';
import { onCode } from '../labels.ts';
import { formatDay, interestKindOptions, today, wordFor } from './labels.ts';
import type { InterestBody, Interests, WithdrawBody } from './types.ts';

/** The inspector's own register of declared interests: declare one, withdraw one. Only they see it. */
export function InterestsPanel() {
  const { t } = useTranslation('monitoring');
  const list = useLoad<Interests>('/api/monitoring/inspections/interests');
  const [kind, setKind] = useState<InterestBody['kind']>('business');
  const [description, setDescription] = useState('');
  const { busy, error, setError, handle } = useSubmit();
  const declare = handle(async () => {
    if (!description.trim()) {
      setError(t('inspections.interests.noDescription'));
      return;
    }
    await api.post('/api/monitoring/inspections/interests', {
      kind,
      description,
      declaredOn: today(),
    } satisfies InterestBody);
    setDescription('');
    list.reload();
  });
  const withdraw = (id: string) =>
    handle(async () => {
      await api.post(`/api/monitoring/inspections/interests/${id}/withdraw`, {
        withdrawnOn: today(),
      } satisfies WithdrawBody);
      list.reload();
    })();
  const rows = list.data?.interests ?? [];
  return (
    <section className="panel" aria-labelledby="insp-interests-h">
      <h2 id="insp-interests-h">{t('inspections.interests.title')}</h2>
      <p className="hint">{t('inspections.interests.hint')}</p>
      {list.data && rows.length === 0 ? <p className="muted">{t('inspections.interests.none')}</p> : null}
      {rows.length > 0 ? (
        <ul className="inspection-list">
          {rows.map((r) => (
            <li key={r.id} className="inspection-row">
              <span>
                <strong>{wordFor(interestKindOptions(), r.kind)}</strong>: {r.description}
              </span>
              <span className="sub">
                {r.withdrawnOn
                  ? t('inspections.interests.declaredWithdrawn', {
                      declared: formatDay(r.declaredOn),
                      withdrawn: formatDay(r.withdrawnOn),
                    })
                  : t('inspections.interests.declared', { declared: formatDay(r.declaredOn) })}
              </span>
              {r.withdrawnOn ? null : (
                <button type="button" className="button" disabled={busy} onClick={() => withdraw(r.id)}>
                  {t('inspections.interests.withdraw')}
                </button>
              )}
            </li>
          ))}
        </ul>
      ) : null}
      <form className="stack" onSubmit={declare} noValidate aria-label={t('inspections.interests.formLabel')}>
        <div className="row">
          <SelectField
            label={t('inspections.interests.kind')}
            value={kind}
            onChange={onCode(INTEREST_KINDS, setKind)}
            options={interestKindOptions()}
          />
          <Field
            label={t('inspections.interests.description')}
            value={description}
            onChange={setDescription}
            autoComplete="off"
          />
        </div>
        <ErrorMessage message={error ?? list.error} />
        <div>
          <button type="submit" className="button" disabled={busy}>
            {t('inspections.interests.submit')}
          </button>
        </div>
      </form>
    </section>
  );
}
