import { useState } from 'react';
import { api } from '../../api.ts';
import { ErrorMessage, StatusMessage } from '../../ui/Live.tsx';
import { useSubmit } from '../../ui/useSubmit.ts';
import type { RunSummary } from './types.ts';

const n = (x: number) => x.toLocaleString('en-US');

/** The summary of a run in one sentence, for the live region. */
export function runWords(s: RunSummary): string {
  return (
    `Resolved ${n(s.records)} records into ${n(s.entities)} people and organisations (${n(s.created)} new) ` +
    `in ${(s.ms / 1000).toFixed(1)} s: ${n(s.pairs)} pairs scored, ${n(s.match)} taken as one person, ` +
    `${n(s.review)} waiting for review; ${n(s.links)} links to phones, accounts, documents and vehicles.`
  );
}

/** Runs resolution over the agency's records (analysts' decisions are kept) and says what it found. */
export function RunResolution({ onDone }: { onDone: () => void }) {
  const { busy, error, handle } = useSubmit();
  const [summary, setSummary] = useState<RunSummary | null>(null);
  const run = handle(async () => {
    setSummary(null);
    setSummary(await api.post<RunSummary>('/api/intel/resolution/runs'));
    onDone();
  });
  return (
    <section className="panel" aria-labelledby="resolution-run-h">
      <h2 id="resolution-run-h">Resolve records into people</h2>
      <p className="hint">
        Groups the names in subscriber registers, transfers, border crossings, registries and your own entries
        into people, organisations, phones, accounts and vehicles. Analysts’ decisions are kept; nothing a
        source wrote is changed.
      </p>
      <button type="button" className="button" disabled={busy} onClick={() => void run()}>
        {busy ? 'Resolving…' : 'Run resolution'}
      </button>
      <ErrorMessage message={error} />
      <StatusMessage message={summary && !busy ? runWords(summary) : null} tone="success" />
    </section>
  );
}
