import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api } from '../api.ts';
import { NoteField } from '../operations/NoteField.tsx';
import { formatDay } from '../protection/labels.ts';
import { type CaseAction, refuse } from '../protection/useCaseAction.ts';
import { SelectField } from '../screening/controls.tsx';
import { fromLocalInput } from '../ui/datetime.ts';
import { Field } from '../ui/Field.tsx';
import { formatDateTime } from '../ui/format.ts';
import { CheckList } from './CheckList.tsx';
import { options, type T, word } from './codes.ts';
import { HEARING_DEADLINE_KINDS, hearingName } from './court-labels.ts';
import type { Court, Hearing } from './court-types.ts';
import { caseFilePath } from './paths.ts';
import type { HearingBody, HearingOutcomeBody, ParticipantBody } from './types.ts';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
/** The deadlines a hearing may set, as the server takes them. */
type DeadlineKind = NonNullable<HearingBody['deadline']>['kind'];
type Measure = NonNullable<ParticipantBody['measures']>[number];

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
  kind: DeadlineKind | '';
  setKind: (v: DeadlineKind | '') => void;
  dueOn: string;
  setDueOn: (v: string) => void;
}) {
  const { t } = useTranslation('prosecution');
  return (
    <div className="row">
      <SelectField
        label={t('hearing.deadlineSets')}
        value={kind}
        onChange={(v) => setKind(v as DeadlineKind | '')}
        options={options(t, 'deadlineKind', HEARING_DEADLINE_KINDS)}
        placeholder={t('words.none')}
      />
      {kind ? <Field label={t('hearing.dueOn')} type="date" value={dueOn} onChange={setDueOn} /> : null}
    </div>
  );
}

const deadlineBody = (kind: DeadlineKind | '', dueOn: string) => (kind ? { deadline: { kind, dueOn } } : {});
/** What was done, then the deadline it set as a sentence of its own. */
const withDeadline = (t: T, done: string, kind: string, dueOn: string) =>
  kind
    ? `${done} ${t('hearing.deadlineDue', { kind: word(t, 'deadlineKind', kind), day: formatDay(dueOn) })}`
    : done;

/** Schedules a hearing: its kind, day and time, the court, and a deadline it sets. */
export function ScheduleHearingForm({ court, action }: Props) {
  const { t } = useTranslation('prosecution');
  const [kind, setKind] = useState<HearingBody['kind'] | ''>('');
  const [at, setAt] = useState('');
  const [where, setWhere] = useState(court.hearings.at(-1)?.court ?? '');
  const [note, setNote] = useState('');
  const [deadlineKind, setDeadlineKind] = useState<DeadlineKind | ''>('');
  const [dueOn, setDueOn] = useState('');

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const when = fromLocalInput(at);
    const problem = !kind
      ? t('hearing.chooseKind')
      : !when
        ? t('hearing.giveTime')
        : !where.trim()
          ? t('hearing.nameCourt')
          : deadlineKind && !dueOn
            ? t('hearing.giveDue')
            : note.length > 2000
              ? t('words.noteTooLong', { max: 2000 })
              : null;
    if (refuse(action, problem) || !when || !kind) return;
    void action.run(
      async () => {
        await api.post(caseFilePath(court.caseId, '/hearings'), {
          kind,
          at: when,
          court: where.trim(),
          ...(note.trim() ? { note: note.trim() } : {}),
          ...deadlineBody(deadlineKind, dueOn),
        } satisfies HearingBody);
        setKind('');
        setAt('');
        setNote('');
        setDeadlineKind('');
        setDueOn('');
      },
      withDeadline(
        t,
        t('hearing.scheduled', {
          kind: word(t, 'hearingKind', kind),
          at: formatDateTime(when),
          court: where.trim(),
        }),
        deadlineKind,
        dueOn,
      ),
    )();
  };

  return (
    <form className="stack form-wide subform" onSubmit={submit} noValidate aria-labelledby="hearing-h">
      <h3 id="hearing-h">{t('hearing.scheduleHeading')}</h3>
      <div className="row">
        <SelectField
          label={t('words.hearing')}
          value={kind}
          onChange={(v) => setKind(v as HearingBody['kind'] | '')}
          options={options(t, 'hearingKind')}
          placeholder={t('words.chooseAKind')}
        />
        <Field label={t('hearing.dayAndTime')} type="datetime-local" value={at} onChange={setAt} />
      </div>
      <Field
        label={t('hearing.court')}
        value={where}
        onChange={setWhere}
        maxLength={200}
        autoComplete="off"
      />
      <NoteField label={t('words.noteOptional')} value={note} onChange={setNote} />
      <DeadlineFields kind={deadlineKind} setKind={setDeadlineKind} dueOn={dueOn} setDueOn={setDueOn} />
      <div>
        <button type="submit" className="button primary" disabled={action.busy}>
          {action.busy ? t('hearing.scheduling') : t('hearing.schedule')}
        </button>
      </div>
    </form>
  );
}

/** Records a hearing's outcome, once: held (not before its time), adjourned or cancelled. */
export function HearingOutcomeForm({ court, action, hearings }: Props & { hearings: readonly Hearing[] }) {
  const { t } = useTranslation('prosecution');
  const [hearingId, setHearingId] = useState('');
  const [outcome, setOutcome] = useState<HearingOutcomeBody['outcome'] | ''>('');
  const [note, setNote] = useState('');
  const [deadlineKind, setDeadlineKind] = useState<DeadlineKind | ''>('');
  const [dueOn, setDueOn] = useState('');
  const hearing = hearings.find((h) => h.id === hearingId) ?? null;

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const problem = !hearing
      ? t('words.chooseTheHearing')
      : !outcome
        ? t('hearing.chooseOutcome')
        : outcome === 'held' && Date.parse(hearing.at) > Date.now()
          ? t('hearing.notYet', { at: formatDateTime(hearing.at) })
          : deadlineKind && !dueOn
            ? t('hearing.giveDue')
            : null;
    if (refuse(action, problem) || !hearing || !outcome) return;
    void action.run(
      async () => {
        await api.post(caseFilePath(court.caseId, `/hearings/${encodeURIComponent(hearing.id)}/outcome`), {
          outcome,
          ...(note.trim() ? { note: note.trim() } : {}),
          ...deadlineBody(deadlineKind, dueOn),
        } satisfies HearingOutcomeBody);
        setHearingId('');
        setOutcome('');
        setNote('');
        setDeadlineKind('');
        setDueOn('');
      },
      withDeadline(
        t,
        t('hearing.outcomeDone', {
          hearing: hearingName(t, hearing),
          outcome: word(t, 'hearingOutcome', outcome).toLowerCase(),
        }),
        deadlineKind,
        dueOn,
      ),
    )();
  };

  return (
    <form className="stack form-wide subform" onSubmit={submit} noValidate aria-labelledby="outcome-h">
      <h3 id="outcome-h">{t('hearing.outcomeHeading')}</h3>
      <div className="row">
        <SelectField
          label={t('words.hearing')}
          value={hearingId}
          onChange={setHearingId}
          options={hearings.map((h) => [h.id, hearingName(t, h)] as const)}
          placeholder={t('words.chooseAHearing')}
        />
        <SelectField
          label={t('court.outcome')}
          value={outcome}
          onChange={(v) => setOutcome(v as HearingOutcomeBody['outcome'] | '')}
          options={options(t, 'hearingOutcome')}
          placeholder={t('words.choose')}
          hint={t('hearing.outcomeHint')}
        />
      </div>
      <NoteField label={t('words.noteOptional')} value={note} onChange={setNote} />
      <DeadlineFields kind={deadlineKind} setKind={setDeadlineKind} dueOn={dueOn} setDueOn={setDueOn} />
      <div>
        <button type="submit" className="button" disabled={action.busy}>
          {action.busy ? t('words.recording') : t('hearing.recordOutcome')}
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
  const { t } = useTranslation('prosecution');
  const [hearingId, setHearingId] = useState('');
  const [role, setRole] = useState<ParticipantBody['role'] | ''>('');
  const [n, setN] = useState('');
  const [protectionCaseId, setProtectionCaseId] = useState('');
  const [measures, setMeasures] = useState<Measure[]>([]);
  const hearing = hearings.find((h) => h.id === hearingId) ?? null;

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const number = n.trim() ? Number(n.trim()) : null;
    const problem = !hearing
      ? t('words.chooseTheHearing')
      : !role
        ? t('hearing.chooseRole')
        : number !== null && !(Number.isInteger(number) && number >= 1 && number <= 1000)
          ? t('hearing.badNumber')
          : protectionCaseId.trim() && !UUID.test(protectionCaseId.trim())
            ? t('hearing.badCase')
            : null;
    if (refuse(action, problem) || !hearing || !role) return;
    const tied = role === 'victim_witness' && protectionCaseId.trim();
    const took = {
      role: word(t, 'participantRole', role),
      hearing: word(t, 'hearingKind', hearing.kind).toLowerCase(),
      at: formatDateTime(hearing.at),
    };
    void action.run(
      async () => {
        await api.post(
          caseFilePath(court.caseId, `/hearings/${encodeURIComponent(hearing.id)}/participants`),
          {
            role,
            ...(number !== null ? { n: number } : {}),
            ...(tied ? { protectionCaseId: protectionCaseId.trim() } : {}),
            measures,
          } satisfies ParticipantBody,
        );
        setRole('');
        setN('');
        setProtectionCaseId('');
        setMeasures([]);
      },
      number !== null ? t('hearing.participantN', { ...took, n: number }) : t('hearing.participant', took),
    )();
  };

  return (
    <form className="stack form-wide subform" onSubmit={submit} noValidate aria-labelledby="participant-h">
      <h3 id="participant-h">{t('hearing.participantHeading')}</h3>
      <p className="hint">{t('hearing.participantHint')}</p>
      <div className="row">
        <SelectField
          label={t('words.hearing')}
          value={hearingId}
          onChange={setHearingId}
          options={hearings.map((h) => [h.id, hearingName(t, h)] as const)}
          placeholder={t('words.chooseAHearing')}
        />
        <SelectField
          label={t('hearing.tookPartAs')}
          value={role}
          onChange={(v) => setRole(v as ParticipantBody['role'] | '')}
          options={options(t, 'participantRole')}
          placeholder={t('words.chooseARole')}
        />
        <Field
          label={t('hearing.number')}
          value={n}
          onChange={setN}
          inputMode="numeric"
          autoComplete="off"
          hint={t('hearing.numberHint')}
        />
      </div>
      {role === 'victim_witness' ? (
        <Field
          label={t('hearing.caseId')}
          value={protectionCaseId}
          onChange={setProtectionCaseId}
          autoComplete="off"
          hint={t('hearing.caseIdHint')}
        />
      ) : null}
      <CheckList
        legend={t('hearing.measures')}
        options={options(t, 'measure')}
        chosen={measures}
        onChange={(v) => setMeasures(v as Measure[])}
      />
      <div>
        <button type="submit" className="button" disabled={action.busy}>
          {action.busy ? t('words.recording') : t('hearing.recordParticipant')}
        </button>
      </div>
    </form>
  );
}
