import type { ReactNode } from 'react';
import { href } from '../../router.ts';
import { WrittenName } from './RecordCard.tsx';
import type { PersonRecord, WhereNow } from './types.ts';

/** A link to the person a record is grouped into now, by that person's label. */
export function PersonLink({ at }: { at: WhereNow['records'][number] | undefined }) {
  if (!at?.entityId) return <>no person yet</>;
  return (
    <a href={href(`/intel/entities/${encodeURIComponent(at.entityId)}`)}>
      <WrittenName name={at.entityLabel ?? 'this person'} />
    </a>
  );
}

const named = (r: PersonRecord | null) => (r ? <WrittenName name={r.name} /> : 'a record');

/** What a decision on a pair changed, in words, with links to where its records are now. */
export function decidedMessage(
  a: PersonRecord | null,
  b: PersonRecord | null,
  decision: 'same' | 'different',
  now: WhereNow,
): ReactNode {
  const at = (r: PersonRecord | null) => now.records.find((x) => x.id === r?.id);
  if (decision === 'same')
    return (
      <>
        Recorded: “{named(a)}” and “{named(b)}” are the same person, now <PersonLink at={at(a)} />.
      </>
    );
  return (
    <>
      Recorded: “{named(a)}” and “{named(b)}” are different people: the first is <PersonLink at={at(a)} />,
      the second <PersonLink at={at(b)} />.
    </>
  );
}

/** What undoing a decision changed. */
export function undoneMessage(a: PersonRecord | null, b: PersonRecord | null, now: WhereNow): ReactNode {
  const at = (r: PersonRecord | null) => now.records.find((x) => x.id === r?.id);
  return (
    <>
      Undone: the decision on “{named(a)}” and “{named(b)}” no longer binds. The model alone groups them now:
      the first is <PersonLink at={at(a)} />, the second <PersonLink at={at(b)} />.
    </>
  );
}
