import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api } from '../api.ts';
import type { VerifyResult } from '../types.ts';
import { ErrorMessage, StatusMessage } from '../ui/Live.tsx';
import { useSubmit } from '../ui/useSubmit.ts';
import { seqWords } from './words.ts';

/**
 * Checks the whole audit chain on the server and says whether it is intact, then the records that decide people's
 * fates against it, naming each one changed behind the application's back.
 */
export function VerifyChain({ onVerified }: { onVerified: () => void }) {
  const { t } = useTranslation('audit');
  const [result, setResult] = useState<VerifyResult | null>(null);
  const { busy, error, handle } = useSubmit();
  const verify = handle(async () => {
    setResult(null);
    setResult(await api.post<VerifyResult>('/api/audit/verify'));
    onVerified();
  });
  const broken = result && !result.ok;
  const checked = result?.records.checked ?? {};
  return (
    <section className="panel" aria-labelledby="verify-heading">
      <h2 id="verify-heading">{t('verify.title')}</h2>
      <p>{t('verify.explain')}</p>
      <button type="button" className="button primary" onClick={() => void verify()} disabled={busy}>
        {busy ? t('verify.verifying') : t('verify.verify')}
      </button>
      <StatusMessage
        tone="success"
        message={
          result?.ok ? t('verify.intact', { count: result.checked, head: seqWords(result.headSeq) }) : null
        }
      />
      <StatusMessage
        tone="success"
        message={
          result?.records.ok
            ? t('verify.recordsMatch', {
                screenings: checked.screening ?? 0,
                decisions: checked.intervention_decision ?? 0,
                approvals: checked.operation ?? 0,
                exhibits: checked.exhibit ?? 0,
              })
            : null
        }
      />
      <ErrorMessage
        message={
          result && !result.records.ok
            ? t('verify.recordsChanged', {
                problems: result.records.problems.map((p) => p.problem).join('; '),
              })
            : null
        }
      />
      <ErrorMessage
        message={
          broken
            ? t('verify.broken', {
                count: result.checked,
                seq: result.firstBad ? seqWords(result.firstBad.seq) : '?',
                problem: result.firstBad?.problem ?? t('verify.unknownProblem'),
              })
            : error
        }
      />
    </section>
  );
}
