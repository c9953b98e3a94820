import { wordFor } from '../screening/labels.ts';
import { OP_STATUSES } from './labels.ts';
import type { OpStatus } from './types.ts';

export function OpStatusBadge({ status }: { status: OpStatus }) {
  return <span className={`status-badge op-${status}`}>{wordFor(OP_STATUSES, status)}</span>;
}
