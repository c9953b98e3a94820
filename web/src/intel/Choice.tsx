import { type ReactNode, useId } from 'react';
import type { Options } from './types.ts';

interface Props {
  legend: string;
  value: string;
  onChange: (value: string) => void;
  options: Options;
  hint?: ReactNode;
}

/** A set of radio buttons in a fieldset: for short lists whose meanings are too long for a select. */
export function Choice({ legend, value, onChange, options, hint }: Props) {
  const name = useId();
  return (
    <fieldset className="choices">
      <legend>{legend}</legend>
      {hint ? <p className="hint choice-hint">{hint}</p> : null}
      <ul>
        {options.map(([code, words]) => (
          <li key={code}>
            <input
              id={`${name}-${code}`}
              type="radio"
              name={name}
              value={code}
              checked={value === code}
              onChange={() => onChange(code)}
            />
            <label htmlFor={`${name}-${code}`}>{words}</label>
          </li>
        ))}
      </ul>
    </fieldset>
  );
}
