import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api } from '../api.ts';
import { useLoad } from '../useLoad.ts';
import type { IdentityAccessBody, IdentityReaders } from './types.ts';
import { type CaseAction, casePath, refuse } from './useCaseAction.ts';

/** For the caseworker: lets a colleague of the agency who sees protection cases read the person's identity. */
export function LetInForm({
  caseId,
  action,
  readers,
}: {
  caseId: string;
  action: CaseAction;
  readers: number;
}) {
  const { t } = useTranslation('protection');
  // Read again whenever the case's readers change, so who is in already is never offered.
  const list = useLoad<IdentityReaders>(`${casePath(caseId, '/identity-readers')}?n=${readers}`);
  const [chosen, setChosen] = useState('');
  const open = (list.data?.colleagues ?? []).filter((c) => !c.allowed);
  const submit = (e: FormEvent) => {
    e.preventDefault();
    const who = open.find((c) => c.id === chosen);
    if (refuse(action, who ? null : t('letIn.chooseProblem')) || !who) return;
    action.run(
      () =>
        api.put(casePath(caseId, `/identity-readers/${encodeURIComponent(who.id)}`), {
          allow: true,
        } satisfies IdentityAccessBody),
      t('letIn.done', { name: who.name }),
    )();
    setChosen('');
  };
  if (open.length === 0) return null;
  return (
    <form className="stack form-wide subform" onSubmit={submit} noValidate aria-labelledby="let-in-h">
      <h3 id="let-in-h" className="case-part">
        {t('letIn.title')}
      </h3>
      <div className="field">
        <label htmlFor="let-in-who">{t('letIn.colleague')}</label>
        <select id="let-in-who" value={chosen} onChange={(e) => setChosen(e.target.value)}>
          <option value="">{t('letIn.choose')}</option>
          {open.map((c) => (
            <option key={c.id} value={c.id}>
              {c.name}
            </option>
          ))}
        </select>
      </div>
      <button type="submit" className="button" disabled={action.busy}>
        {t('letIn.submit')}
      </button>
    </form>
  );
}
