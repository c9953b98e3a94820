import { type ReactNode, useId, useState } from 'react';
import { Trans, useTranslation } from 'react-i18next';

export interface Created {
  displayName: string;
  link: string;
  hours: number;
  /** 'new': a new account's first link; 'reset': the link after an approved reset, handed over in person. */
  purpose?: 'new' | 'reset';
}

/** A one-time sign-in link (a new account's, or one after an approved reset), shown once. */
export function LinkResult({ created, children }: { created: Created; children?: ReactNode }) {
  const { t } = useTranslation('admin');
  const id = useId();
  const [copied, setCopied] = useState<string | null>(null);
  const reset = created.purpose === 'reset';
  const copy = async () => {
    try {
      await navigator.clipboard.writeText(created.link);
      setCopied(t('link.copied'));
    } catch {
      setCopied(t('link.copyRefused'));
    }
  };
  return (
    <div className="result" aria-live="polite">
      <h3>
        {reset
          ? t('link.resetFor', { name: created.displayName })
          : t('link.createdFor', { name: created.displayName })}
      </h3>
      {reset ? (
        <p>
          <Trans
            t={t}
            i18nKey="link.resetHandOver"
            values={{ name: created.displayName, count: created.hours }}
            components={{ 1: <strong /> }}
          />
        </p>
      ) : (
        <p>{t('link.newHandOver', { name: created.displayName, count: created.hours })}</p>
      )}
      <div className="field">
        <label htmlFor={id}>{t('link.label')}</label>
        <input
          id={id}
          className="mono"
          readOnly
          value={created.link}
          onFocus={(e) => e.currentTarget.select()}
        />
      </div>
      <button type="button" className="button small" onClick={() => void copy()}>
        {t('link.copy')}
      </button>
      <p className="small">{copied}</p>
      {children}
    </div>
  );
}
