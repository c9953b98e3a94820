import type { TFunction } from 'i18next';
import { Trans, useTranslation } from 'react-i18next';
import { api } from '../api.ts';
import { languageOptions, wordFor } from '../screening/labels.ts';
import type { Me } from '../types.ts';
import { ConfirmButton } from '../ui/ConfirmButton.tsx';
import { formatDateTime } from '../ui/format.ts';
import { ErrorMessage, StatusMessage } from '../ui/Live.tsx';
import { ChildStepForm } from './ChildStepForm.tsx';
import type { CasePage } from './case-types.ts';
import { childStepKindOptions, childStepOutcomeOptions } from './child-labels.ts';
import type { ChildStep } from './child-types.ts';
import { formatDay } from './labels.ts';
import { casePath, useCaseAction } from './useCaseAction.ts';
import './case-parts.css';
import { TableWrap } from '../ui/TableWrap.tsx';

interface Props {
  c: CasePage;
  editable: boolean;
  language: string;
  me: Me;
  onChanged: () => void;
}

const stepName = (t: TFunction<'protection'>, s: ChildStep) => wordFor(childStepKindOptions(t), s.kind);

/**
 * A child's protection: the guardian, the best-interests assessment and determination (each approved by a second
 * caseworker, never its author), family tracing and the family's assessment, the child's own views; and what still
 * blocks a return. The caseworker records the steps; a colleague who did not record a step approves it.
 */
export function ChildPanel({ c, editable, language, me, onChanged }: Props) {
  const { t } = useTranslation('protection');
  const action = useCaseAction(onChanged);
  const child = c.childProtection;
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
      t('child.approved', { step: stepName(t, s), on: formatDay(s.occurredOn) }),
    )();

  return (
    <section className="panel" aria-labelledby="child-h">
      <h2 id="child-h">{t('child.title')}</h2>
      <p className="hint">{t('child.hint')}</p>
      <div>
        <h3 id="blockers-h" className="case-part">
          {t('child.beforeReturn')}
        </h3>
        {child === null ? (
          <p className="muted">{t('child.unread')}</p>
        ) : blockers.length === 0 ? (
          <p>
            <Trans t={t} i18nKey="child.nothingBlocks" components={{ 1: <strong /> }} />
          </p>
        ) : (
          <>
            <p>{t('child.blocksLead')}</p>
            <ul aria-label={t('child.blocks')}>
              {blockers.map((b) => (
                <li key={b}>{t(`child.blocker.${b}`)}</li>
              ))}
            </ul>
          </>
        )}
      </div>
      {steps.length === 0 ? (
        <p className="muted">{t('child.none')}</p>
      ) : (
        <TableWrap>
          <table>
            <caption>{t('child.caption')}</caption>
            <thead>
              <tr>
                <th scope="col">{t('child.step')}</th>
                <th scope="col">{t('child.outcome')}</th>
                <th scope="col">{t('child.recorded')}</th>
                <th scope="col">{t('child.approval')}</th>
              </tr>
            </thead>
            <tbody>
              {steps.map((s) => (
                <tr key={s.id}>
                  <th scope="row">
                    {stepName(t, s)}
                    <div className="muted small nowrap">{formatDay(s.occurredOn)}</div>
                  </th>
                  <td>
                    {s.outcome ? (
                      <strong>{wordFor(childStepOutcomeOptions(t, s.kind) ?? [], s.outcome)}</strong>
                    ) : null}
                    {s.detail ? <p className="observation">{s.detail}</p> : null}
                    {!s.outcome && !s.detail ? <span className="muted">{t('child.noDetail')}</span> : null}
                    <div className="muted small">
                      {t('child.in', { language: wordFor(languageOptions(), s.language) })}
                    </div>
                  </td>
                  <td>
                    {s.recordedBy.id === me.user.id
                      ? t('child.byYou', { name: s.recordedBy.name })
                      : t('child.by', { name: s.recordedBy.name })}
                    <div className="muted small">{formatDateTime(s.recordedAt)}</div>
                  </td>
                  <td>
                    <Approval s={s} me={me} />
                    {mayApprove(s) ? (
                      <ConfirmButton
                        label={t('child.approve')}
                        context={t('child.approveContext', {
                          step: stepName(t, s).toLowerCase(),
                          on: formatDay(s.occurredOn),
                        })}
                        question={t('child.approveQuestion', {
                          step: stepName(t, s).toLowerCase(),
                          name: s.recordedBy.name,
                        })}
                        confirmLabel={t('child.approveConfirm')}
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
        </TableWrap>
      )}
      <ErrorMessage message={action.error} />
      <StatusMessage message={action.done} tone="success" />
      {editable ? <ChildStepForm caseId={c.id} language={language} onChanged={onChanged} /> : null}
    </section>
  );
}

function Approval({ s, me }: { s: ChildStep; me: Me }) {
  const { t } = useTranslation('protection');
  if (!s.needsApproval) return <span className="muted">{t('child.noApproval')}</span>;
  if (s.approvedBy)
    return (
      <>
        {s.approvedBy.id === me.user.id
          ? t('child.approvedByYou', { name: s.approvedBy.name })
          : t('child.approvedBy', { name: s.approvedBy.name })}
        {s.approvedAt ? <div className="muted small">{formatDateTime(s.approvedAt)}</div> : null}
      </>
    );
  return (
    <p>
      <strong>{t('child.waiting')}</strong>
      {s.recordedBy.id === me.user.id ? <span className="muted small"> {t('child.notYou')}</span> : null}
    </p>
  );
}
