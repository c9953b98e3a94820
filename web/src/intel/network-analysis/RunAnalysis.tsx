import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api } from '../../api.ts';
import { ErrorMessage, StatusMessage } from '../../ui/Live.tsx';
import { useSubmit } from '../../ui/useSubmit.ts';
import type { AnalysisRunBody, RunResult } from './types.ts';
import { runWords } from './words.ts';

/** Analyses the agency's whole picture again and says what it found; the groups and brokers are then reloaded. */
export function RunAnalysis({ onDone }: { onDone: () => void }) {
  const { t } = useTranslation('network');
  const { busy, error, handle } = useSubmit();
  const [result, setResult] = useState<RunResult | null>(null);
  const run = handle(async () => {
    setResult(null);
    setResult(await api.post<RunResult>('/api/intel/network/analyses', {} satisfies AnalysisRunBody));
    onDone();
  });
  return (
    <div className="network-run">
      <p className="hint" id="network-run-hint">
        {t('analysis.run.hint')}
      </p>
      <button
        type="button"
        className="button"
        disabled={busy}
        aria-describedby="network-run-hint"
        onClick={() => void run()}
      >
        {busy ? t('analysis.run.busy') : t('analysis.run.button')}
      </button>
      <ErrorMessage message={error} />
      <StatusMessage message={result && !busy ? runWords(t, result) : null} tone="success" />
    </div>
  );
}
