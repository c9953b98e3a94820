import { type FormEvent, useState } from 'react';
import { api } from '../api.ts';
import { NoteField } from '../operations/NoteField.tsx';
import { formatDay } from '../protection/labels.ts';
import { type CaseAction, refuse } from '../protection/useCaseAction.ts';
import { SelectField } from '../screening/controls.tsx';
import { wordFor } from '../screening/labels.ts';
import { fromLocalInput } from '../ui/datetime.ts';
import { Field } from '../ui/Field.tsx';
import { CheckList } from './CheckList.tsx';
import {
  DEADLINE_KINDS,
  formatDateTimeShort,
  HEARING_DEADLINE_KINDS,
  HEARING_KINDS,
  HEARING_OUTCOMES,
  hearingName,
  MEASURES,
  PARTICIPANT_ROLES,
} from './court-labels.ts';
import type { Court, Hearing } from './court-types.ts';
import { caseFilePath } from './paths.ts';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

interface Props {
  court: Court;
  action: CaseAction;
}

/** A deadline a hearing sets (filing, disclosure, submissions), or none: two fields and what they mean. */
function DeadlineFields({
  kind,
  setKind,
  dueOn,
  setDueOn,
}: {
  kind: string;
  setKind: (v: string) => void;
  dueOn: string;
  setDueOn: (v: string) => void;
}) {
  return (
    <div className="row">
      <SelectField
        label="Deadline it sets (optional)"
        value={kind}
        onChange={setKind}
        options={HEARING_DEADLINE_KINDS}
        placeholder="None"
      />
      {kind ? <Field label="Due on" type="date" value={dueOn} onChange={setDueOn} /> : null}
    </div>
  );
}

const deadlineBody = (kind: string, dueOn: string) => (kind ? { deadline: { kind, dueOn } } : {});
const deadlineWords = (kind: string, dueOn: string) =>
  kind ? ` ${wordFor(DEADLINE_KINDS, kind)} due ${formatDay(dueOn)}.` : '';

/** Schedules a hearing: its kind, day and time, the court, and a deadline it sets. */
export function ScheduleHearingForm({ court, action }: Props) {
  const [kind, setKind] = useState('');
  const [at, setAt] = useState('');
  const [where, setWhere] = useState(court.hearings.at(-1)?.court ?? '');
  const [note, setNote] = useState('');
  const [deadlineKind, setDeadlineKind] = useState('');
  const [dueOn, setDueOn] = useState('');

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const when = fromLocalInput(at);
    const problem = !kind
      ? 'Choose the kind of hearing.'
      : !when
        ? 'Give the day and time of the hearing.'
        : !where.trim()
          ? 'Name the court.'
          : deadlineKind && !dueOn
            ? 'Give the day the deadline falls due, or set none.'
            : note.length > 2000
              ? 'Keep the note under 2,000 characters.'
              : null;
    if (refuse(action, problem) || !when) return;
    void action.run(
      async () => {
        await api.post(caseFilePath(court.caseId, '/hearings'), {
          kind,
          at: when,
          court: where.trim(),
          ...(note.trim() ? { note: note.trim() } : {}),
          ...deadlineBody(deadlineKind, dueOn),
        });
        setKind('');
        setAt('');
        setNote('');
        setDeadlineKind('');
        setDueOn('');
      },
      `${wordFor(HEARING_KINDS, kind)} scheduled for ${formatDateTimeShort(when)} at ${where.trim()}.${deadlineWords(deadlineKind, dueOn)}`,
    )();
  };

  return (
    <form className="stack form-wide subform" onSubmit={submit} noValidate aria-labelledby="hearing-h">
      <h3 id="hearing-h">Schedule a hearing</h3>
      <div className="row">
        <SelectField
          label="Hearing"
          value={kind}
          onChange={setKind}
          options={HEARING_KINDS}
          placeholder="Choose a kind"
        />
        <Field label="Day and time" type="datetime-local" value={at} onChange={setAt} />
      </div>
      <Field label="Court" value={where} onChange={setWhere} maxLength={200} autoComplete="off" />
      <NoteField label="Note (optional)" value={note} onChange={setNote} />
      <DeadlineFields kind={deadlineKind} setKind={setDeadlineKind} dueOn={dueOn} setDueOn={setDueOn} />
      <div>
        <button type="submit" className="button primary" disabled={action.busy}>
          {action.busy ? 'Scheduling…' : 'Schedule the hearing'}
        </button>
      </div>
    </form>
  );
}

/** Records a hearing's outcome, once: held (not before its time), adjourned or cancelled. */
export function HearingOutcomeForm({ court, action, hearings }: Props & { hearings: readonly Hearing[] }) {
  const [hearingId, setHearingId] = useState('');
  const [outcome, setOutcome] = useState('');
  const [note, setNote] = useState('');
  const [deadlineKind, setDeadlineKind] = useState('');
  const [dueOn, setDueOn] = useState('');
  const hearing = hearings.find((h) => h.id === hearingId) ?? null;

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const problem = !hearing
      ? 'Choose the hearing.'
      : !outcome
        ? 'Choose the outcome.'
        : outcome === 'held' && Date.parse(hearing.at) > Date.now()
          ? `This hearing is set for ${formatDateTimeShort(hearing.at)}: it is not held before then.`
          : deadlineKind && !dueOn
            ? 'Give the day the deadline falls due, or set none.'
            : null;
    if (refuse(action, problem) || !hearing) return;
    void action.run(
      async () => {
        await api.post(caseFilePath(court.caseId, `/hearings/${encodeURIComponent(hearing.id)}/outcome`), {
          outcome,
          ...(note.trim() ? { note: note.trim() } : {}),
          ...deadlineBody(deadlineKind, dueOn),
        });
        setHearingId('');
        setOutcome('');
        setNote('');
        setDeadlineKind('');
        setDueOn('');
      },
      `${hearingName(hearing)}: ${wordFor(HEARING_OUTCOMES, outcome).toLowerCase()}.${deadlineWords(deadlineKind, dueOn)}`,
    )();
  };

  return (
    <form className="stack form-wide subform" onSubmit={submit} noValidate aria-labelledby="outcome-h">
      <h3 id="outcome-h">Record a hearing’s outcome</h3>
      <div className="row">
        <SelectField
          label="Hearing"
          value={hearingId}
          onChange={setHearingId}
          options={hearings.map((h) => [h.id, hearingName(h)] as const)}
          placeholder="Choose a hearing"
        />
        <SelectField
          label="Outcome"
          value={outcome}
          onChange={setOutcome}
          options={HEARING_OUTCOMES}
          placeholder="Choose"
          hint="Recorded once. A hearing is held at or after its time."
        />
      </div>
      <NoteField label="Note (optional)" value={note} onChange={setNote} />
      <DeadlineFields kind={deadlineKind} setKind={setDeadlineKind} dueOn={dueOn} setDueOn={setDueOn} />
      <div>
        <button type="submit" className="button" disabled={action.busy}>
          {action.busy ? 'Recording…' : 'Record the outcome'}
        </button>
      </div>
    </form>
  );
}

/**
 * Records who took part in a hearing, without identity: a role and their number in the case, and the measures
 * the court granted. A victim-witness is tied to their protection case only when they consent to share their
 * pseudonym with the office.
 */
export function ParticipantForm({ court, action, hearings }: Props & { hearings: readonly Hearing[] }) {
  const [hearingId, setHearingId] = useState('');
  const [role, setRole] = useState('');
  const [n, setN] = useState('');
  const [protectionCaseId, setProtectionCaseId] = useState('');
  const [measures, setMeasures] = useState<string[]>([]);
  const hearing = hearings.find((h) => h.id === hearingId) ?? null;

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const number = n.trim() ? Number(n.trim()) : null;
    const problem = !hearing
      ? 'Choose the hearing.'
      : !role
        ? 'Choose the role they took part in.'
        : number !== null && !(Number.isInteger(number) && number >= 1 && number <= 1000)
          ? 'The number is a whole number from 1, or leave it empty for someone new.'
          : protectionCaseId.trim() && !UUID.test(protectionCaseId.trim())
            ? 'The protection case’s id is the long id the caseworker gives you, or leave it empty.'
            : null;
    if (refuse(action, problem) || !hearing) return;
    const tied = role === 'victim_witness' && protectionCaseId.trim();
    void action.run(
      async () => {
        await api.post(
          caseFilePath(court.caseId, `/hearings/${encodeURIComponent(hearing.id)}/participants`),
          {
            role,
            ...(number !== null ? { n: number } : {}),
            ...(tied ? { protectionCaseId: protectionCaseId.trim() } : {}),
            measures,
          },
        );
        setRole('');
        setN('');
        setProtectionCaseId('');
        setMeasures([]);
      },
      `${wordFor(PARTICIPANT_ROLES, role)}${number !== null ? ` ${number}` : ''} recorded as taking part in the ${wordFor(HEARING_KINDS, hearing.kind).toLowerCase()} of ${formatDateTimeShort(hearing.at)}.`,
    )();
  };

  return (
    <form className="stack form-wide subform" onSubmit={submit} noValidate aria-labelledby="participant-h">
      <h3 id="participant-h">Record who took part in a hearing</h3>
      <p className="hint">
        Nobody is named here: a victim-witness is shown by the pseudonym they chose only while they consent to
        share it with your office, otherwise as “Victim-witness 1”.
      </p>
      <div className="row">
        <SelectField
          label="Hearing"
          value={hearingId}
          onChange={setHearingId}
          options={hearings.map((h) => [h.id, hearingName(h)] as const)}
          placeholder="Choose a hearing"
        />
        <SelectField
          label="Took part as"
          value={role}
          onChange={setRole}
          options={PARTICIPANT_ROLES}
          placeholder="Choose a role"
        />
        <Field
          label="Number in the case (optional)"
          value={n}
          onChange={setN}
          inputMode="numeric"
          autoComplete="off"
          hint="Empty for someone new; the same number for someone recorded at an earlier hearing."
        />
      </div>
      {role === 'victim_witness' ? (
        <Field
          label="Protection case id (optional)"
          value={protectionCaseId}
          onChange={setProtectionCaseId}
          autoComplete="off"
          hint="Only when the person consents to share their pseudonym with your office: their caseworker gives you the id."
        />
      ) : null}
      <CheckList
        legend="Measures the court granted"
        options={MEASURES}
        chosen={measures}
        onChange={setMeasures}
      />
      <div>
        <button type="submit" className="button" disabled={action.busy}>
          {action.busy ? 'Recording…' : 'Record the participant'}
        </button>
      </div>
    </form>
  );
}
