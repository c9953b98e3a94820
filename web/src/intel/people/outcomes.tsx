import type { ReactNode } from 'react';
import { Trans, useTranslation } from 'react-i18next';
import { href } from '../../router.ts';
import { WrittenName } from './RecordCard.tsx';
import type { PersonRecord, WhereNow } from './types.ts';

/** A link to the person a record is grouped into now, by that person's label. */
export function PersonLink({ at }: { at: WhereNow['records'][number] | undefined }) {
  const { t } = useTranslation('intel');
  if (!at?.entityId) return <>{t('people.outcome.noPerson')}</>;
  return (
    <a href={href(`/intel/entities/${encodeURIComponent(at.entityId)}`)}>
      <WrittenName name={at.entityLabel ?? t('people.thisPerson')} />
    </a>
  );
}

/** A record's name as written, or "a record" when it may not be seen. */
function Named({ r }: { r: PersonRecord | null }) {
  const { t } = useTranslation('intel');
  return r ? <WrittenName name={r.name} /> : t('people.aRecord');
}

/** What a decision on a pair changed, in words, with links to where its records are now. */
export function decidedMessage(
  a: PersonRecord | null,
  b: PersonRecord | null,
  decision: 'same' | 'different',
  now: WhereNow,
): ReactNode {
  const at = (r: PersonRecord | null) => now.records.find((x) => x.id === r?.id);
  const names = { 1: <Named r={a} />, 2: <Named r={b} /> };
  if (decision === 'same')
    return (
      <Trans
        ns="intel"
        i18nKey="people.outcome.same"
        components={{ ...names, 3: <PersonLink at={at(a)} /> }}
      />
    );
  return (
    <Trans
      ns="intel"
      i18nKey="people.outcome.different"
      components={{ ...names, 3: <PersonLink at={at(a)} />, 4: <PersonLink at={at(b)} /> }}
    />
  );
}

/** What undoing a decision changed. */
export function undoneMessage(a: PersonRecord | null, b: PersonRecord | null, now: WhereNow): ReactNode {
  const at = (r: PersonRecord | null) => now.records.find((x) => x.id === r?.id);
  return (
    <Trans
      ns="intel"
      i18nKey="people.outcome.undone"
      components={{
        1: <Named r={a} />,
        2: <Named r={b} />,
        3: <PersonLink at={at(a)} />,
        4: <PersonLink at={at(b)} />,
      }}
    />
  );
}
