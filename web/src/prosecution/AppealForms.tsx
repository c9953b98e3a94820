import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api } from '../api.ts';
import { formatDay, isoDay } from '../protection/labels.ts';
import { type CaseAction, refuse } from '../protection/useCaseAction.ts';
import { SelectField } from '../screening/controls.tsx';
import { Field } from '../ui/Field.tsx';
import { options, word } from './codes.ts';
import { chargeName, deadlineSubject, decisionWords, mayAppeal } from './court-labels.ts';
import type { Appeal, Court, CourtCharge, Deadline } from './court-types.ts';
import { caseFilePath } from './paths.ts';
import type { AppealBody, AppealDecisionBody, DeadlineCloseBody } from './types.ts';

/** Records an appeal against a charge's verdict by the prosecution or the defence, on the day it was lodged. */
export function AppealForm({
  court,
  charges,
  action,
}: {
  court: Court;
  charges: readonly CourtCharge[];
  action: CaseAction;
}) {
  const { t } = useTranslation('prosecution');
  const [chargeId, setChargeId] = useState('');
  const [by, setBy] = useState<AppealBody['by'] | ''>('');
  const [lodgedOn, setLodgedOn] = useState(isoDay());
  const charge = charges.find((ch) => ch.id === chargeId) ?? null;
  const who = charge ? mayAppeal(court, charge) : [];
  const chosen = by && who.includes(by) ? by : '';
  const period = charge
    ? court.deadlines.find((d) => d.kind === 'appeal' && d.decisionId === charge.decision?.id)
    : undefined;

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const verdictOn = charge?.decision?.on;
    const problem = !charge
      ? t('appeal.chooseCharge')
      : !chosen
        ? t('appeal.sayWho')
        : !lodgedOn
          ? t('appeal.giveDay')
          : lodgedOn > isoDay()
            ? t('appeal.future')
            : verdictOn && lodgedOn < verdictOn
              ? t('appeal.beforeVerdict', { day: formatDay(verdictOn) })
              : null;
    if (refuse(action, problem) || !charge || !chosen) return;
    const appealed = t('appeal.done', { who: word(t, 'appellant', chosen), charge: chargeName(t, charge) });
    const timing = period
      ? lodgedOn <= period.dueOn
        ? t('appeal.within', { day: formatDay(period.dueOn) })
        : t('appeal.after', { day: formatDay(period.dueOn) })
      : null;
    void action.run(
      async () => {
        await api.post(caseFilePath(court.caseId, `/charges/${encodeURIComponent(charge.id)}/appeals`), {
          by: chosen,
          lodgedOn,
        } satisfies AppealBody);
        setBy('');
      },
      timing ? `${appealed} ${timing}` : appealed,
    )();
  };

  return (
    <form className="stack form-wide subform" onSubmit={submit} noValidate aria-labelledby="appeal-h">
      <h3 id="appeal-h">{t('appeal.heading')}</h3>
      <div className="row">
        <SelectField
          label={t('appeal.verdict')}
          value={chargeId}
          onChange={(v) => {
            setChargeId(v);
            setBy('');
          }}
          options={charges.map(
            (ch) =>
              [
                ch.id,
                ch.decision
                  ? t('decision.chargeOption', {
                      charge: chargeName(t, ch),
                      state: decisionWords(t, ch.decision, true),
                    })
                  : chargeName(t, ch),
              ] as const,
          )}
          placeholder={t('words.chooseACharge')}
        />
        <SelectField
          label={t('appeal.by')}
          value={chosen}
          onChange={(v) => setBy(v as AppealBody['by'] | '')}
          options={options(t, 'appellant', who)}
          placeholder={charge ? t('words.choose') : t('words.chooseChargeFirst')}
        />
        <Field
          label={t('appeal.lodgedOn')}
          type="date"
          value={lodgedOn}
          onChange={setLodgedOn}
          max={isoDay()}
        />
      </div>
      <div>
        <button type="submit" className="button" disabled={action.busy}>
          {action.busy ? t('words.recording') : t('appeal.record')}
        </button>
      </div>
    </form>
  );
}

/** Records the appeal court's result, once: dismissed, allowed, varied or withdrawn. */
export function AppealResultForm({
  court,
  appeals,
  action,
}: {
  court: Court;
  appeals: readonly Appeal[];
  action: CaseAction;
}) {
  const { t } = useTranslation('prosecution');
  const [appealId, setAppealId] = useState('');
  const [result, setResult] = useState<AppealDecisionBody['result'] | ''>('');
  const [on, setOn] = useState(isoDay());
  const appeal = appeals.find((a) => a.id === appealId) ?? null;
  const name = (a: Appeal) => {
    const ch = court.charges.find((x) => x.id === a.chargeId);
    const values = { who: word(t, 'appellant', a.by), day: formatDay(a.lodgedOn) };
    return ch ? t('appeal.nameOn', { ...values, charge: chargeName(t, ch) }) : t('appeal.name', values);
  };

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const problem = !appeal
      ? t('appeal.chooseAppeal')
      : !result
        ? t('appeal.chooseResult')
        : !on
          ? t('appeal.giveResultDay')
          : on > isoDay()
            ? t('appeal.resultFuture')
            : on < appeal.lodgedOn
              ? t('appeal.resultEarlier', { day: formatDay(appeal.lodgedOn) })
              : null;
    if (refuse(action, problem) || !appeal || !result) return;
    void action.run(
      async () => {
        await api.post(caseFilePath(court.caseId, `/appeals/${encodeURIComponent(appeal.id)}/decision`), {
          result,
          on,
        } satisfies AppealDecisionBody);
        setAppealId('');
        setResult('');
      },
      t('appeal.resultDone', {
        appeal: name(appeal),
        result: word(t, 'appealResult', result).toLowerCase(),
      }),
    )();
  };

  return (
    <form className="stack form-wide subform" onSubmit={submit} noValidate aria-labelledby="appeal-result-h">
      <h3 id="appeal-result-h">{t('appeal.resultHeading')}</h3>
      <div className="row">
        <SelectField
          label={t('appeal.appeal')}
          value={appealId}
          onChange={setAppealId}
          options={appeals.map((a) => [a.id, name(a)] as const)}
          placeholder={t('appeal.chooseAnAppeal')}
        />
        <SelectField
          label={t('appeal.result')}
          value={result}
          onChange={(v) => setResult(v as AppealDecisionBody['result'] | '')}
          options={options(t, 'appealResult')}
          placeholder={t('words.choose')}
        />
        <Field label={t('words.on')} type="date" value={on} onChange={setOn} max={isoDay()} />
      </div>
      <div>
        <button type="submit" className="button" disabled={action.busy}>
          {action.busy ? t('words.recording') : t('appeal.recordResult')}
        </button>
      </div>
    </form>
  );
}

/** Closes an open deadline of the case: met, or not pursued. */
export function CloseDeadlineForm({
  court,
  deadlines,
  action,
}: {
  court: Court;
  deadlines: readonly Deadline[];
  action: CaseAction;
}) {
  const { t } = useTranslation('prosecution');
  const [deadlineId, setDeadlineId] = useState('');
  const [closure, setClosure] = useState<DeadlineCloseBody['closure'] | ''>('');
  const [on, setOn] = useState(isoDay());
  const deadline = deadlines.find((d) => d.id === deadlineId) ?? null;
  const name = (d: Deadline) => {
    const subject = deadlineSubject(t, court, d);
    const values = { kind: word(t, 'deadlineKind', d.kind), day: formatDay(d.dueOn) };
    return subject ? t('closeDeadline.nameFor', { ...values, subject }) : t('closeDeadline.name', values);
  };

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const problem = !deadline
      ? t('closeDeadline.choose')
      : !closure
        ? t('closeDeadline.sayClosure')
        : !on
          ? t('closeDeadline.giveDay')
          : on > isoDay()
            ? t('closeDeadline.future')
            : null;
    if (refuse(action, problem) || !deadline || !closure) return;
    void action.run(
      async () => {
        await api.post(caseFilePath(court.caseId, `/deadlines/${encodeURIComponent(deadline.id)}/close`), {
          closure,
          on,
        } satisfies DeadlineCloseBody);
        setDeadlineId('');
        setClosure('');
      },
      t('closeDeadline.done', {
        kind: word(t, 'deadlineKind', deadline.kind),
        day: formatDay(deadline.dueOn),
        closure: word(t, 'deadlineClosure', closure).toLowerCase(),
      }),
    )();
  };

  return (
    <form className="stack form-wide subform" onSubmit={submit} noValidate aria-labelledby="close-deadline-h">
      <h3 id="close-deadline-h">{t('closeDeadline.heading')}</h3>
      <p className="hint">{t('closeDeadline.hint')}</p>
      <div className="row">
        <SelectField
          label={t('words.deadline')}
          value={deadlineId}
          onChange={setDeadlineId}
          options={deadlines.map((d) => [d.id, name(d)] as const)}
          placeholder={t('closeDeadline.chooseA')}
        />
        <SelectField
          label={t('closeDeadline.closedAs')}
          value={closure}
          onChange={(v) => setClosure(v as DeadlineCloseBody['closure'] | '')}
          options={options(t, 'closeChoice')}
          placeholder={t('words.choose')}
        />
        <Field label={t('words.on')} type="date" value={on} onChange={setOn} max={isoDay()} />
      </div>
      <div>
        <button type="submit" className="button" disabled={action.busy}>
          {action.busy ? t('closeDeadline.closing') : t('closeDeadline.close')}
        </button>
      </div>
    </form>
  );
}
