import { useState } from 'react';
import { api, detailList } from '../api.ts';
import { formatDateTime } from '../ui/format.ts';
import { keyed } from '../ui/keyed.ts';
import { ErrorMessage } from '../ui/Live.tsx';
import { useSubmit } from '../ui/useSubmit.ts';
import { CancelForm } from './CancelForm.tsx';
import { GoNoGoTicks } from './GoNoGoTicks.tsx';
import { OpStatusBadge } from './OpStatusBadge.tsx';
import { operationApi } from './paths.ts';
import type { Operation } from './types.ts';

interface Props {
  op: Operation;
  userId: string;
  /** The user commands this operation and may plan: they approve, start, conclude and cancel. */
  commands: boolean;
  onChange: (op: Operation) => void;
}

function History({ op }: { op: Operation }) {
  const at = (iso: string | null) => (iso ? ` on ${formatDateTime(iso)}` : '');
  return (
    <p className="muted small">
      Planned by {op.createdBy ?? 'someone unknown'}
      {at(op.createdAt)}; version {op.version} saved by {op.updatedBy ?? 'someone unknown'}
      {at(op.updatedAt)}.{op.approvedBy ? ` Approved by ${op.approvedBy}${at(op.approvedAt)}.` : ''}
      {op.startedAt ? ` Started${at(op.startedAt)}.` : ''}
      {op.concludedAt ? ` Concluded${at(op.concludedAt)}.` : ''}
    </p>
  );
}

function Items({ intro, items }: { intro: string; items: string[] }) {
  return (
    <>
      <p>{intro}</p>
      <ul className="gaps">
        {keyed(items, (g) => g).map(({ key, item }) => (
          <li key={key}>{item}</li>
        ))}
      </ul>
    </>
  );
}

/** What stands between the plan and its approval and start, and the commands that move the operation on. */
export function ReadinessPanel({ op, userId, commands, onChange }: Props) {
  const [refused, setRefused] = useState<string[]>([]);
  const { busy, error, handle } = useSubmit();
  const act = (path: string, body?: unknown) =>
    handle(async () => {
      setRefused([]);
      try {
        onChange(await api.post<Operation>(`${operationApi(op.id)}/${path}`, body));
      } catch (e) {
        setRefused([...detailList(e, 'gaps'), ...detailList(e, 'noGo')]);
        throw e;
      }
    });
  const planner = op.createdById === userId;
  return (
    <section className="panel readiness" aria-labelledby="readiness-h">
      <h2 id="readiness-h">Readiness</h2>
      <p>
        <OpStatusBadge status={op.status} />
      </p>
      <History op={op} />
      {op.status === 'planning' ? (
        op.gaps.length ? (
          <Items intro="Before it can be approved:" items={op.gaps} />
        ) : (
          <p className="notice notice-success">No gaps: the plan is ready for approval.</p>
        )
      ) : null}
      {op.status === 'approved' ? (
        op.noGo.length ? (
          <Items intro="Go/no-go items still to confirm before the start:" items={op.noGo} />
        ) : (
          <p className="notice notice-success">Every go/no-go item is confirmed.</p>
        )
      ) : null}
      {op.status === 'cancelled' ? <p>Cancelled: {op.cancelReason}</p> : null}
      {commands && (op.status === 'planning' || op.status === 'approved') && op.plan.goNoGo.length ? (
        <GoNoGoTicks op={op} onChange={onChange} />
      ) : null}
      {commands ? (
        <div className="actions">
          {op.status === 'planning' && !planner ? (
            <button
              type="button"
              className="button primary"
              disabled={busy}
              onClick={() => void act('approval', { version: op.version })()}
            >
              Approve the plan
            </button>
          ) : null}
          {op.status === 'approved' ? (
            <button
              type="button"
              className="button primary go"
              disabled={busy}
              onClick={() => void act('start')()}
            >
              Go
            </button>
          ) : null}
          {op.status === 'executing' ? (
            <button
              type="button"
              className="button primary"
              disabled={busy}
              onClick={() => void act('conclude')()}
            >
              Conclude the operation
            </button>
          ) : null}
        </div>
      ) : null}
      {commands && op.status === 'planning' && planner ? (
        <p className="hint">You planned this operation: another commanding member approves it.</p>
      ) : null}
      <ErrorMessage message={error} />
      {refused.length ? <Items intro="Refused because of:" items={refused} /> : null}
      {commands && (op.status === 'planning' || op.status === 'approved') ? (
        <CancelForm id={op.id} onChange={onChange} />
      ) : null}
    </section>
  );
}
