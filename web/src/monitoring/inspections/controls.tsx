import { useId } from 'react';

/** A labelled multi-line text box, with an optional hint. */
export function TextArea({
  label,
  value,
  onChange,
  hint,
}: {
  label: string;
  value: string;
  onChange: (v: string) => void;
  hint?: string;
}) {
  const id = useId();
  return (
    <div className="field">
      <label htmlFor={id}>{label}</label>
      <textarea
        id={id}
        value={value}
        onChange={(e) => onChange(e.target.value)}
        aria-describedby={hint ? `${id}-hint` : undefined}
      />
      {hint ? (
        <p id={`${id}-hint`} className="hint">
          {hint}
        </p>
      ) : null}
    </div>
  );
}

/** A group of large radio buttons (touch targets), one choice among options. */
export function Choices({
  legend,
  name,
  value,
  options,
  onChange,
}: {
  legend: string;
  name: string;
  value: string;
  options: readonly (readonly [string, string])[];
  onChange: (v: string) => void;
}) {
  return (
    <fieldset>
      <legend>{legend}</legend>
      <div className="answer-choices">
        {options.map(([code, words]) => (
          <label key={code}>
            <input
              type="radio"
              name={name}
              value={code}
              checked={value === code}
              onChange={() => onChange(code)}
            />
            {words}
          </label>
        ))}
      </div>
    </fieldset>
  );
}

/** A whole number typed in a field, or null when it is not one (at least 0). */
export const countOf = (s: string): number | null => {
  const n = Number(s.trim());
  return s.trim() !== '' && Number.isInteger(n) && n >= 0 ? n : null;
};
