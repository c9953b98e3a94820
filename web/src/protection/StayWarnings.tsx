import { href } from '../router.ts';
import { ErrorMessage } from '../ui/Live.tsx';
import { useLoad } from '../useLoad.ts';
import type { StayWarning } from './case-types.ts';
import { stayWarningWords } from './labels.ts';
import type { ProtectionCase } from './types.ts';

/** The agency's open stays that need attention (too long, tied to a court date, not free to leave), longest first. */
export function StayWarnings({ cases }: { cases: readonly ProtectionCase[] }) {
  const list = useLoad<{ thresholds: number[]; warnings: StayWarning[] }>('/api/protection/stay-warnings');
  const pseudonym = (caseId: string) => cases.find((c) => c.id === caseId)?.pseudonym ?? 'The case';
  const warnings = list.data?.warnings ?? [];
  return (
    <section className="panel" aria-labelledby="stay-warnings-h">
      <h2 id="stay-warnings-h">Stays that need attention</h2>
      <ErrorMessage message={list.error} />
      {list.data ? (
        <p className="hint">
          An open stay is flagged past {list.data.thresholds.join(' and ')} days, when it is tied to a court
          date, and at once when the person is not free to leave.
        </p>
      ) : null}
      {list.data && warnings.length === 0 ? <p className="muted">No stay needs attention.</p> : null}
      {warnings.length > 0 ? (
        <ul aria-label="Stay warnings">
          {warnings.map((w) => (
            <li key={w.id}>
              <a href={href(`/protection/${encodeURIComponent(w.caseId)}`)}>{pseudonym(w.caseId)}</a> at{' '}
              {w.place}, {w.days} {w.days === 1 ? 'day' : 'days'}:{' '}
              <strong>{w.warnings.map(stayWarningWords).join('; ')}</strong>.{' '}
              <span className="muted">
                {w.owner ? `Caseworker: ${w.owner.name}${w.mine ? ' (you)' : ''}.` : 'No caseworker yet.'}
              </span>
            </li>
          ))}
        </ul>
      ) : null}
      {list.loading && !list.data ? <p className="muted">Loading the stay warnings…</p> : null}
    </section>
  );
}
