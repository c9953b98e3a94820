import { useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api, messageOf } from '../api.ts';
import { ErrorMessage } from '../ui/Live.tsx';
import { operationApi } from './paths.ts';
import type { ChecklistTickBody, Operation } from './types.ts';

/**
 * The go/no-go items, each ticked on its own just before the start: ticking keeps the plan's approval and version
 * (an edit of the plan would send it back for approval). Every click counts: a box shows its new state at once,
 * the ticks go to the server one after another in the order they were made, and a failed one goes back with a
 * message.
 */
export function GoNoGoTicks({ op, onChange }: { op: Operation; onChange: (op: Operation) => void }) {
  const { t } = useTranslation('plans');
  const [pending, setPending] = useState<ReadonlyMap<number, boolean>>(new Map());
  const [error, setError] = useState<string | null>(null);
  const queue = useRef<Promise<void>>(Promise.resolve());
  const settle = (index: number, done: boolean) =>
    setPending((p) => {
      if (p.get(index) !== done) return p;
      const next = new Map(p);
      next.delete(index);
      return next;
    });
  const tick = (index: number, done: boolean) => {
    setPending((p) => new Map(p).set(index, done));
    queue.current = queue.current.then(async () => {
      try {
        onChange(
          await api.post<Operation>(`${operationApi(op.id)}/checklist`, {
            list: 'goNoGo',
            index,
            done,
          } satisfies ChecklistTickBody),
        );
        setError(null);
      } catch (e) {
        setError(messageOf(e));
      } finally {
        settle(index, done);
      }
    });
  };
  return (
    <fieldset className="form-group go-no-go">
      <legend>{t('readiness.confirmations')}</legend>
      {op.plan.goNoGo.map((item, index) => (
        // biome-ignore lint/suspicious/noArrayIndexKey: the items are addressed by their position in the plan
        <label key={index} className="check">
          <input
            type="checkbox"
            checked={pending.get(index) ?? item.done}
            aria-busy={pending.has(index)}
            onChange={(e) => tick(index, e.currentTarget.checked)}
          />{' '}
          {item.item}
        </label>
      ))}
      <ErrorMessage message={error} />
    </fieldset>
  );
}
