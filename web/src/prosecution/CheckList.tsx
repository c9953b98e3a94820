import { type ReactNode, useId } from 'react';
import type { Options } from '../screening/labels.ts';

interface Props {
  legend: string;
  options: Options;
  chosen: readonly string[];
  onChange: (chosen: string[]) => void;
  hint?: ReactNode;
}

/** A set of checkboxes in a fieldset: several of a short list (what is asked, the measures granted). */
export function CheckList({ legend, options, chosen, onChange, hint }: Props) {
  const base = useId();
  const toggle = (code: string, on: boolean) =>
    onChange(on ? [...chosen, code] : chosen.filter((c) => c !== code));
  return (
    <fieldset className="choices">
      <legend>{legend}</legend>
      {hint ? <p className="hint">{hint}</p> : null}
      <ul>
        {options.map(([code, words]) => (
          <li key={code}>
            <input
              id={`${base}-${code}`}
              type="checkbox"
              checked={chosen.includes(code)}
              onChange={(e) => toggle(code, e.target.checked)}
            />
            <label htmlFor={`${base}-${code}`}>{words}</label>
          </li>
        ))}
      </ul>
    </fieldset>
  );
}
