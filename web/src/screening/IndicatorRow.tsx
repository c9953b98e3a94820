import { useId } from 'react';
import type { Answer, AnswerValue, SetIndicator } from './types.ts';

const CHOICES: readonly (readonly [AnswerValue, string])[] = [
  ['yes', 'Yes'],
  ['no', 'No'],
  ['unknown', 'Not asked'],
];

interface Props {
  indicator: SetIndicator;
  child: boolean;
  answer: Answer;
  onChange: (answer: Answer) => void;
  disabled: boolean;
}

/** One indicator: Yes / No / Not asked, and for Yes what was seen or said. */
export function IndicatorRow({ indicator, child, answer, onChange, disabled }: Props) {
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
        {CHOICES.map(([value, words]) => (
          <label key={value} className="answer-option">
            <input
              type="radio"
              name={id}
              value={value}
              checked={answer.answer === value}
              onChange={() => onChange({ ...answer, answer: value })}
            />
            {words}
          </label>
        ))}
      </div>
      {answer.answer === 'yes' ? (
        <div className="field observation">
          <label htmlFor={`${id}-obs`}>What was seen or said</label>
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
            {missing ? 'Needed for a “Yes”: ' : ''}the person’s words or what you saw, briefly.
          </p>
        </div>
      ) : null}
    </fieldset>
  );
}

function StrengthTag({ strength, child }: { strength: string | null; child: boolean }) {
  const list = child ? 'child' : 'adult';
  return (
    <span className={`strength strength-${strength ?? 'none'}`}>
      <span className="visually-hidden">, </span>
      {strength ? `${strength} (${list})` : `not on the ${list} list`}
    </span>
  );
}
