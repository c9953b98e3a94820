import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';

interface Props {
  /** The button's label before it is confirmed, e.g. "Approve". */
  label: string;
  /** Said to screen readers after the label, e.g. "for Anan Wongsa", where many such buttons share a page. */
  context?: string;
  /** What pressing it will do, asked as a question, e.g. "Reset Anan's password and second factor?". */
  question: string;
  /** The label of the button that carries it out, e.g. "Yes, approve". */
  confirmLabel: string;
  busy?: boolean;
  /** A primary-looking first button, for the expected action. */
  primary?: boolean;
  onConfirm: () => void;
}

/**
 * A button for an irreversible step: pressing it asks the question in place, with the button that carries it out and
 * one that goes back. Focus moves to the question's buttons and back again, so keyboard users keep their place.
 */
export function ConfirmButton({ label, context, question, confirmLabel, busy, primary, onConfirm }: Props) {
  const { t } = useTranslation();
  const [asking, setAsking] = useState(false);
  const [returning, setReturning] = useState(false);
  const goBack = useRef<HTMLButtonElement>(null);
  const first = useRef<HTMLButtonElement>(null);
  useEffect(() => {
    if (asking) goBack.current?.focus();
    else if (returning) first.current?.focus();
  }, [asking, returning]);
  if (!asking) {
    return (
      <button
        ref={first}
        type="button"
        className={primary ? 'button small primary' : 'button small'}
        disabled={busy}
        onClick={() => {
          setReturning(false);
          setAsking(true);
        }}
      >
        {label}
        {context ? <span className="visually-hidden"> {context}</span> : null}
      </button>
    );
  }
  return (
    <fieldset className="confirm">
      <legend className="confirm-question">{question}</legend>
      <div className="actions">
        <button
          type="button"
          className="button small primary"
          disabled={busy}
          onClick={() => {
            setReturning(true);
            setAsking(false);
            onConfirm();
          }}
        >
          {confirmLabel}
        </button>
        <button
          ref={goBack}
          type="button"
          className="button small"
          onClick={() => {
            setReturning(true);
            setAsking(false);
          }}
        >
          {t('ui.goBack')}
        </button>
      </div>
    </fieldset>
  );
}
