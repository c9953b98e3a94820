import { useTranslation } from 'react-i18next';
import { api } from '../api.ts';
import { ErrorMessage, StatusMessage } from '../ui/Live.tsx';
import { tipApi } from './labels.ts';
import { useTipAction } from './useTipAction.ts';

/** A closed tip, for those who triage: reopened when it was closed too soon (it returns to the queue, triaged). */
export function ReopenPanel({ tipId, onChanged }: { tipId: string; onChanged: () => void }) {
  const { t } = useTranslation('monitoring');
  const action = useTipAction(onChanged);
  return (
    <section className="panel" aria-labelledby="reopen-h">
      <h2 id="reopen-h">{t('reopen.title')}</h2>
      <p>{t('reopen.text')}</p>
      <button
        type="button"
        className="button"
        disabled={action.busy}
        onClick={() => void action.run(() => api.post(tipApi(tipId, '/reopen')), t('reopen.done'))()}
      >
        {t('reopen.button')}
      </button>
      <ErrorMessage message={action.error} />
      <StatusMessage message={action.done} tone="success" />
    </section>
  );
}
