import { useState } from 'react';
import { api } from '../api.ts';
import type { VerifyResult } from '../types.ts';
import { ErrorMessage, StatusMessage } from '../ui/Live.tsx';
import { useSubmit } from '../ui/useSubmit.ts';

/** Checks the whole audit chain on the server and says whether it is intact. */
export function VerifyChain({ onVerified }: { onVerified: () => void }) {
  const [result, setResult] = useState<VerifyResult | null>(null);
  const { busy, error, handle } = useSubmit();
  const verify = handle(async () => {
    setResult(null);
    setResult(await api.post<VerifyResult>('/api/audit/verify'));
    onVerified();
  });
  const broken = result && !result.ok;
  return (
    <section className="panel" aria-labelledby="verify-heading">
      <h2 id="verify-heading">Check the chain</h2>
      <p>
        Each entry carries a hash of the one before it. Verifying recomputes every link from the first entry.
      </p>
      <button type="button" className="button primary" onClick={() => void verify()} disabled={busy}>
        {busy ? 'Verifying…' : 'Verify the chain'}
      </button>
      <StatusMessage
        tone="success"
        message={
          result?.ok
            ? `The chain is intact: ${result.checked} entries checked, up to entry ${result.headSeq}.`
            : null
        }
      />
      <ErrorMessage
        message={
          broken
            ? `The chain is broken at entry ${result.firstBad?.seq ?? '?'}: ${result.firstBad?.problem ?? 'unknown problem'}. ` +
              `${result.checked} entries checked. Tell your system administrator now.`
            : error
        }
      />
    </section>
  );
}
