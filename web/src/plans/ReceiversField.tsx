import { CheckGroup } from '../operations/CheckGroup.tsx';
import type { Agency } from '../types.ts';
import { ErrorMessage } from '../ui/Live.tsx';
import { useLoad } from '../useLoad.ts';

interface Props {
  chosen: string[];
  onChange: (chosen: string[]) => void;
}

const RECEIVING_KINDS = ['services', 'ngo', 'labour'];

/** The agencies that receive the people removed: they get the logistics brief, never the target or the time. */
export function ReceiversField({ chosen, onChange }: Props) {
  const agencies = useLoad<{ agencies: Agency[] }>('/api/agencies');
  const list = (agencies.data?.agencies ?? []).filter(
    (a) => RECEIVING_KINDS.includes(a.kind) || chosen.includes(a.id),
  );
  return (
    <>
      <ErrorMessage message={agencies.error} />
      {agencies.data ? (
        <CheckGroup
          legend="Receiving services"
          options={list.map((a) => [a.id, a.name] as const)}
          chosen={chosen}
          onChange={onChange}
          hint="They see a logistics brief: how many people, which languages, medical needs, the screening site and the ready-by date. Never the target, the place or the time."
        />
      ) : (
        <p className="muted">Loading the agencies…</p>
      )}
    </>
  );
}
