import { useState } from 'react';
import { formatDate } from '../../ui/format.ts';
import { ErrorMessage } from '../../ui/Live.tsx';
import { useLoad } from '../../useLoad.ts';
import type { ReleasedSummary } from './types.ts';
import './summaries.css';

/** The text as the press office passes it on: headline, then the body. */
const pressText = (s: ReleasedSummary) => `${s.headline}\n\n${s.body}`;

function Released({ s }: { s: ReleasedSummary }) {
  const [copied, setCopied] = useState<string | null>(null);
  const copy = async () => {
    try {
      await navigator.clipboard.writeText(pressText(s));
      setCopied('Text copied.');
    } catch {
      setCopied('Copying is not allowed here; select the text and copy it instead.');
    }
  };
  return (
    <article className="released-summary" aria-labelledby={`released-${s.id}`}>
      <h3 id={`released-${s.id}`}>{s.headline}</h3>
      <p className="muted">
        {s.agency} · {s.kind === 'case' ? 'case before the court' : 'operation'} · released{' '}
        {formatDate(s.releasedAt)}
      </p>
      <p className="summary-text">{s.body}</p>
      <div className="actions">
        <button type="button" className="button small" onClick={() => void copy()}>
          Copy the text
        </button>
        <span className="small" aria-live="polite">
          {copied}
        </span>
      </div>
    </article>
  );
}

/** `#/outcomes/summaries`: what every agency has released to the press, newest first, ready to pass on. */
export function ReleasedSummaries() {
  const list = useLoad<{ summaries: ReleasedSummary[] }>('/api/outcomes/summaries');
  return (
    <section className="panel" aria-labelledby="released-h">
      <h2 id="released-h">Released summaries</h2>
      <p className="hint">
        Summaries of concluded operations and decided cases, approved by a second person in the agency that
        wrote them and released to the press: figures and outcomes only.
      </p>
      <ErrorMessage message={list.error} />
      {list.loading && !list.data ? <p className="muted">Loading the summaries…</p> : null}
      {list.data && list.data.summaries.length === 0 ? (
        <p className="muted">No summary released yet.</p>
      ) : null}
      {(list.data?.summaries ?? []).map((s) => (
        <Released key={s.id} s={s} />
      ))}
    </section>
  );
}
