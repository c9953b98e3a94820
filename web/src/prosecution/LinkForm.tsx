import { type FormEvent, useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api } from '../api.ts';
import { type CaseAction, refuse } from '../protection/useCaseAction.ts';
import { SelectField } from '../screening/controls.tsx';
import { word } from './codes.ts';
import { chargeName } from './court-labels.ts';
import { caseFilePath } from './paths.ts';
import type { CaseFile, EvidenceLinkBody } from './types.ts';

const short = (s: string, n = 90) => (s.length > n ? `${s.slice(0, n - 1)}…` : s);

/** Links an evidence item to an element of a charge: the gauge moves with it. */
export function LinkForm({ c, action }: { c: CaseFile; action: CaseAction }) {
  const { t } = useTranslation('prosecution');
  const [evidenceId, setEvidenceId] = useState('');
  const [target, setTarget] = useState('');
  const elementId = useId();
  const submit = (event: FormEvent) => {
    event.preventDefault();
    const problem = !evidenceId ? t('link.chooseItem') : !target ? t('link.chooseElement') : null;
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
          {} satisfies EvidenceLinkBody,
        );
        setEvidenceId('');
      },
      t('link.done', {
        item: item?.ref ?? t('link.theItem'),
        element: el?.text ?? code,
        offence: ch?.offence ?? t('link.theCharge'),
      }),
    )();
  };
  return (
    <form className="stack form-wide subform" onSubmit={submit} noValidate aria-labelledby="link-h">
      <h3 id="link-h">{t('link.heading')}</h3>
      <SelectField
        label={t('link.item')}
        value={evidenceId}
        onChange={setEvidenceId}
        options={c.evidence.map(
          (e) => [e.id, short(`${e.ref} · ${word(t, 'evidenceKind', e.kind)}: ${e.description}`)] as const,
        )}
        placeholder={t('link.chooseAnItem')}
      />
      <div className="field">
        <label htmlFor={elementId}>{t('link.element')}</label>
        <select id={elementId} value={target} onChange={(e) => setTarget(e.target.value)}>
          <option value="">{t('link.chooseAnElement')}</option>
          {c.charges.map((ch) => {
            const suspect = c.suspects.find((s) => s.id === ch.suspectId)?.label ?? t('words.theSuspect');
            return (
              <optgroup key={ch.id} label={chargeName(t, { ...ch, suspect })}>
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
          {action.busy ? t('link.linking') : t('link.link')}
        </button>
      </div>
    </form>
  );
}
