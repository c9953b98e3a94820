import { type FormEvent, useState } from 'react';
import { api } from '../api.ts';
import { formatDay, isoDay } from '../protection/labels.ts';
import { type CaseAction, refuse } from '../protection/useCaseAction.ts';
import { SelectField } from '../screening/controls.tsx';
import { wordFor } from '../screening/labels.ts';
import { Field } from '../ui/Field.tsx';
import {
  APPEAL_RESULTS,
  APPELLANTS,
  CLOSE_CHOICES,
  chargeName,
  DEADLINE_CLOSURES,
  DEADLINE_KINDS,
  deadlineSubject,
  decisionWords,
  mayAppeal,
} from './court-labels.ts';
import type { Appeal, Court, CourtCharge, Deadline } from './court-types.ts';
import { caseFilePath } from './paths.ts';

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
  const [chargeId, setChargeId] = useState('');
  const [by, setBy] = useState('');
  const [lodgedOn, setLodgedOn] = useState(isoDay());
  const charge = charges.find((ch) => ch.id === chargeId) ?? null;
  const who = charge ? mayAppeal(court, charge) : [];
  const chosen = who.includes(by) ? by : '';
  const period = charge
    ? court.deadlines.find((d) => d.kind === 'appeal' && d.decisionId === charge.decision?.id)
    : undefined;

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const verdictOn = charge?.decision?.on;
    const problem = !charge
      ? 'Choose the charge whose verdict is appealed.'
      : !chosen
        ? 'Say who appealed.'
        : !lodgedOn
          ? 'Give the day the appeal was lodged.'
          : lodgedOn > isoDay()
            ? 'An appeal is recorded once it is lodged: the day cannot be after today.'
            : verdictOn && lodgedOn < verdictOn
              ? `The verdict is dated ${formatDay(verdictOn)}: the appeal cannot be lodged before it.`
              : null;
    if (refuse(action, problem) || !charge) return;
    const timing = period
      ? lodgedOn <= period.dueOn
        ? ` It was lodged within the period, which ends on ${formatDay(period.dueOn)}.`
        : ` It was lodged after the period ended on ${formatDay(period.dueOn)}.`
      : '';
    void action.run(
      async () => {
        await api.post(caseFilePath(court.caseId, `/charges/${encodeURIComponent(charge.id)}/appeals`), {
          by: chosen,
          lodgedOn,
        });
        setBy('');
      },
      `${wordFor(APPELLANTS, chosen)} appealed the verdict on ${chargeName(charge)}.${timing}`,
    )();
  };

  return (
    <form className="stack form-wide subform" onSubmit={submit} noValidate aria-labelledby="appeal-h">
      <h3 id="appeal-h">Record an appeal</h3>
      <div className="row">
        <SelectField
          label="Verdict appealed"
          value={chargeId}
          onChange={(v) => {
            setChargeId(v);
            setBy('');
          }}
          options={charges.map(
            (ch) =>
              [ch.id, `${chargeName(ch)}: ${ch.decision ? decisionWords(ch.decision, true) : ''}`] as const,
          )}
          placeholder="Choose a charge"
        />
        <SelectField
          label="Appealed by"
          value={chosen}
          onChange={setBy}
          options={APPELLANTS.filter(([k]) => who.includes(k))}
          placeholder={charge ? 'Choose' : 'Choose the charge first'}
        />
        <Field label="Lodged on" type="date" value={lodgedOn} onChange={setLodgedOn} max={isoDay()} />
      </div>
      <div>
        <button type="submit" className="button" disabled={action.busy}>
          {action.busy ? 'Recording…' : 'Record the appeal'}
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
  const [appealId, setAppealId] = useState('');
  const [result, setResult] = useState('');
  const [on, setOn] = useState(isoDay());
  const appeal = appeals.find((a) => a.id === appealId) ?? null;
  const name = (a: Appeal) => {
    const ch = court.charges.find((x) => x.id === a.chargeId);
    return `${wordFor(APPELLANTS, a.by)}’s appeal${ch ? ` on ${chargeName(ch)}` : ''}, lodged ${formatDay(a.lodgedOn)}`;
  };

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const problem = !appeal
      ? 'Choose the appeal.'
      : !result
        ? 'Choose the result.'
        : !on
          ? 'Give the day of the result.'
          : on > isoDay()
            ? 'A result is recorded once it is given: the day cannot be after today.'
            : on < appeal.lodgedOn
              ? `The appeal was lodged on ${formatDay(appeal.lodgedOn)}: the result cannot be earlier.`
              : null;
    if (refuse(action, problem) || !appeal) return;
    void action.run(
      async () => {
        await api.post(caseFilePath(court.caseId, `/appeals/${encodeURIComponent(appeal.id)}/decision`), {
          result,
          on,
        });
        setAppealId('');
        setResult('');
      },
      `${name(appeal)}: ${wordFor(APPEAL_RESULTS, result).toLowerCase()}.`,
    )();
  };

  return (
    <form className="stack form-wide subform" onSubmit={submit} noValidate aria-labelledby="appeal-result-h">
      <h3 id="appeal-result-h">Record an appeal’s result</h3>
      <div className="row">
        <SelectField
          label="Appeal"
          value={appealId}
          onChange={setAppealId}
          options={appeals.map((a) => [a.id, name(a)] as const)}
          placeholder="Choose an appeal"
        />
        <SelectField
          label="Result"
          value={result}
          onChange={setResult}
          options={APPEAL_RESULTS}
          placeholder="Choose"
        />
        <Field label="On" type="date" value={on} onChange={setOn} max={isoDay()} />
      </div>
      <div>
        <button type="submit" className="button" disabled={action.busy}>
          {action.busy ? 'Recording…' : 'Record the result'}
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
  const [deadlineId, setDeadlineId] = useState('');
  const [closure, setClosure] = useState('');
  const [on, setOn] = useState(isoDay());
  const deadline = deadlines.find((d) => d.id === deadlineId) ?? null;
  const name = (d: Deadline) => {
    const subject = deadlineSubject(court, d);
    return `${wordFor(DEADLINE_KINDS, d.kind)}, due ${formatDay(d.dueOn)}${subject ? ` (${subject})` : ''}`;
  };

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const problem = !deadline
      ? 'Choose the deadline.'
      : !closure
        ? 'Say whether it was met or not pursued.'
        : !on
          ? 'Give the day.'
          : on > isoDay()
            ? 'A deadline is closed on a day that has come.'
            : null;
    if (refuse(action, problem) || !deadline) return;
    void action.run(
      async () => {
        await api.post(caseFilePath(court.caseId, `/deadlines/${encodeURIComponent(deadline.id)}/close`), {
          closure,
          on,
        });
        setDeadlineId('');
        setClosure('');
      },
      `${wordFor(DEADLINE_KINDS, deadline.kind)}, due ${formatDay(deadline.dueOn)}: ${wordFor(DEADLINE_CLOSURES, closure).toLowerCase()}.`,
    )();
  };

  return (
    <form className="stack form-wide subform" onSubmit={submit} noValidate aria-labelledby="close-deadline-h">
      <h3 id="close-deadline-h">Close a deadline</h3>
      <p className="hint">
        An appeal the prosecution lodges meets its appeal deadline, and a request’s answer meets the response
        awaited; close the others here.
      </p>
      <div className="row">
        <SelectField
          label="Deadline"
          value={deadlineId}
          onChange={setDeadlineId}
          options={deadlines.map((d) => [d.id, name(d)] as const)}
          placeholder="Choose a deadline"
        />
        <SelectField
          label="Closed as"
          value={closure}
          onChange={setClosure}
          options={CLOSE_CHOICES}
          placeholder="Choose"
        />
        <Field label="On" type="date" value={on} onChange={setOn} max={isoDay()} />
      </div>
      <div>
        <button type="submit" className="button" disabled={action.busy}>
          {action.busy ? 'Closing…' : 'Close the deadline'}
        </button>
      </div>
    </form>
  );
}
