import { useTranslation } from 'react-i18next';
import { keyed } from '../ui/keyed.ts';
import { gapWords } from './gaps.ts';
import { PlanSummary } from './PlanSummary.tsx';
import type { PlanStep, Problem } from './planSteps.ts';
import type { Operation, Plan, PlanGap } from './types.ts';

/** At the top of a step: what stops the plan being saved there, and the server's gaps its fields close. */
export function StepNotes({ gaps, problems }: { gaps: PlanGap[]; problems: Problem[] }) {
  const { t } = useTranslation('plans');
  return (
    <>
      {problems.length ? (
        <div className="notice notice-error">
          <p>{t('steps.toCorrectHere')}</p>
          <ul>
            {keyed(problems, (p) => p.text).map(({ key, item }) => (
              <li key={key}>{item.text}</li>
            ))}
          </ul>
        </div>
      ) : null}
      {gaps.length ? (
        <div className="notice notice-info">
          <p>{t('steps.gapsHere')}</p>
          <ul>
            {keyed(
              gaps.map((g) => gapWords(t, g)),
              (g) => g,
            ).map(({ key, item }) => (
              <li key={key}>{item}</li>
            ))}
          </ul>
        </div>
      ) : null}
    </>
  );
}

interface Props {
  op: Operation;
  /** The plan as typed, or what stops it being saved. */
  made: { plan: Plan } | { problems: Problem[] };
  /** The receiving services chosen, with their names. */
  receivers: { id: string; name: string }[];
  /** The server's gaps no step's fields close (the team's). */
  gaps: PlanGap[];
  label: (step: PlanStep) => string;
  onStep: (step: PlanStep) => void;
}

/** The last step: the whole plan as typed, read only, before it is saved; or what to correct first, and where. */
export function PlanDraftSummary({ op, made, receivers, gaps, label, onStep }: Props) {
  const { t } = useTranslation('plans');
  return (
    <>
      {'problems' in made ? (
        <div className="notice notice-error">
          <p>{t('steps.toCorrectFirst')}</p>
          <ul className="step-problems">
            {keyed(made.problems, (p) => p.text).map(({ key, item }) => (
              <li key={key}>
                {item.text}{' '}
                <button type="button" className="button small" onClick={() => onStep(item.step)}>
                  {t('steps.goTo', { step: label(item.step) })}
                </button>
              </li>
            ))}
          </ul>
        </div>
      ) : (
        <>
          <p className="hint">{t('steps.summaryHint')}</p>
          <PlanSummary op={{ ...op, plan: made.plan, receivers }} />
        </>
      )}
      {gaps.length ? (
        <div className="notice notice-info">
          <p>{t('steps.otherGaps')}</p>
          <ul>
            {keyed(
              gaps.map((g) => gapWords(t, g)),
              (g) => g,
            ).map(({ key, item }) => (
              <li key={key}>{item}</li>
            ))}
          </ul>
        </div>
      ) : null}
    </>
  );
}
