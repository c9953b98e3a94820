import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { CHILDREN, TIP_KINDS } from '../../../src/monitoring/intake-schemas.ts';
import { DANGERS } from '../../../src/monitoring/triage-targets.ts';
import { api } from '../api.ts';
import { SelectField } from '../screening/controls.tsx';
import { ConfirmButton } from '../ui/ConfirmButton.tsx';
import { Field } from '../ui/Field.tsx';
import { ErrorMessage, StatusMessage } from '../ui/Live.tsx';
import { childrenOptions, codeOr, dangerOptions, kindOptions, onCode, tipApi } from './labels.ts';
import { placeDraftOf, placeToSend, TriagePlace } from './TriagePlace.tsx';
import type { CloseBody, EscalateBody, TipDetail, TriageBody } from './types.ts';
import { useTipAction } from './useTipAction.ts';

interface Props {
  tip: TipDetail;
  onChanged: () => void;
}

/**
 * Triage (the danger, kind and children as the operator judges them, and the place on the map when the tip has
 * none or it is wrong), escalation, and closing with a reason.
 */
export function TriageActions({ tip, onChanged }: Props) {
  const { t } = useTranslation('monitoring');
  const [danger, setDanger] = useState(codeOr(DANGERS, tip.danger, 'unknown'));
  const [kind, setKind] = useState(codeOr(TIP_KINDS, tip.kind, 'unknown'));
  const [children, setChildren] = useState(codeOr(CHILDREN, tip.children, 'unknown'));
  const [note, setNote] = useState('');
  const [place, setPlace] = useState(() => placeDraftOf(tip));
  const [escalateNote, setEscalateNote] = useState('');
  const [reason, setReason] = useState('');
  const action = useTipAction(onChanged);

  const triage = (event: FormEvent) => {
    event.preventDefault();
    const placing = placeToSend(t, tip, place);
    if (action.refuse(placing.problem ?? null)) return;
    void action.run(
      () =>
        api.post(tipApi(tip.id, '/triage'), {
          danger,
          kind,
          children,
          note: note.trim(),
          ...(placing.place ? { place: placing.place } : {}),
        } satisfies TriageBody),
      placing.place ? t('triage.donePlaced') : t('triage.done'),
    )();
  };
  const escalate = () => {
    if (action.refuse(escalateNote.trim() ? null : t('triage.escalateWhy'))) return;
    void action.run(
      () => api.post(tipApi(tip.id, '/escalate'), { note: escalateNote.trim() } satisfies EscalateBody),
      t('triage.escalated'),
    )();
  };
  const close = () => {
    if (action.refuse(reason.trim() ? null : t('triage.closeWhy'))) return;
    void action.run(
      () => api.post(tipApi(tip.id, '/close'), { reason: reason.trim() } satisfies CloseBody),
      t('triage.closed'),
    )();
  };

  return (
    <section className="panel" aria-labelledby="triage-h">
      <h2 id="triage-h">{t('triage.title')}</h2>
      <form className="stack form-wide" onSubmit={triage} noValidate aria-label={t('triage.formLabel')}>
        <div className="row">
          <SelectField
            label={t('triage.danger')}
            value={danger}
            onChange={onCode(DANGERS, setDanger)}
            options={dangerOptions()}
          />
          <SelectField
            label={t('shared.kindLabel')}
            value={kind}
            onChange={onCode(TIP_KINDS, setKind)}
            options={kindOptions()}
          />
          <SelectField
            label={t('shared.childrenLabel')}
            value={children}
            onChange={onCode(CHILDREN, setChildren)}
            options={childrenOptions()}
          />
        </div>
        <Field label={t('triage.note')} value={note} onChange={setNote} autoComplete="off" maxLength={1000} />
        <TriagePlace tip={tip} draft={place} onChange={setPlace} />
        <div>
          <button type="submit" className="button primary" disabled={action.busy}>
            {t('triage.record')}
          </button>
        </div>
      </form>
      {tip.escalated ? null : (
        <div className="stack form-wide subform">
          <h3>{t('triage.escalateTitle')}</h3>
          <Field
            label={t('triage.escalateLabel')}
            value={escalateNote}
            onChange={setEscalateNote}
            autoComplete="off"
            maxLength={1000}
          />
          <div>
            <button type="button" className="button" disabled={action.busy} onClick={escalate}>
              {t('triage.escalate')}
            </button>
          </div>
        </div>
      )}
      <div className="stack form-wide subform">
        <h3>{t('triage.closeTitle')}</h3>
        <Field
          label={t('triage.closeLabel')}
          value={reason}
          onChange={setReason}
          autoComplete="off"
          maxLength={1000}
          hint={t('triage.closeHint')}
        />
        <div>
          <ConfirmButton
            label={t('triage.close')}
            question={t('triage.closeQuestion')}
            confirmLabel={t('shared.yesClose')}
            busy={action.busy}
            onConfirm={close}
          />
        </div>
      </div>
      <ErrorMessage message={action.error} />
      <StatusMessage message={action.done} tone="success" />
    </section>
  );
}
