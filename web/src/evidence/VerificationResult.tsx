import { keyed } from '../ui/keyed.ts';
import type { Exhibit } from './types.ts';

/** The chain of custody re-computed by the server when the record was read. */
export function VerificationResult({ v }: { v: Exhibit['verification'] }) {
  if (v.intact) {
    return (
      <p className="notice notice-success verification">
        Chain of custody intact: {v.entries} {v.entries === 1 ? 'entry' : 'entries'}, each hash re-computed
        and matching the audit log.
      </p>
    );
  }
  return (
    <div className="notice notice-error verification" role="alert">
      <p>Chain of custody broken: {v.problems.length} problem(s) found.</p>
      <ul>
        {keyed(v.problems, (p) => p).map(({ key, item }) => (
          <li key={key}>{item}</li>
        ))}
      </ul>
    </div>
  );
}
