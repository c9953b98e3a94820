import { href } from '../router.ts';
import { languageOptions, wordFor } from '../screening/labels.ts';
import { formatDate } from '../ui/format.ts';
import { ErrorMessage, StatusMessage } from '../ui/Live.tsx';
import { useLoad } from '../useLoad.ts';
import type { CasePage } from './case-types.ts';
import { formatDay } from './labels.ts';
import { FollowUpForm, PlanForm } from './ReintegrationForm.tsx';
import {
  CONTACT_OUTCOMES,
  followUpName,
  RETRAFFICKING_FLAGS,
  SCHEDULE_STATES,
  WELLBEING_LEVELS,
} from './reintegration-labels.ts';
import { type Reintegration, retraffickingOf } from './reintegration-types.ts';
import { countryName } from './transfer-labels.ts';
import { casePath, useCaseAction } from './useCaseAction.ts';

interface Props {
  c: CasePage;
  editable: boolean;
  language: string;
  onChanged: () => void;
}

/**
 * The case's flag that the person may have been trafficked again, in words, with the earlier case when they were
 * recognised from one; nothing when the case is not flagged.
 */
export function RetraffickingFlag({ c }: { c: CasePage }) {
  const r = retraffickingOf(c);
  if (!r?.flag) return null;
  return (
    <div className="notice notice-error">
      <p>
        <strong>Possible re-trafficking.</strong> {wordFor(RETRAFFICKING_FLAGS, r.flag)}
        {r.flaggedAt ? ` Flagged on ${formatDate(r.flaggedAt)}.` : ''}
        {r.earlierCaseId ? (
          <>
            {' '}
            <a href={href(`/protection/${encodeURIComponent(r.earlierCaseId)}`)}>Open the earlier case</a>
          </>
        ) : null}
      </p>
    </div>
  );
}

/**
 * Reintegration: the person's plan (their goals, where they live now), the follow-ups as scheduled and as held;
 * the caseworker records the plan and the follow-ups. The flag of re-trafficking stands at the top of the page.
 */
export function ReintegrationPanel({ c, editable, language, onChanged }: Props) {
  const page = useLoad<Reintegration>(casePath(c.id, '/reintegration'));
  const flagged = retraffickingOf(c)?.flag ?? null;
  // A follow-up may flag the case: the case page is read again then, for the flag it carries.
  const action = useCaseAction(() => {
    page.reload();
    if (!flagged) onChanged();
  });
  const r = page.data;
  return (
    <section className="panel" aria-labelledby="reintegration-h">
      <h2 id="reintegration-h">Reintegration and follow-ups</h2>
      <ErrorMessage message={page.error} />
      {page.loading && !r ? <p className="muted">Loading the reintegration plan…</p> : null}
      {r && !r.plan ? <p className="muted">No reintegration plan recorded.</p> : null}
      {r?.plan ? (
        <dl className="facts" aria-label="Reintegration plan">
          <dt>Goals</dt>
          <dd>{r.plan.goals}</dd>
          <dt>Lives now in</dt>
          <dd>
            {r.plan.area}, {countryName(r.plan.country)}
          </dd>
          <dt>Started</dt>
          <dd>{formatDay(r.plan.startedOn)}</dd>
        </dl>
      ) : null}
      {r && r.schedule.length > 0 ? (
        <div className="table-wrap">
          <table>
            <caption>Follow-ups as scheduled</caption>
            <thead>
              <tr>
                <th scope="col">Follow-up</th>
                <th scope="col">Due on</th>
                <th scope="col">Now</th>
              </tr>
            </thead>
            <tbody>
              {r.schedule.map((s) => (
                <tr key={s.dueDays}>
                  <th scope="row">{followUpName(s.dueDays)}</th>
                  <td className="nowrap">{formatDay(s.dueOn)}</td>
                  <td>{s.state === 'due' ? <strong>Due now</strong> : wordFor(SCHEDULE_STATES, s.state)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      ) : null}
      {r && r.followUps.length > 0 ? (
        <div className="table-wrap">
          <table>
            <caption>Follow-ups held</caption>
            <thead>
              <tr>
                <th scope="col">Held on</th>
                <th scope="col">Which</th>
                <th scope="col">Contact</th>
                <th scope="col">How they are</th>
                <th scope="col">
                  Concern<span className="visually-hidden"> of re-trafficking</span>
                </th>
                <th scope="col">Note</th>
              </tr>
            </thead>
            <tbody>
              {r.followUps.map((f) => (
                <tr key={f.id}>
                  <th scope="row" className="nowrap">
                    {formatDay(f.heldOn)}
                  </th>
                  <td>{f.dueDays === null ? 'Outside the schedule' : followUpName(f.dueDays)}</td>
                  <td>
                    {wordFor(CONTACT_OUTCOMES, f.contact)}
                    <span className="muted">
                      {' '}
                      — by {f.recordedBy.name}, in {wordFor(languageOptions(), f.language)}
                    </span>
                  </td>
                  <td>
                    {f.wellbeing ? wordFor(WELLBEING_LEVELS, f.wellbeing) : <span className="muted">—</span>}
                  </td>
                  <td>{f.retraffickingConcern ? <strong>Yes</strong> : 'No'}</td>
                  <td>{f.note || <span className="muted">None</span>}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      ) : null}
      <ErrorMessage message={action.error} />
      <StatusMessage message={action.done} tone="success" />
      {editable && r ? (
        <PlanForm key={r.plan?.updatedAt ?? 'new'} caseId={c.id} plan={r.plan} action={action} />
      ) : null}
      {editable && r?.plan ? (
        <FollowUpForm
          key={r.followUps.length}
          caseId={c.id}
          plan={r.plan}
          schedule={r.schedule}
          language={language}
          action={action}
        />
      ) : null}
    </section>
  );
}
