import { useState } from 'react';
import { api } from '../api.ts';
import type { VerifyResult } from '../types.ts';
import { ErrorMessage, StatusMessage } from '../ui/Live.tsx';
import { useSubmit } from '../ui/useSubmit.ts';

/**
 * Checks the whole audit chain on the server and says whether it is intact, then the records that decide people's
 * fates against it, naming each one changed behind the application's back.
 */
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
        Each entry is sealed with a key kept outside the database and carries the seal of the one before it.
        Verifying recomputes every link from the first entry, then checks screening outcomes, decisions, plan
        approvals and chains of custody against the entries that recorded them.
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
      <StatusMessage
        tone="success"
        message={
          result?.records.ok
            ? `The records match the log: ${result.records.checked.screening ?? 0} screenings, ${result.records.checked.intervention_decision ?? 0} decisions, ${result.records.checked.operation ?? 0} plan approvals, ${result.records.checked.exhibit ?? 0} exhibits.`
            : null
        }
      />
      <ErrorMessage
        message={
          result && !result.records.ok
            ? `Records changed outside the application: ${result.records.problems.map((p) => p.problem).join('; ')}. Tell your system administrator now.`
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
