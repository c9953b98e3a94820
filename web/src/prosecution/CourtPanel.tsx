import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { formatDay } from '../protection/labels.ts';
import { useCaseAction } from '../protection/useCaseAction.ts';
import { formatDateTime } from '../ui/format.ts';
import { ErrorMessage, StatusMessage } from '../ui/Live.tsx';
import { useLoad } from '../useLoad.ts';
import { AppealForm, AppealResultForm, CloseDeadlineForm } from './AppealForms.tsx';
import { listWords, word } from './codes.ts';
import {
  awaitsSentence,
  chargeName,
  deadlineState,
  deadlineSubject,
  decisionWords,
  mayAppeal,
  nextDecisions,
  sentenceWords,
} from './court-labels.ts';
import type { Court, CourtCharge, Deadline, Hearing } from './court-types.ts';
import { DecisionForm, SentenceForm } from './DecisionForm.tsx';
import { HearingOutcomeForm, ParticipantForm, ScheduleHearingForm } from './HearingForm.tsx';
import { MlaPanel } from './MlaPanel.tsx';
import { caseFilePath } from './paths.ts';
import type { CaseFile } from './types.ts';
import './court.css';
import { TableWrap } from '../ui/TableWrap.tsx';

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
  const { t } = useTranslation('prosecution');
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
        <h2 id="court-h">{t('court.heading')}</h2>
        <p className="hint">{t('court.hint')}</p>
        <ErrorMessage message={court.error} />
        {court.loading && !d ? <p className="muted">{t('court.loading')}</p> : null}
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
  const { t } = useTranslation('prosecution');
  return (
    <>
      <h3 className="case-part">{t('court.deadlines')}</h3>
      {court.deadlines.length === 0 ? (
        <p className="muted">{t('court.noDeadline')}</p>
      ) : (
        <TableWrap>
          <table>
            <caption className="visually-hidden">{t('court.deadlinesCaption')}</caption>
            <thead>
              <tr>
                <th scope="col">{t('words.due')}</th>
                <th scope="col">{t('words.deadline')}</th>
                <th scope="col">{t('court.for')}</th>
                <th scope="col">{t('words.whereItStands')}</th>
              </tr>
            </thead>
            <tbody>
              {court.deadlines.map((x) => (
                <DeadlineRow key={x.id} court={court} d={x} />
              ))}
            </tbody>
          </table>
        </TableWrap>
      )}
      <h3 className="case-part">{t('court.charges')}</h3>
      {court.charges.length === 0 ? (
        <p className="muted">{t('words.noChargeLaid')}</p>
      ) : (
        <TableWrap>
          <table>
            <caption className="visually-hidden">{t('court.chargesCaption')}</caption>
            <thead>
              <tr>
                <th scope="col">{t('words.charge')}</th>
                <th scope="col">{t('court.standing')}</th>
                <th scope="col">{t('court.sentence')}</th>
                <th scope="col">{t('court.appeals')}</th>
              </tr>
            </thead>
            <tbody>
              {court.charges.map((ch) => (
                <ChargeRow key={ch.id} court={court} ch={ch} />
              ))}
            </tbody>
          </table>
        </TableWrap>
      )}
      <h3 className="case-part">{t('court.hearings')}</h3>
      {court.hearings.length === 0 ? (
        <p className="muted">{t('court.noHearing')}</p>
      ) : (
        <TableWrap>
          <table className="court-table">
            <caption className="visually-hidden">{t('court.hearingsCaption')}</caption>
            <thead>
              <tr>
                <th scope="col">{t('court.when')}</th>
                <th scope="col">{t('words.hearing')}</th>
                <th scope="col">{t('court.outcome')}</th>
                <th scope="col">{t('court.whoTookPart')}</th>
              </tr>
            </thead>
            <tbody>
              {court.hearings.map((h) => (
                <HearingRow key={h.id} h={h} />
              ))}
            </tbody>
          </table>
        </TableWrap>
      )}
    </>
  );
}

function DeadlineRow({ court, d }: { court: Court; d: Deadline }) {
  const { t } = useTranslation('prosecution');
  const subject = deadlineSubject(t, court, d);
  const state = deadlineState(t, d);
  return (
    <tr>
      <td className="nowrap">{formatDay(d.dueOn)}</td>
      <th scope="row">{word(t, 'deadlineKind', d.kind)}</th>
      <td>{subject ?? <span className="muted">{t('court.theCaseFile')}</span>}</td>
      <td>{d.state === 'overdue' || d.state === 'due' ? <strong>{state}</strong> : state}</td>
    </tr>
  );
}

function ChargeRow({ court, ch }: { court: Court; ch: CourtCharge }) {
  const { t } = useTranslation('prosecution');
  const decisions = court.decisions.filter((x) => x.chargeId === ch.id);
  const appeals = court.appeals.filter((a) => a.chargeId === ch.id);
  return (
    <tr>
      <th scope="row">{chargeName(t, ch)}</th>
      <td>
        {ch.decision ? (
          <>
            <strong>{decisionWords(t, ch.decision)}</strong>
            {ch.decision.lesserOffence ? (
              <span className="sub">
                {t('court.lesser', {
                  offence: `${ch.decision.lesserTitle ?? ch.decision.lesserOffence} (${ch.decision.lesserOffence})`,
                })}
              </span>
            ) : null}
            {ch.decision.reason ? (
              <span className="sub word-break">{t('court.why', { reason: ch.decision.reason })}</span>
            ) : null}
            {decisions.length > 1 ? (
              <span className="sub">
                {t('court.before', {
                  decisions: listWords(
                    t,
                    decisions.slice(0, -1).map((x) => decisionWords(t, x, true)),
                  ),
                })}
              </span>
            ) : null}
          </>
        ) : (
          <span className="muted">{t('court.notDecided')}</span>
        )}
      </td>
      <td>
        {ch.sentence ? (
          <>
            <span>{sentenceWords(t, ch.sentence)}</span>
            <span className="sub">{t('court.given', { day: formatDay(ch.sentence.on) })}</span>
          </>
        ) : (
          <span className="muted">{t('words.none')}</span>
        )}
      </td>
      <td>
        {appeals.length === 0 ? (
          <span className="muted">{t('words.none')}</span>
        ) : (
          <ul className="plain-list">
            {appeals.map((a) => (
              <li key={a.id}>
                {t('court.appealBy', {
                  who: word(t, 'appellant', a.by).toLowerCase(),
                  day: formatDay(a.lodgedOn),
                })}
                <span className="sub">
                  {a.result && a.decidedOn
                    ? t('court.resultOn', {
                        result: word(t, 'appealResult', a.result),
                        day: formatDay(a.decidedOn),
                      })
                    : t('court.awaiting')}
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
  const { t } = useTranslation('prosecution');
  return (
    <tr>
      <td className="nowrap">{formatDateTime(h.at)}</td>
      <th scope="row">
        {word(t, 'hearingKind', h.kind)}
        <span className="sub">{h.court}</span>
        {h.note ? <span className="sub">{h.note}</span> : null}
      </th>
      <td>
        {h.outcome ? (
          <>
            {word(t, 'hearingOutcome', h.outcome)}
            {h.outcomeNote ? <span className="sub word-break">{h.outcomeNote}</span> : null}
          </>
        ) : (
          <span className="muted">{t('court.notRecorded')}</span>
        )}
      </td>
      <td>
        {h.participants.length === 0 ? (
          <span className="muted">{t('court.nobody')}</span>
        ) : (
          <ul className="plain-list">
            {h.participants.map((p) => (
              <li key={p.id}>
                {p.pseudonym ??
                  t('court.participantName', { role: word(t, 'participantRole', p.role), n: p.n })}
                {p.pseudonym ? (
                  <span className="sub">
                    {t('court.namedWithConsent', { role: word(t, 'participantRole', p.role), n: p.n })}
                  </span>
                ) : null}
                {p.measures.length > 0 ? (
                  <span className="sub">
                    {listWords(
                      t,
                      p.measures.map((m) => word(t, 'measure', m)),
                    )}
                  </span>
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
  const { t } = useTranslation('prosecution');
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
      {court.charges.length === 0 ? <p className="muted">{t('court.layCharge')}</p> : null}
      {toSentence.length > 0 ? (
        <SentenceForm court={court} charges={toSentence} hearings={court.hearings} action={action} />
      ) : null}
      {appealable.length > 0 ? <AppealForm court={court} charges={appealable} action={action} /> : null}
      {pending.length > 0 ? <AppealResultForm court={court} appeals={pending} action={action} /> : null}
      {open.length > 0 ? <CloseDeadlineForm court={court} deadlines={open} action={action} /> : null}
    </>
  );
}
