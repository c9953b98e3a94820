import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api } from '../api.ts';
import { formatDay, isoDay } from '../protection/labels.ts';
import { type CaseAction, refuse } from '../protection/useCaseAction.ts';
import { SelectField } from '../screening/controls.tsx';
import { Field } from '../ui/Field.tsx';
import { options, word } from './codes.ts';
import { caseFilePath } from './paths.ts';
import { remedyName } from './remedy-labels.ts';
import type { Remedy } from './remedy-types.ts';
import type { CaseFile, RemedyBody, RemedyStepBody } from './types.ts';

/** Records a remedy requested of an authority against a suspect of the case or the case's site. */
export function RequestRemedyForm({ c, action }: { c: CaseFile; action: CaseAction }) {
  const { t } = useTranslation('prosecution');
  const [kind, setKind] = useState<RemedyBody['kind'] | ''>('');
  const [target, setTarget] = useState<RemedyBody['target'] | ''>(c.siteEntityId ? '' : 'suspect');
  const [suspectId, setSuspectId] = useState('');
  const [authority, setAuthority] = useState('');
  const [on, setOn] = useState(isoDay());
  const [reference, setReference] = useState('');
  const targets = options(t, 'remedyTarget').filter(([k]) => k === 'suspect' || c.siteEntityId);

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const problem = !kind
      ? t('remedies.chooseRemedy')
      : !target
        ? t('remedies.sayWhom')
        : target === 'suspect' && !suspectId
          ? t('words.chooseTheSuspect')
          : !authority.trim()
            ? t('remedies.nameAuthority')
            : !on
              ? t('remedies.giveDay')
              : null;
    if (refuse(action, problem) || !kind || !target) return;
    const suspect = c.suspects.find((s) => s.id === suspectId) ?? null;
    const name = remedyName(t, { kind, target, suspect: target === 'suspect' ? suspect : null });
    void action.run(
      async () => {
        await api.post(caseFilePath(c.id, '/remedies'), {
          kind,
          authority: authority.trim(),
          target,
          ...(target === 'suspect' ? { suspectId } : {}),
          on,
          ...(reference.trim() ? { reference: reference.trim() } : {}),
        } satisfies RemedyBody);
        setKind('');
        setReference('');
      },
      t('remedies.requested', { name, day: formatDay(on) }),
    )();
  };

  return (
    <form className="stack form-wide subform" onSubmit={submit} noValidate aria-labelledby="remedy-h">
      <h3 id="remedy-h">{t('remedies.requestHeading')}</h3>
      <div className="row">
        <SelectField
          label={t('remedies.remedy')}
          value={kind}
          onChange={(v) => setKind(v as RemedyBody['kind'] | '')}
          options={options(t, 'remedyKind')}
          placeholder={t('remedies.chooseARemedy')}
        />
        <SelectField
          label={t('remedies.against')}
          value={target}
          onChange={(v) => setTarget(v as RemedyBody['target'] | '')}
          options={targets}
          placeholder={t('words.choose')}
          hint={c.siteEntityId ? undefined : t('remedies.noSite')}
        />
        {target === 'suspect' ? (
          <SelectField
            label={t('words.suspect')}
            value={suspectId}
            onChange={setSuspectId}
            options={c.suspects.map((s) => [s.id, s.label] as const)}
            placeholder={t('words.chooseASuspect')}
          />
        ) : null}
      </div>
      <div className="row">
        <Field
          label={t('words.authority')}
          value={authority}
          onChange={setAuthority}
          maxLength={200}
          autoComplete="off"
          hint={t('remedies.authorityHint')}
        />
        <Field label={t('remedies.requestedOn')} type="date" value={on} onChange={setOn} max={isoDay()} />
        <Field
          label={t('words.referenceOptional')}
          value={reference}
          onChange={setReference}
          maxLength={200}
          autoComplete="off"
        />
      </div>
      <div>
        <button type="submit" className="button" disabled={action.busy}>
          {action.busy ? t('words.recording') : t('remedies.recordRequest')}
        </button>
      </div>
    </form>
  );
}

/** Records a remedy's next step: ordered or refused, then complied with or appealed. */
export function RemedyStepForm({
  c,
  remedies,
  action,
}: {
  c: CaseFile;
  remedies: readonly Remedy[];
  action: CaseAction;
}) {
  const { t } = useTranslation('prosecution');
  const [remedyId, setRemedyId] = useState('');
  const [status, setStatus] = useState<RemedyStepBody['status'] | ''>('');
  const [on, setOn] = useState(isoDay());
  const [reference, setReference] = useState('');
  const remedy = remedies.find((r) => r.id === remedyId) ?? null;
  const chosen = status && remedy?.next.includes(status) ? status : '';
  const last = remedy?.steps.at(-1);

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const problem = !remedy
      ? t('remedies.chooseRemedy')
      : !chosen
        ? t('words.chooseWhatHappened')
        : !on
          ? t('words.giveDayHappened')
          : last && on < last.on
            ? t('remedies.earlier', {
                status: word(t, 'remedyStatus', last.status).toLowerCase(),
                day: formatDay(last.on),
              })
            : null;
    if (refuse(action, problem) || !remedy || !chosen) return;
    void action.run(
      async () => {
        await api.post(caseFilePath(c.id, `/remedies/${encodeURIComponent(remedy.id)}/steps`), {
          status: chosen,
          on,
          ...(reference.trim() ? { reference: reference.trim() } : {}),
        } satisfies RemedyStepBody);
        setStatus('');
        setReference('');
      },
      t('remedies.stepDone', {
        name: remedyName(t, remedy),
        status: word(t, 'remedyStatus', chosen).toLowerCase(),
        day: formatDay(on),
      }),
    )();
  };

  return (
    <form className="stack form-wide subform" onSubmit={submit} noValidate aria-labelledby="remedy-step-h">
      <h3 id="remedy-step-h">{t('remedies.stepHeading')}</h3>
      <div className="row">
        <SelectField
          label={t('remedies.remedy')}
          value={remedyId}
          onChange={(v) => {
            setRemedyId(v);
            setStatus('');
          }}
          options={remedies.map(
            (r) =>
              [
                r.id,
                t('remedies.option', {
                  name: remedyName(t, r),
                  status: word(t, 'remedyStatus', r.status).toLowerCase(),
                }),
              ] as const,
          )}
          placeholder={t('remedies.chooseARemedy')}
        />
        <SelectField
          label={t('words.whatHappened')}
          value={chosen}
          onChange={(v) => setStatus(v as RemedyStepBody['status'] | '')}
          options={options(t, 'remedyStatus', remedy?.next ?? [])}
          placeholder={remedy ? t('words.choose') : t('remedies.chooseRemedyFirst')}
        />
        <Field label={t('words.on')} type="date" value={on} onChange={setOn} max={isoDay()} />
      </div>
      <Field
        label={t('words.referenceOptional')}
        value={reference}
        onChange={setReference}
        maxLength={200}
        autoComplete="off"
      />
      <div>
        <button type="submit" className="button" disabled={action.busy}>
          {action.busy ? t('words.recording') : t('remedies.recordStep')}
        </button>
      </div>
    </form>
  );
}
