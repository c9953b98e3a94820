import { type FormEvent, useState } from 'react';
import { api } from '../api.ts';
import { useLoad } from '../useLoad.ts';
import { type CaseAction, casePath, refuse } from './useCaseAction.ts';

interface Colleague {
  id: string;
  name: string;
  allowed: boolean;
}

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
  // Read again whenever the case's readers change, so who is in already is never offered.
  const list = useLoad<{ colleagues: Colleague[] }>(`${casePath(caseId, '/identity-readers')}?n=${readers}`);
  const [chosen, setChosen] = useState('');
  const open = (list.data?.colleagues ?? []).filter((c) => !c.allowed);
  const submit = (e: FormEvent) => {
    e.preventDefault();
    const who = open.find((c) => c.id === chosen);
    if (refuse(action, who ? null : 'Choose the colleague to let in.') || !who) return;
    action.run(
      () => api.put(casePath(caseId, `/identity-readers/${encodeURIComponent(who.id)}`), { allow: true }),
      `${who.name} may now read the identity.`,
    )();
    setChosen('');
  };
  if (open.length === 0) return null;
  return (
    <form className="stack form-wide subform" onSubmit={submit} noValidate aria-labelledby="let-in-h">
      <h3 id="let-in-h" className="case-part">
        Let a colleague read it
      </h3>
      <div className="field">
        <label htmlFor="let-in-who">Colleague</label>
        <select id="let-in-who" value={chosen} onChange={(e) => setChosen(e.target.value)}>
          <option value="">Choose a colleague…</option>
          {open.map((c) => (
            <option key={c.id} value={c.id}>
              {c.name}
            </option>
          ))}
        </select>
      </div>
      <button type="submit" className="button" disabled={action.busy}>
        Let in
      </button>
    </form>
  );
}
