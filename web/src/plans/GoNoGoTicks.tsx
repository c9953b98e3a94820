import { useTranslation } from 'react-i18next';
import { api } from '../api.ts';
import { ErrorMessage } from '../ui/Live.tsx';
import { useSubmit } from '../ui/useSubmit.ts';
import { operationApi } from './paths.ts';
import type { Operation } from './types.ts';

/**
 * The go/no-go items, each ticked on its own just before the start: ticking keeps the plan's approval (an edit of
 * the plan would send it back for approval).
 */
export function GoNoGoTicks({ op, onChange }: { op: Operation; onChange: (op: Operation) => void }) {
  const { t } = useTranslation('plans');
  const { busy, error, handle } = useSubmit();
  const tick = (index: number, done: boolean) =>
    handle(async () => {
      onChange(
        await api.post<Operation>(`${operationApi(op.id)}/checklist`, { list: 'goNoGo', index, done }),
      );
    });
  return (
    <fieldset className="form-group go-no-go">
      <legend>{t('readiness.confirmations')}</legend>
      {op.plan.goNoGo.map((item, index) => (
        // biome-ignore lint/suspicious/noArrayIndexKey: the items are addressed by their position in the plan
        <label key={index} className="check">
          <input
            type="checkbox"
            checked={item.done}
            disabled={busy}
            onChange={(e) => void tick(index, e.currentTarget.checked)()}
          />{' '}
          {item.item}
        </label>
      ))}
      <ErrorMessage message={error} />
    </fieldset>
  );
}
