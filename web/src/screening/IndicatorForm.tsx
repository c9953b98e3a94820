import { type Ref, useId } from 'react';
import { useTranslation } from 'react-i18next';
import { ConfirmButton } from '../ui/ConfirmButton.tsx';
import { ErrorMessage, StatusMessage } from '../ui/Live.tsx';
import { type Group, sectionKey, tally } from './groups.ts';
import { IndicatorRow } from './IndicatorRow.tsx';
import type { SetDefinition } from './types.ts';
import type { Interview } from './useInterview.ts';
import './person-view.css';

interface Props {
  set: SetDefinition;
  groups: Group[];
  interview: Interview;
  child: boolean;
  readOnly: boolean;
  /** The section shown: one group's key, or another section (the form is then hidden). */
  current: string;
  /** For the heading of the group shown, which takes focus when the section changes. */
  headingRef: Ref<HTMLHeadingElement>;
}

/**
 * The indicators, one group (element) at a time as the section shown, each with how many are answered; a save
 * bar that stays in view saves the answers of every group, and may answer "No" to all those not yet answered.
 */
export function IndicatorForm({ set, groups, interview, child, readOnly, current, headingRef }: Props) {
  const { t } = useTranslation('screening');
  const id = useId();
  const { answerOf, change, unsaved, save, busy, saveError, status } = interview;
  const unanswered = set.indicators.filter((i) => answerOf(i.id).answer === 'unknown').map((i) => i.id);
  const all = tally(set.indicators, answerOf);
  return (
    <form
      className="panel interview step-panel"
      onSubmit={save}
      noValidate
      aria-label={t('indicatorForm.label')}
      hidden={!groups.some((g) => sectionKey(g) === current)}
    >
      {groups.map((g) => {
        const shown = sectionKey(g) === current;
        const { answered, total } = tally(g.indicators, answerOf);
        return (
          <section key={g.id} aria-labelledby={`${id}-${g.id}`} hidden={!shown}>
            <h2
              id={`${id}-${g.id}`}
              ref={shown ? headingRef : undefined}
              tabIndex={-1}
              className="step-heading"
            >
              {g.label}
            </h2>
            <p className="step-of">{t('sections.answered', { answered, total })}</p>
            <p className="hint">{child ? t('interviewPage.hintChild') : t('interviewPage.hintAdult')}</p>
            <Finding group={g} />
            {g.indicators.map((i) => (
              <IndicatorRow
                key={i.id}
                indicator={i}
                child={child}
                answer={answerOf(i.id)}
                onChange={(a) => change(i.id, a)}
                disabled={readOnly}
              />
            ))}
          </section>
        );
      })}
      {readOnly ? null : (
        <div className="save-bar">
          <div className="save-actions">
            <button type="submit" className="button primary" disabled={busy}>
              {busy ? t('indicatorForm.saving') : t('indicatorForm.save')}
            </button>
            {unanswered.length > 0 ? (
              <ConfirmButton
                label={t('allNo.button')}
                question={t('allNo.question', { count: unanswered.length })}
                confirmLabel={t('allNo.confirm')}
                busy={busy}
                onConfirm={() => interview.answerNo(unanswered)}
              />
            ) : null}
          </div>
          <p className="muted small">
            {t('sections.progress', { answered: all.answered, total: all.total })}{' '}
            {unsaved > 0 ? t('indicatorForm.unsaved', { count: unsaved }) : t('indicatorForm.allSaved')}
          </p>
          <StatusMessage message={status} tone="success" />
          <ErrorMessage message={saveError} />
        </div>
      )}
    </form>
  );
}

function Finding({ group }: { group: Group }) {
  const { t } = useTranslation('screening');
  if (!group.finding) return null;
  const { positive, rule } = group.finding;
  return (
    <p className={positive ? 'finding finding-positive' : 'finding'}>
      {positive ? t('indicatorForm.positive', { rule }) : t('indicatorForm.notPositive', { rule })}
    </p>
  );
}
