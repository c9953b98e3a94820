import { type InputHTMLAttributes, useEffect, useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { currentLocale } from '../i18n/i18n.ts';
import { type DateStyle, dateStyle, fromDateText, toDateText } from './date-text.ts';
import { formatDate, formatDateTime } from './format.ts';
import { CalendarIcon } from './icons.tsx';

interface Props extends Omit<InputHTMLAttributes<HTMLInputElement>, 'onChange' | 'value' | 'type'> {
  value: string;
  onChange: (value: string) => void;
  withTime: boolean;
}

/** How the screens' language writes a day (Thai with Buddhist-Era years). */
function useDateStyle(): DateStyle {
  const { i18n } = useTranslation();
  const locale = currentLocale();
  const thai = i18n.language === 'th';
  return useMemo(() => dateStyle(locale, thai), [locale, thai]);
}

/**
 * A day (and time) typed as the screens' language writes it, with a button that opens the browser's calendar;
 * hands on the value a native `date` or `datetime-local` input would. Text that is not a real day, or is outside
 * the field's min and max, marks the input invalid and says why.
 */
export function DateInput({ value, onChange, withTime, min, max, step, className, ...rest }: Props) {
  const { t } = useTranslation();
  const style = useDateStyle();
  const picker = useRef<HTMLInputElement>(null);
  const [text, setText] = useState(() => toDateText(value, withTime, style));
  useEffect(() => {
    // Follow a value set from outside (a reset, a loaded record, the calendar, a new language) unless it is what
    // the text already says.
    setText((current) =>
      fromDateText(current, withTime, style) === value ? current : toDateText(value, withTime, style),
    );
  }, [value, withTime, style]);
  const letters = style.order.map((p) => t(`date.letters.${p}`)).join(style.sep);
  const pattern = [
    letters,
    withTime ? `${t('date.letters.hour')}:${t('date.letters.minute')}` : '',
    style.buddhist ? `(${t('date.buddhistEra')})` : '',
  ]
    .filter(Boolean)
    .join(' ');
  const show = (v: string) => (withTime ? formatDateTime(v) : formatDate(v));
  const problem = (parsed: string | null, typed: string): string => {
    if (!typed.trim()) return '';
    if (!parsed) return t('date.invalid', { pattern });
    if (typeof min === 'string' && min && parsed < min) return t('date.tooEarly', { day: show(min) });
    if (typeof max === 'string' && max && parsed > max) return t('date.tooLate', { day: show(max) });
    return '';
  };
  return (
    <span className={['date-input', className].filter(Boolean).join(' ')}>
      <input
        {...rest}
        type="text"
        inputMode="numeric"
        autoComplete="off"
        placeholder={pattern}
        value={text}
        onChange={(e) => {
          const next = e.target.value;
          setText(next);
          const parsed = fromDateText(next, withTime, style);
          e.target.setCustomValidity(problem(parsed, next));
          onChange(parsed ?? '');
        }}
      />
      <button
        type="button"
        className="date-pick"
        title={t('date.pick')}
        aria-label={t('date.pick')}
        disabled={rest.disabled}
        onClick={() => picker.current?.showPicker?.()}
      >
        <CalendarIcon />
      </button>
      <input
        ref={picker}
        type={withTime ? 'datetime-local' : 'date'}
        className="date-native"
        tabIndex={-1}
        aria-hidden="true"
        value={value}
        min={min}
        max={max}
        step={step}
        onChange={(e) => onChange(e.target.value)}
      />
    </span>
  );
}
