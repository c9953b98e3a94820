import { type ReactNode, useId, useState } from 'react';

export interface Created {
  displayName: string;
  link: string;
  hours: number;
  /** 'new': a new account's first link; 'reset': the link after an approved reset, handed over in person. */
  purpose?: 'new' | 'reset';
}

/** A one-time sign-in link (a new account's, or one after an approved reset), shown once. */
export function LinkResult({ created, children }: { created: Created; children?: ReactNode }) {
  const id = useId();
  const [copied, setCopied] = useState<string | null>(null);
  const reset = created.purpose === 'reset';
  const copy = async () => {
    try {
      await navigator.clipboard.writeText(created.link);
      setCopied('Link copied.');
    } catch {
      setCopied('Copying is not allowed here; select the link and copy it instead.');
    }
  };
  return (
    <div className="result" aria-live="polite">
      <h3>
        {reset
          ? `Password and second factor reset for ${created.displayName}`
          : `Account created for ${created.displayName}`}
      </h3>
      {reset ? (
        <p>
          Hand this one-time sign-in link to {created.displayName} <strong>in person</strong>, after checking
          who they are — never by email, chat or phone, and not through the administrator who asked for the
          reset. With it they choose a new password and set up their authenticator again. It works once,
          expires in {created.hours} hours and is not shown again.
        </p>
      ) : (
        <p>
          Hand this one-time sign-in link to {created.displayName} securely — in person or over a trusted
          channel, not by ordinary email or chat. It works once, expires in {created.hours} hours and is not
          shown again.
        </p>
      )}
      <div className="field">
        <label htmlFor={id}>Sign-in link</label>
        <input
          id={id}
          className="mono"
          readOnly
          value={created.link}
          onFocus={(e) => e.currentTarget.select()}
        />
      </div>
      <button type="button" className="button small" onClick={() => void copy()}>
        Copy link
      </button>
      <p className="small">{copied}</p>
      {children}
    </div>
  );
}
