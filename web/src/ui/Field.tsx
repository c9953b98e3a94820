import { type InputHTMLAttributes, useId } from 'react';
import { useTranslation } from 'react-i18next';
import { BuddhistDateInput } from './BuddhistDateInput.tsx';

interface Props extends Omit<InputHTMLAttributes<HTMLInputElement>, 'id' | 'onChange' | 'value'> {
  label: string;
  value: string;
  onChange: (value: string) => void;
  hint?: string;
}

/** A labelled text input, with an optional hint tied to it by aria-describedby. Days and times are typed with
 * Buddhist-Era years when the screens are in Thai. */
export function Field({ label, value, onChange, hint, className, type, ...rest }: Props) {
  const id = useId();
  const hintId = `${id}-hint`;
  const { i18n } = useTranslation();
  const dated = type === 'date' || type === 'datetime-local';
  return (
    <div className={['field', className].filter(Boolean).join(' ')}>
      <label htmlFor={id}>{label}</label>
      {dated && i18n.language === 'th' ? (
        <BuddhistDateInput
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
