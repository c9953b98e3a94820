import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import type { Answer, AnswerValue, SetIndicator, Strength } from './types.ts';

const CHOICES: readonly AnswerValue[] = ['yes', 'no', 'unknown'];

interface Props {
  indicator: SetIndicator;
  child: boolean;
  answer: Answer;
  onChange: (answer: Answer) => void;
  disabled: boolean;
}

/** One indicator: Yes / No / Not asked, and for Yes what was seen or said. */
export function IndicatorRow({ indicator, child, answer, onChange, disabled }: Props) {
  const { t } = useTranslation('screening');
  const id = useId();
  const strength = indicator.strength
    ? child
      ? indicator.strength.child
      : indicator.strength.adult
    : undefined;
  const missing = answer.answer === 'yes' && !answer.observation.trim();
  return (
    <fieldset className={`indicator indicator-${answer.answer}`} disabled={disabled}>
      <legend>
        {indicator.label}
        {strength !== undefined ? <StrengthTag strength={strength} child={child} /> : null}
      </legend>
      <div className="answer-options">
        {CHOICES.map((value) => (
          <label key={value} className="answer-option">
            <input
              type="radio"
              name={id}
              value={value}
              checked={answer.answer === value}
              onChange={() => onChange({ ...answer, answer: value })}
            />
            {t(`indicatorRow.choice.${value}`)}
          </label>
        ))}
      </div>
      {answer.answer === 'yes' ? (
        <div className="field observation">
          <label htmlFor={`${id}-obs`}>{t('indicatorRow.observation')}</label>
          <textarea
            id={`${id}-obs`}
            rows={2}
            value={answer.observation}
            onChange={(e) => onChange({ ...answer, observation: e.target.value })}
            aria-invalid={missing || undefined}
            aria-describedby={`${id}-obs-hint`}
            required
          />
          <p id={`${id}-obs-hint`} className="hint">
            {missing ? t('indicatorRow.observationNeeded') : t('indicatorRow.observationHint')}
          </p>
        </div>
      ) : null}
    </fieldset>
  );
}

function StrengthTag({ strength, child }: { strength: Strength; child: boolean }) {
  const { t } = useTranslation('screening');
  const words = strength ? t(`codes.strength.${strength}`) : '';
  return (
    <span className={`strength strength-${strength ?? 'none'}`}>
      <span className="visually-hidden">, </span>
      {strength
        ? child
          ? t('indicatorRow.strengthChild', { strength: words })
          : t('indicatorRow.strengthAdult', { strength: words })
        : child
          ? t('indicatorRow.notOnChildList')
          : t('indicatorRow.notOnAdultList')}
    </span>
  );
}
