import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api, detailList } from '../api.ts';
import { ConfirmButton } from '../ui/ConfirmButton.tsx';
import { formatDateTime } from '../ui/format.ts';
import { keyed } from '../ui/keyed.ts';
import { ErrorMessage } from '../ui/Live.tsx';
import { useSubmit } from '../ui/useSubmit.ts';
import { CancelForm } from './CancelForm.tsx';
import { GoNoGoTicks } from './GoNoGoTicks.tsx';
import { gapWords, refusedGaps } from './gaps.ts';
import { OpStatusBadge } from './OpStatusBadge.tsx';
import { operationApi } from './paths.ts';
import type { Operation, PlanApprovalBody } from './types.ts';

interface Props {
  op: Operation;
  userId: string;
  /** The user commands this operation and may plan: they approve, start, conclude and cancel. */
  commands: boolean;
  onChange: (op: Operation) => void;
}

function History({ op }: { op: Operation }) {
  const { t } = useTranslation('plans');
  const unknown = t('readiness.history.unknown');
  const sentences = [
    t('readiness.history.planned', {
      name: op.createdBy ?? unknown,
      date: formatDateTime(op.createdAt),
      version: op.version,
      by: op.updatedBy ?? unknown,
      when: formatDateTime(op.updatedAt),
    }),
  ];
  if (op.approvedBy)
    sentences.push(
      op.approvedAt
        ? t('readiness.history.approved', { name: op.approvedBy, date: formatDateTime(op.approvedAt) })
        : t('readiness.history.approvedUndated', { name: op.approvedBy }),
    );
  if (op.startedAt) sentences.push(t('readiness.history.started', { date: formatDateTime(op.startedAt) }));
  if (op.concludedAt)
    sentences.push(t('readiness.history.concluded', { date: formatDateTime(op.concludedAt) }));
  return <p className="muted small">{sentences.join(' ')}</p>;
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
  const { t } = useTranslation('plans');
  const [refused, setRefused] = useState<string[]>([]);
  const { busy, error, handle } = useSubmit();
  const command = (path: string) => `${operationApi(op.id)}/${path}`;
  const act = (send: () => Promise<Operation>) =>
    handle(async () => {
      setRefused([]);
      try {
        onChange(await send());
      } catch (e) {
        setRefused([...refusedGaps(e).map((g) => gapWords(t, g)), ...detailList(e, 'noGo')]);
        throw e;
      }
    });
  const planner = op.createdById === userId;
  return (
    <section className="panel readiness" aria-labelledby="readiness-h">
      <h2 id="readiness-h">{t('readiness.title')}</h2>
      <p>
        <OpStatusBadge status={op.status} />
      </p>
      <History op={op} />
      {op.status === 'planning' ? (
        op.gaps.length ? (
          <Items intro={t('readiness.gaps')} items={op.gaps.map((g) => gapWords(t, g))} />
        ) : (
          <p className="notice notice-success">{t('readiness.noGaps')}</p>
        )
      ) : null}
      {op.status === 'approved' ? (
        op.noGo.length ? (
          <Items intro={t('readiness.noGo')} items={op.noGo} />
        ) : (
          <p className="notice notice-success">{t('readiness.allConfirmed')}</p>
        )
      ) : null}
      {op.status === 'cancelled' ? (
        <p>{t('readiness.cancelled', { reason: op.cancelReason ?? '' })}</p>
      ) : null}
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
              onClick={() =>
                void act(() =>
                  api.post<Operation>(command('approval'), {
                    version: op.version,
                  } satisfies PlanApprovalBody),
                )()
              }
            >
              {t('readiness.approve')}
            </button>
          ) : null}
          {op.status === 'approved' ? (
            <ConfirmButton
              primary
              label={t('readiness.go')}
              question={t('readiness.goQuestion')}
              confirmLabel={t('readiness.goConfirm')}
              busy={busy}
              onConfirm={() => void act(() => api.post<Operation>(command('start')))()}
            />
          ) : null}
          {op.status === 'executing' ? (
            <ConfirmButton
              primary
              label={t('readiness.conclude')}
              question={t('readiness.concludeQuestion')}
              confirmLabel={t('readiness.concludeConfirm')}
              busy={busy}
              onConfirm={() => void act(() => api.post<Operation>(command('conclude')))()}
            />
          ) : null}
        </div>
      ) : null}
      {commands && op.status === 'planning' && planner ? (
        <p className="hint">{t('readiness.ownPlan')}</p>
      ) : null}
      <ErrorMessage message={error} />
      {refused.length ? <Items intro={t('readiness.refused')} items={refused} /> : null}
      {commands && (op.status === 'planning' || op.status === 'approved') ? (
        <CancelForm id={op.id} onChange={onChange} />
      ) : null}
    </section>
  );
}
