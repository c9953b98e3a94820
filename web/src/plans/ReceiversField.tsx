import { useTranslation } from 'react-i18next';
import { CheckGroup } from '../operations/CheckGroup.tsx';
import type { Agencies } from '../types.ts';
import { ErrorMessage } from '../ui/Live.tsx';
import type { Loaded } from '../useLoad.ts';

interface Props {
  /** The agencies, loaded by the plan form (whose summary names the chosen ones). */
  agencies: Loaded<Agencies>;
  chosen: string[];
  onChange: (chosen: string[]) => void;
}

const RECEIVING_KINDS = ['services', 'ngo', 'labour'];

/** The agencies that receive the people removed: they get the logistics brief, never the target or the time. */
export function ReceiversField({ agencies, chosen, onChange }: Props) {
  const { t } = useTranslation('plans');
  const list = (agencies.data?.agencies ?? []).filter(
    (a) => RECEIVING_KINDS.includes(a.kind) || chosen.includes(a.id),
  );
  return (
    <>
      <ErrorMessage message={agencies.error} />
      {agencies.data ? (
        <CheckGroup
          legend={t('form.receivers.legend')}
          options={list.map((a) => [a.id, a.name] as const)}
          chosen={chosen}
          onChange={onChange}
          hint={t('form.receivers.hint')}
        />
      ) : (
        <p className="muted">{t('form.receivers.loading')}</p>
      )}
    </>
  );
}
