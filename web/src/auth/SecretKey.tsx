import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';

/** The enrolment key in groups of four (the element's text is the raw key), and the setup address to copy. */
export function SecretKey({ secret, uri }: { secret: string; uri: string }) {
  const { t } = useTranslation('auth');
  const uriId = useId();
  const [copied, setCopied] = useState<string | null>(null);
  const groups = Array.from({ length: Math.ceil(secret.length / 4) }, (_, n) => ({
    at: n * 4,
    text: secret.slice(n * 4, n * 4 + 4),
  }));
  const copy = async (text: string) => {
    try {
      await navigator.clipboard.writeText(text);
      setCopied(t('secret.copied'));
    } catch {
      setCopied(t('secret.notAllowed'));
    }
  };
  return (
    <div className="secret-box">
      <p className="secret-line">
        <code className="secret" data-testid="totp-secret">
          {groups.map((g) => (
            <span key={g.at}>{g.text}</span>
          ))}
        </code>
        <button type="button" className="button small" onClick={() => void copy(secret)}>
          {t('secret.copy')}
        </button>
      </p>
      <div className="field">
        <label htmlFor={uriId}>{t('secret.address')}</label>
        <input id={uriId} className="mono" readOnly value={uri} onFocus={(e) => e.currentTarget.select()} />
      </div>
      <p className="live small" aria-live="polite">
        {copied}
      </p>
    </div>
  );
}
