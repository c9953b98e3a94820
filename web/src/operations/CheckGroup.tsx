import { Check } from '../screening/controls.tsx';
import type { Options } from '../screening/labels.ts';

interface Props {
  legend: string;
  options: Options;
  chosen: readonly string[];
  onChange: (chosen: string[]) => void;
  hint?: string;
}

/** A fieldset of checkboxes: any number of the options may be chosen. */
export function CheckGroup({ legend, options, chosen, onChange, hint }: Props) {
  const toggle = (code: string, on: boolean) =>
    onChange(on ? [...chosen, code] : chosen.filter((c) => c !== code));
  return (
    <fieldset className="form-group">
      <legend>{legend}</legend>
      {hint ? <p className="hint">{hint}</p> : null}
      <ul className="check-list">
        {options.map(([code, words]) => (
          <li key={code}>
            <Check label={words} checked={chosen.includes(code)} onChange={(on) => toggle(code, on)} />
          </li>
        ))}
      </ul>
    </fieldset>
  );
}
