import { type InputHTMLAttributes, useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { fromBuddhistText, toBuddhistText } from './buddhist.ts';

interface Props extends Omit<InputHTMLAttributes<HTMLInputElement>, 'onChange' | 'value' | 'type'> {
  value: string;
  onChange: (value: string) => void;
  withTime: boolean;
}

/** A day (and time) typed with a Buddhist-Era year, for Thai users; hands the Gregorian value on, as a native
 * `date` or `datetime-local` input would. Text that is not a real day marks the input invalid and says why. */
export function BuddhistDateInput({ value, onChange, withTime, min, max, step, ...rest }: Props) {
  const { t } = useTranslation();
  const [text, setText] = useState(() => toBuddhistText(value, withTime));
  useEffect(() => {
    // Follow a value set from outside (a reset, a loaded record) unless it is what the text already says.
    setText((current) =>
      fromBuddhistText(current, withTime) === value ? current : toBuddhistText(value, withTime),
    );
  }, [value, withTime]);
  const pattern = withTime ? t('date.beTimePattern') : t('date.bePattern');
  return (
    <input
      {...rest}
      type="text"
      inputMode="numeric"
      placeholder={pattern}
      value={text}
      onChange={(e) => {
        const next = e.target.value;
        setText(next);
        const parsed = fromBuddhistText(next, withTime);
        e.target.setCustomValidity(next.trim() && !parsed ? t('date.beInvalid', { pattern }) : '');
        onChange(parsed ?? '');
      }}
    />
  );
}
