import { type ReactNode, useId } from 'react';
import type { Options } from './labels.ts';

interface SelectProps {
  label: string;
  value: string;
  onChange: (value: string) => void;
  options: Options;
  hint?: ReactNode;
  /** Text of an empty first option, when nothing is chosen yet. */
  placeholder?: string;
  required?: boolean;
  disabled?: boolean;
}

/** A labelled select, with an optional hint tied to it by aria-describedby. */
export function SelectField({ label, value, onChange, options, hint, placeholder, ...rest }: SelectProps) {
  const id = useId();
  return (
    <div className="field">
      <label htmlFor={id}>{label}</label>
      <select
        id={id}
        value={value}
        onChange={(e) => onChange(e.target.value)}
        aria-describedby={hint ? `${id}-hint` : undefined}
        {...rest}
      >
        {placeholder !== undefined ? <option value="">{placeholder}</option> : null}
        {options.map(([code, words]) => (
          <option key={code} value={code}>
            {words}
          </option>
        ))}
      </select>
      {hint ? (
        <p id={`${id}-hint`} className="hint">
          {hint}
        </p>
      ) : null}
    </div>
  );
}

interface CheckProps {
  label: ReactNode;
  checked: boolean;
  onChange: (checked: boolean) => void;
  hint?: ReactNode;
  required?: boolean;
  disabled?: boolean;
}

/** A checkbox with its label beside it: the whole row is a touch target. */
export function Check({ label, checked, onChange, hint, ...rest }: CheckProps) {
  const id = useId();
  return (
    <div className="check">
      <input
        id={id}
        type="checkbox"
        checked={checked}
        onChange={(e) => onChange(e.target.checked)}
        aria-describedby={hint ? `${id}-hint` : undefined}
        {...rest}
      />
      <label htmlFor={id}>{label}</label>
      {hint ? (
        <p id={`${id}-hint`} className="hint">
          {hint}
        </p>
      ) : null}
    </div>
  );
}
