import { api } from '../api.ts';
import { ErrorMessage, StatusMessage } from '../ui/Live.tsx';
import { tipApi } from './labels.ts';
import { useTipAction } from './useTipAction.ts';

/** A closed tip, for those who triage: reopened when it was closed too soon (it returns to the queue, triaged). */
export function ReopenPanel({ tipId, onChanged }: { tipId: string; onChanged: () => void }) {
  const action = useTipAction(onChanged);
  return (
    <section className="panel" aria-labelledby="reopen-h">
      <h2 id="reopen-h">Closed</h2>
      <p>This tip is closed. Reopen it if it was closed too soon: it returns to the queue.</p>
      <button
        type="button"
        className="button"
        disabled={action.busy}
        onClick={() => void action.run(() => api.post(tipApi(tipId, '/reopen')), 'Tip reopened.')()}
      >
        Reopen the tip
      </button>
      <ErrorMessage message={action.error} />
      <StatusMessage message={action.done} tone="success" />
    </section>
  );
}
