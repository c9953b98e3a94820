import { useEffect, useRef } from 'react';
import { formatDay } from '../protection/labels.ts';
import { useCaseAction } from '../protection/useCaseAction.ts';
import { wordFor } from '../screening/labels.ts';
import { ErrorMessage, StatusMessage } from '../ui/Live.tsx';
import { useLoad } from '../useLoad.ts';
import { AppealForm, AppealResultForm, CloseDeadlineForm } from './AppealForms.tsx';
import {
  APPEAL_RESULTS,
  APPELLANTS,
  awaitsSentence,
  chargeName,
  DEADLINE_KINDS,
  deadlineState,
  deadlineSubject,
  decisionWords,
  formatDateTimeShort,
  HEARING_KINDS,
  HEARING_OUTCOMES,
  MEASURES,
  mayAppeal,
  nextDecisions,
  PARTICIPANT_ROLES,
  sentenceWords,
} from './court-labels.ts';
import type { Court, CourtCharge, Deadline, Hearing } from './court-types.ts';
import { DecisionForm, SentenceForm } from './DecisionForm.tsx';
import { HearingOutcomeForm, ParticipantForm, ScheduleHearingForm } from './HearingForm.tsx';
import { MlaPanel } from './MlaPanel.tsx';
import { caseFilePath } from './paths.ts';
import type { CaseFile } from './types.ts';
import './court.css';

interface Props {
  c: CaseFile;
  editable: boolean;
  onChanged: () => void;
}

/**
 * The case file in court: its deadlines, each charge's standing with the sentence and appeals, the hearings and
 * who took part (a victim-witness named only as the server answers: by pseudonym while they consent, otherwise
 * "Victim-witness 1"); the forms to record them. The requests for assistance abroad follow in their own panel,
 * read with the same page.
 */
export function CourtPanel({ c, editable }: Props) {
  const court = useLoad<Court>(caseFilePath(c.id, '/court'));
  const action = useCaseAction(court.reload);
  // The court page names the charges and suspects: read it again when one is added (not on the first render).
  const reloadCourt = court.reload;
  const key = [...c.charges.map((ch) => ch.id), ...c.suspects.map((s) => `${s.id}:${s.label}`)].join(',');
  const seen = useRef(key);
  useEffect(() => {
    if (seen.current === key) return;
    seen.current = key;
    reloadCourt();
  }, [key, reloadCourt]);
  const d = court.data;
  return (
    <>
      <section className="panel" aria-labelledby="court-h">
        <h2 id="court-h">In court</h2>
        <p className="hint">
          A verdict sets the appeal deadline of the charge’s country (a period to be checked by a lawyer of
          the country), unless the court set its own; hearings may set filing, disclosure or submissions
          deadlines.
        </p>
        <ErrorMessage message={court.error} />
        {court.loading && !d ? <p className="muted">Loading the case in court…</p> : null}
        {d ? <CourtView court={d} /> : null}
        <ErrorMessage message={action.error} />
        <StatusMessage message={action.done} tone="success" />
        {editable && d ? <CourtForms court={d} action={action} /> : null}
      </section>
      <MlaPanel c={c} court={d} error={court.error} editable={editable} onChanged={court.reload} />
    </>
  );
}

function CourtView({ court }: { court: Court }) {
  return (
    <>
      <h3 className="case-part">Deadlines</h3>
      {court.deadlines.length === 0 ? (
        <p className="muted">No deadline set.</p>
      ) : (
        <div className="table-wrap">
          <table>
            <caption className="visually-hidden">
              Deadlines of the case file, by the day they fall due
            </caption>
            <thead>
              <tr>
                <th scope="col">Due</th>
                <th scope="col">Deadline</th>
                <th scope="col">For</th>
                <th scope="col">Where it stands</th>
              </tr>
            </thead>
            <tbody>
              {court.deadlines.map((x) => (
                <DeadlineRow key={x.id} court={court} d={x} />
              ))}
            </tbody>
          </table>
        </div>
      )}
      <h3 className="case-part">Charges in court</h3>
      {court.charges.length === 0 ? (
        <p className="muted">No charge laid yet.</p>
      ) : (
        <div className="table-wrap">
          <table>
            <caption className="visually-hidden">Charges in court, each with its standing</caption>
            <thead>
              <tr>
                <th scope="col">Charge</th>
                <th scope="col">Standing</th>
                <th scope="col">Sentence</th>
                <th scope="col">Appeals</th>
              </tr>
            </thead>
            <tbody>
              {court.charges.map((ch) => (
                <ChargeRow key={ch.id} court={court} ch={ch} />
              ))}
            </tbody>
          </table>
        </div>
      )}
      <h3 className="case-part">Hearings</h3>
      {court.hearings.length === 0 ? (
        <p className="muted">No hearing scheduled yet.</p>
      ) : (
        <div className="table-wrap">
          <table className="court-table">
            <caption className="visually-hidden">Hearings, by date</caption>
            <thead>
              <tr>
                <th scope="col">When</th>
                <th scope="col">Hearing</th>
                <th scope="col">Outcome</th>
                <th scope="col">Who took part</th>
              </tr>
            </thead>
            <tbody>
              {court.hearings.map((h) => (
                <HearingRow key={h.id} h={h} />
              ))}
            </tbody>
          </table>
        </div>
      )}
    </>
  );
}

function DeadlineRow({ court, d }: { court: Court; d: Deadline }) {
  const subject = deadlineSubject(court, d);
  const state = deadlineState(d);
  return (
    <tr>
      <td className="nowrap">{formatDay(d.dueOn)}</td>
      <th scope="row">{wordFor(DEADLINE_KINDS, d.kind)}</th>
      <td>{subject ?? <span className="muted">The case file</span>}</td>
      <td>{d.state === 'overdue' || d.state === 'due' ? <strong>{state}</strong> : state}</td>
    </tr>
  );
}

function ChargeRow({ court, ch }: { court: Court; ch: CourtCharge }) {
  const decisions = court.decisions.filter((x) => x.chargeId === ch.id);
  const appeals = court.appeals.filter((a) => a.chargeId === ch.id);
  return (
    <tr>
      <th scope="row">{chargeName(ch)}</th>
      <td>
        {ch.decision ? (
          <>
            <strong>{decisionWords(ch.decision)}</strong>
            {ch.decision.lesserOffence ? <span className="sub">Of {ch.decision.lesserOffence}</span> : null}
            {ch.decision.reason ? <span className="sub word-break">Why: {ch.decision.reason}</span> : null}
            {decisions.length > 1 ? (
              <span className="sub">
                Before:{' '}
                {decisions
                  .slice(0, -1)
                  .map((x) => decisionWords(x, true))
                  .join(', ')}
              </span>
            ) : null}
          </>
        ) : (
          <span className="muted">Not decided yet</span>
        )}
      </td>
      <td>
        {ch.sentence ? (
          <>
            <span>{sentenceWords(ch.sentence)}</span>
            <span className="sub">Given {formatDay(ch.sentence.on)}</span>
          </>
        ) : (
          <span className="muted">None</span>
        )}
      </td>
      <td>
        {appeals.length === 0 ? (
          <span className="muted">None</span>
        ) : (
          <ul className="plain-list">
            {appeals.map((a) => (
              <li key={a.id}>
                By {wordFor(APPELLANTS, a.by).toLowerCase()}, lodged {formatDay(a.lodgedOn)}
                <span className="sub">
                  {a.result && a.decidedOn
                    ? `${wordFor(APPEAL_RESULTS, a.result)} on ${formatDay(a.decidedOn)}`
                    : 'Awaiting the result'}
                </span>
              </li>
            ))}
          </ul>
        )}
      </td>
    </tr>
  );
}

function HearingRow({ h }: { h: Hearing }) {
  return (
    <tr>
      <td className="nowrap">{formatDateTimeShort(h.at)}</td>
      <th scope="row">
        {wordFor(HEARING_KINDS, h.kind)}
        <span className="sub">{h.court}</span>
        {h.note ? <span className="sub">{h.note}</span> : null}
      </th>
      <td>
        {h.outcome ? (
          <>
            {wordFor(HEARING_OUTCOMES, h.outcome)}
            {h.outcomeNote ? <span className="sub word-break">{h.outcomeNote}</span> : null}
          </>
        ) : (
          <span className="muted">Not recorded yet</span>
        )}
      </td>
      <td>
        {h.participants.length === 0 ? (
          <span className="muted">Nobody recorded</span>
        ) : (
          <ul className="plain-list">
            {h.participants.map((p) => (
              <li key={p.id}>
                {p.label}
                {p.pseudonym ? (
                  <span className="sub">
                    {wordFor(PARTICIPANT_ROLES, p.role)} {p.n}, named with their consent
                  </span>
                ) : null}
                {p.measures.length > 0 ? (
                  <span className="sub">{p.measures.map((m) => wordFor(MEASURES, m)).join(', ')}</span>
                ) : null}
              </li>
            ))}
          </ul>
        )}
      </td>
    </tr>
  );
}

/** The forms that apply now: each shown only when there is something it can record. */
function CourtForms({ court, action }: { court: Court; action: ReturnType<typeof useCaseAction> }) {
  const undecided = court.hearings.filter((h) => h.outcome === null);
  const notCancelled = court.hearings.filter((h) => h.outcome !== 'cancelled');
  const decidable = court.charges.filter((ch) => nextDecisions(court, ch).length > 0);
  const toSentence = court.charges.filter((ch) => awaitsSentence(court, ch));
  const appealable = court.charges.filter((ch) => mayAppeal(court, ch).length > 0);
  const pending = court.appeals.filter((a) => a.result === null);
  const open = court.deadlines.filter((x) => x.state !== 'closed');
  return (
    <>
      <ScheduleHearingForm court={court} action={action} />
      {undecided.length > 0 ? (
        <HearingOutcomeForm court={court} hearings={undecided} action={action} />
      ) : null}
      {notCancelled.length > 0 ? (
        <ParticipantForm court={court} hearings={notCancelled} action={action} />
      ) : null}
      {decidable.length > 0 ? (
        <DecisionForm court={court} charges={decidable} hearings={court.hearings} action={action} />
      ) : null}
      {court.charges.length === 0 ? <p className="muted">Lay a charge to record decisions on it.</p> : null}
      {toSentence.length > 0 ? (
        <SentenceForm court={court} charges={toSentence} hearings={court.hearings} action={action} />
      ) : null}
      {appealable.length > 0 ? <AppealForm court={court} charges={appealable} action={action} /> : null}
      {pending.length > 0 ? <AppealResultForm court={court} appeals={pending} action={action} /> : null}
      {open.length > 0 ? <CloseDeadlineForm court={court} deadlines={open} action={action} /> : null}
    </>
  );
}
