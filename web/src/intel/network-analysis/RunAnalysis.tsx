import { useState } from 'react';
import { api } from '../../api.ts';
import { ErrorMessage, StatusMessage } from '../../ui/Live.tsx';
import { useSubmit } from '../../ui/useSubmit.ts';
import type { RunResult } from './types.ts';
import { runWords } from './words.ts';

/** Analyses the agency's whole picture again and says what it found; the groups and brokers are then reloaded. */
export function RunAnalysis({ onDone }: { onDone: () => void }) {
  const { busy, error, handle } = useSubmit();
  const [result, setResult] = useState<RunResult | null>(null);
  const run = handle(async () => {
    setResult(null);
    setResult(await api.post<RunResult>('/api/intel/network/analyses', {}));
    onDone();
  });
  return (
    <div className="network-run">
      <p className="hint" id="network-run-hint">
        Reads every person, site, phone and account your agency holds, the links between them, the reports
        that name them together and the calls and transfers between them; finds the groups and ranks the
        brokers of the sites named in reports or targeted by operations. On a large picture this may take a
        minute or more; the results below are replaced when it ends.
      </p>
      <button
        type="button"
        className="button"
        disabled={busy}
        aria-describedby="network-run-hint"
        onClick={() => void run()}
      >
        {busy ? 'Analysing the network…' : 'Analyse the network'}
      </button>
      <ErrorMessage message={error} />
      <StatusMessage message={result && !busy ? runWords(result) : null} tone="success" />
    </div>
  );
}
