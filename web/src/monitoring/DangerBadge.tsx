import { wordFor } from '../screening/labels.ts';
import { DANGERS } from './labels.ts';

/** The danger in words, a risk to life drawn strongly so no one misses it. */
export function DangerBadge({ danger }: { danger: string | null }) {
  const code = danger ?? 'unknown';
  return <span className={`danger danger-${code}`}>{wordFor(DANGERS, code)}</span>;
}

/** Overdue and escalated, as badges beside a tip. */
export function TipBadges({ overdue, escalated }: { overdue: boolean; escalated: boolean }) {
  return (
    <>
      {overdue ? <span className="status-badge tip-overdue">Overdue</span> : null}{' '}
      {escalated ? <span className="status-badge tip-escalated">Escalated</span> : null}
    </>
  );
}
