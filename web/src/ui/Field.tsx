import { type InputHTMLAttributes, useId } from 'react';
import { DateInput } from './DateInput.tsx';

interface Props extends Omit<InputHTMLAttributes<HTMLInputElement>, 'id' | 'onChange' | 'value'> {
  label: string;
  value: string;
  onChange: (value: string) => void;
  hint?: string;
}

/** A labelled text input, with an optional hint tied to it by aria-describedby. Days and times are typed as the
 * screens' language writes them (Thai with Buddhist-Era years), with the browser's calendar a button away. */
export function Field({ label, value, onChange, hint, className, type, ...rest }: Props) {
  const id = useId();
  const hintId = `${id}-hint`;
  const dated = type === 'date' || type === 'datetime-local';
  return (
    <div className={['field', className].filter(Boolean).join(' ')}>
      <label htmlFor={id}>{label}</label>
      {dated ? (
        <DateInput
          id={id}
          value={value}
          onChange={onChange}
          withTime={type === 'datetime-local'}
          aria-describedby={hint ? hintId : undefined}
          {...rest}
        />
      ) : (
        <input
          id={id}
          type={type}
          value={value}
          onChange={(e) => onChange(e.target.value)}
          aria-describedby={hint ? hintId : undefined}
          {...rest}
        />
      )}
      {hint ? (
        <p id={hintId} className="hint">
          {hint}
        </p>
      ) : null}
    </div>
  );
}
