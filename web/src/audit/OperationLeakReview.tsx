import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { LeakReviewPanel } from '../plans/LeakReviewPanel.tsx';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/**
 * An ended operation's leak review, for an auditor of its agency or of a coordination body that oversees it. An
 * operation that has not ended, or that the auditor may not review, is "not found".
 */
export function OperationLeakReview() {
  const { t } = useTranslation('audit');
  const base = useId();
  const [typed, setTyped] = useState('');
  const [shown, setShown] = useState<string | null>(null);
  return (
    <section className="panel" aria-labelledby={`${base}-h`}>
      <h2 id={`${base}-h`}>{t('leakReview.title')}</h2>
      <form
        className="row"
        onSubmit={(e) => {
          e.preventDefault();
          setShown(typed.trim());
        }}
      >
        <div className="field">
          <label htmlFor={`${base}-id`}>{t('leakReview.operationId')}</label>
          <input
            id={`${base}-id`}
            value={typed}
            onChange={(e) => setTyped(e.target.value)}
            spellCheck={false}
          />
        </div>
        <div>
          <button type="submit" className="button" disabled={!UUID.test(typed.trim())}>
            {t('leakReview.review')}
          </button>
        </div>
      </form>
      {shown ? <LeakReviewPanel key={shown} id={shown} asAuditor /> : null}
    </section>
  );
}
