import { api } from '../api.ts';
import { languageOptions, wordFor } from '../screening/labels.ts';
import type { Me } from '../types.ts';
import { ConfirmButton } from '../ui/ConfirmButton.tsx';
import { formatDateTime } from '../ui/format.ts';
import { ErrorMessage, StatusMessage } from '../ui/Live.tsx';
import { ChildStepForm } from './ChildStepForm.tsx';
import type { CasePage } from './case-types.ts';
import { CHILD_STEP_KINDS, CHILD_STEP_OUTCOMES } from './child-labels.ts';
import { type ChildStep, childProtectionOf } from './child-types.ts';
import { formatDay } from './labels.ts';
import { casePath, useCaseAction } from './useCaseAction.ts';
import './case-parts.css';

interface Props {
  c: CasePage;
  editable: boolean;
  language: string;
  me: Me;
  onChanged: () => void;
}

const sentence = (s: string) => (s ? s.charAt(0).toUpperCase() + s.slice(1) : s);
const stepName = (s: ChildStep) => wordFor(CHILD_STEP_KINDS, s.kind);

/**
 * A child's protection: the guardian, the best-interests assessment and determination (each approved by a second
 * caseworker, never its author), family tracing and the family's assessment, the child's own views; and what still
 * blocks a return. The caseworker records the steps; a colleague who did not record a step approves it.
 */
export function ChildPanel({ c, editable, language, me, onChanged }: Props) {
  const action = useCaseAction(onChanged);
  const child = childProtectionOf(c);
  const steps = child?.steps ?? [];
  const blockers = child?.returnBlockers ?? [];
  const mayApprove = (s: ChildStep) =>
    s.needsApproval &&
    s.approvedBy === null &&
    c.status === 'open' &&
    me.permissions.includes('protection.write') &&
    me.user.id !== s.recordedBy.id;
  const approve = (s: ChildStep) =>
    void action.run(
      () => api.post(casePath(c.id, `/child-steps/${encodeURIComponent(s.id)}/approve`)),
      `${stepName(s)} of ${formatDay(s.occurredOn)} approved.`,
    )();

  return (
    <section className="panel" aria-labelledby="child-h">
      <h2 id="child-h">A child’s protection</h2>
      <p className="hint">
        A child is returned only once a guardian is appointed, the child’s own views are heard, a
        best-interests determination approved by a second caseworker says so, and the family is traced and
        safe.
      </p>
      <div>
        <h3 id="blockers-h" className="case-part">
          Before any return
        </h3>
        {child === null ? (
          <p className="muted">The child’s protection could not be read with the case.</p>
        ) : blockers.length === 0 ? (
          <p>
            <strong>Nothing blocks a return any more.</strong> A return still happens only if the child and
            their guardian agree to it.
          </p>
        ) : (
          <>
            <p>What still blocks a return:</p>
            <ul aria-label="What still blocks a return">
              {blockers.map((b) => (
                <li key={b}>{sentence(b)}</li>
              ))}
            </ul>
          </>
        )}
      </div>
      {steps.length === 0 ? (
        <p className="muted">No step recorded yet.</p>
      ) : (
        <div className="table-wrap">
          <table>
            <caption>Steps of the child’s protection, oldest first</caption>
            <thead>
              <tr>
                <th scope="col">Step</th>
                <th scope="col">Outcome and detail</th>
                <th scope="col">Recorded</th>
                <th scope="col">Approval</th>
              </tr>
            </thead>
            <tbody>
              {steps.map((s) => (
                <tr key={s.id}>
                  <th scope="row">
                    {stepName(s)}
                    <div className="muted small nowrap">{formatDay(s.occurredOn)}</div>
                  </th>
                  <td>
                    {s.outcome ? (
                      <strong>{wordFor(CHILD_STEP_OUTCOMES[s.kind] ?? [], s.outcome)}</strong>
                    ) : null}
                    {s.detail ? <p className="observation">{s.detail}</p> : null}
                    {!s.outcome && !s.detail ? <span className="muted">No detail</span> : null}
                    <div className="muted small">In {wordFor(languageOptions(), s.language)}</div>
                  </td>
                  <td>
                    By {s.recordedBy.name}
                    {s.recordedBy.id === me.user.id ? ' (you)' : ''}
                    <div className="muted small">{formatDateTime(s.recordedAt)}</div>
                  </td>
                  <td>
                    <Approval s={s} me={me} />
                    {mayApprove(s) ? (
                      <ConfirmButton
                        label="Approve"
                        context={`the ${stepName(s).toLowerCase()} of ${formatDay(s.occurredOn)}`}
                        question={`Approve this ${stepName(s).toLowerCase()}, recorded by ${s.recordedBy.name}? Approval is once and recorded with your name.`}
                        confirmLabel="Yes, approve"
                        primary
                        busy={action.busy}
                        onConfirm={() => approve(s)}
                      />
                    ) : null}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      <ErrorMessage message={action.error} />
      <StatusMessage message={action.done} tone="success" />
      {editable ? <ChildStepForm caseId={c.id} language={language} onChanged={onChanged} /> : null}
    </section>
  );
}

function Approval({ s, me }: { s: ChildStep; me: Me }) {
  if (!s.needsApproval) return <span className="muted">Needs no approval</span>;
  if (s.approvedBy)
    return (
      <>
        Approved by {s.approvedBy.name}
        {s.approvedBy.id === me.user.id ? ' (you)' : ''}
        {s.approvedAt ? <div className="muted small">{formatDateTime(s.approvedAt)}</div> : null}
      </>
    );
  return (
    <p>
      <strong>Waiting for a second caseworker’s approval</strong>
      {s.recordedBy.id === me.user.id ? (
        <span className="muted small"> — a colleague approves it, not you who recorded it</span>
      ) : null}
    </p>
  );
}
