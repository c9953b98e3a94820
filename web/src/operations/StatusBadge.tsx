import { wordFor } from '../screening/labels.ts';
import { STATUSES } from './labels.ts';
import type { Status } from './types.ts';

export function StatusBadge({ status }: { status: Status }) {
  return (
    <span className={`status-badge status-${status.replace('_', '-')}`}>{wordFor(STATUSES, status)}</span>
  );
}
