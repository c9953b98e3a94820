import { useTranslation } from 'react-i18next';
import { ConfirmButton } from '../ui/ConfirmButton.tsx';
import { ErrorMessage, StatusMessage } from '../ui/Live.tsx';
import { type Group, groupsOf } from './groups.ts';
import { IndicatorRow } from './IndicatorRow.tsx';
import type { SetDefinition } from './types.ts';
import type { Interview } from './useInterview.ts';
import './person-view.css';

interface Props {
  set: SetDefinition;
  interview: Interview;
  child: boolean;
  readOnly: boolean;
}

/** The indicators, a fieldset per element, with a save bar that stays in view. */
export function IndicatorForm({ set, interview, child, readOnly }: Props) {
  const { t } = useTranslation('screening');
  const { screening, answerOf, change, unsaved, save, busy, saveError, status } = interview;
  const groups = groupsOf(set, screening?.evaluation ?? null, t);
  const unanswered = set.indicators.filter((i) => answerOf(i.id).answer === 'unknown').map((i) => i.id);
  return (
    <form className="interview" onSubmit={save} noValidate aria-label={t('indicatorForm.label')}>
      {groups.map((g) => (
        <fieldset key={g.id} className="element">
          <legend>{g.label}</legend>
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
        </fieldset>
      ))}
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
