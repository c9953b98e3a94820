import { type FormEvent, useId, useState } from 'react';
import { api } from '../api.ts';
import { type CaseAction, refuse } from '../protection/useCaseAction.ts';
import { SelectField } from '../screening/controls.tsx';
import { caseFilePath } from './paths.ts';
import type { CaseFile } from './types.ts';

const short = (s: string, n = 90) => (s.length > n ? `${s.slice(0, n - 1)}…` : s);

/** Links an evidence item to an element of a charge: the gauge moves with it. */
export function LinkForm({ c, action }: { c: CaseFile; action: CaseAction }) {
  const [evidenceId, setEvidenceId] = useState('');
  const [target, setTarget] = useState('');
  const elementId = useId();
  const submit = (event: FormEvent) => {
    event.preventDefault();
    const problem = !evidenceId
      ? 'Choose the evidence item.'
      : !target
        ? 'Choose the element it goes to.'
        : null;
    if (refuse(action, problem)) return;
    const [chargeId = '', code = ''] = target.split('|');
    const ch = c.charges.find((x) => x.id === chargeId);
    const el = ch?.elements.find((e) => e.code === code);
    const item = c.evidence.find((e) => e.id === evidenceId);
    void action.run(
      async () => {
        await api.put(
          caseFilePath(
            c.id,
            `/charges/${encodeURIComponent(chargeId)}/elements/${encodeURIComponent(code)}/evidence/${encodeURIComponent(evidenceId)}`,
          ),
          {},
        );
        setEvidenceId('');
      },
      `${item?.ref ?? 'The item'} linked to “${el?.text ?? code}” (${ch?.offence ?? 'the charge'}).`,
    )();
  };
  return (
    <form className="stack form-wide subform" onSubmit={submit} noValidate aria-labelledby="link-h">
      <h3 id="link-h">Link evidence to an element</h3>
      <SelectField
        label="Evidence item"
        value={evidenceId}
        onChange={setEvidenceId}
        options={c.evidence.map((e) => [e.id, short(`${e.ref} · ${e.kindLabel}: ${e.description}`)] as const)}
        placeholder="Choose an item"
      />
      <div className="field">
        <label htmlFor={elementId}>Element it goes to</label>
        <select id={elementId} value={target} onChange={(e) => setTarget(e.target.value)}>
          <option value="">Choose an element</option>
          {c.charges.map((ch) => {
            const suspect = c.suspects.find((s) => s.id === ch.suspectId)?.label ?? 'the suspect';
            return (
              <optgroup key={ch.id} label={`${ch.title} (${ch.offence}) against ${suspect}`}>
                {ch.elements.map((el) => (
                  <option key={el.code} value={`${ch.id}|${el.code}`}>
                    {el.text}
                  </option>
                ))}
              </optgroup>
            );
          })}
        </select>
      </div>
      <div>
        <button type="submit" className="button primary" disabled={action.busy}>
          {action.busy ? 'Linking…' : 'Link'}
        </button>
      </div>
    </form>
  );
}
