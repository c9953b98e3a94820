import { useId, useState } from 'react';

export interface Created {
  displayName: string;
  link: string;
  hours: number;
}

/** The new account's one-time sign-in link, shown once. */
export function LinkResult({ created }: { created: Created }) {
  const id = useId();
  const [copied, setCopied] = useState<string | null>(null);
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
      <h3>Account created for {created.displayName}</h3>
      <p>
        Hand this one-time sign-in link to {created.displayName} securely — in person or over a trusted
        channel, not by ordinary email or chat. It works once, expires in {created.hours} hours and is not
        shown again.
      </p>
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
    </div>
  );
}
