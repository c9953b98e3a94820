import { useState } from 'react';
import { api } from '../../api.ts';
import type { Me } from '../../types.ts';
import { formatDate } from '../../ui/format.ts';
import { ErrorMessage, StatusMessage } from '../../ui/Live.tsx';
import { useSubmit } from '../../ui/useSubmit.ts';
import { useLoad } from '../../useLoad.ts';
import { SummaryReview } from './SummaryReview.tsx';
import { draftApi, type Summary, type SummaryKind, summaryApi } from './types.ts';
import './summaries.css';

const SUBJECT: Record<SummaryKind, string> = { operation: 'operation', case: 'case file' };

/**
 * "Public summary for the press", on a concluded operation's page or a decided case file's: the agency drafts
 * it from the frozen figures (the server writes the first text), edits it, a second member approves it, then it
 * is released; it may be withdrawn with a reason. The server refuses a text naming the code name, the target,
 * its place, a victim or a suspect, and says so here.
 */
export function PublicSummaryPanel({
  kind,
  subjectId,
  me,
}: {
  kind: SummaryKind;
  subjectId: string;
  me: Me;
}) {
  const list = useLoad<{ summaries: Summary[] }>(`${summaryApi(kind)}/public-summaries`);
  const draft = useSubmit();
  const [said, setSaid] = useState<string | null>(null);
  const mine = (list.data?.summaries ?? []).filter((s) => s.subjectId === subjectId);
  const current = mine[0];
  const earlier = mine.slice(1);
  const changed = (message: string) => {
    setSaid(message);
    list.reload();
  };
  const start = draft.handle(async () => {
    setSaid(null);
    await api.post(draftApi(kind, subjectId), { text: null });
    changed(
      'Summary drafted from the figures. Read it, change the words if need be, then ask a colleague to approve it.',
    );
  });
  return (
    <section className="panel public-summary" aria-labelledby={`summary-h-${kind}`}>
      <h2 id={`summary-h-${kind}`}>Public summary for the press</h2>
      <p className="hint">
        Figures and outcomes only: never the code name, the target or its place, a victim or a suspect.
        Another member of your agency approves it before it is released.
        {kind === 'case' ? ' A case file is summarised once the court has decided.' : ''}
      </p>
      <ErrorMessage message={list.error} />
      {list.loading && !list.data ? <p className="muted">Loading the summaries…</p> : null}
      {current ? (
        <SummaryReview
          key={current.id}
          s={current}
          kind={kind}
          me={me}
          onChanged={changed}
          onStart={() => setSaid(null)}
        />
      ) : null}
      {list.data && (!current || current.status === 'withdrawn') ? (
        <div className="actions">
          <button type="button" className="button primary" disabled={draft.busy} onClick={() => void start()}>
            {current ? 'Draft a new summary' : 'Draft the summary'} from the {SUBJECT[kind]}’s figures
          </button>
        </div>
      ) : null}
      <ErrorMessage message={draft.error} />
      <StatusMessage message={said} tone="success" />
      {earlier.length ? (
        <details>
          <summary>Earlier summaries ({earlier.length})</summary>
          <ul className="earlier-summaries">
            {earlier.map((s) => (
              <li key={s.id}>
                {s.headline} — drafted {formatDate(s.draftedAt)},{' '}
                {s.status === 'withdrawn' ? `withdrawn: ${s.withdrawnReason ?? ''}` : s.status}
              </li>
            ))}
          </ul>
        </details>
      ) : null}
    </section>
  );
}
