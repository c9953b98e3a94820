import type { ParseKeys } from 'i18next';
import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api } from '../api.ts';
import { ErrorMessage, StatusMessage } from '../ui/Live.tsx';
import { tipApi } from './labels.ts';
import type { FamilyNumberBody } from './types.ts';
import { useTipAction } from './useTipAction.ts';

type Relation = FamilyNumberBody['relation'];
// The server's relations (its schema's enum), listed here so that the bundle does not carry the schema library:
// `satisfies` refuses one the server does not know, and ALL_LISTED one it knows that is missing here.
const RELATIONS = [
  'parent',
  'spouse',
  'sibling',
  'child',
  'other_relative',
] as const satisfies readonly Relation[];
const ALL_LISTED: [Exclude<Relation, (typeof RELATIONS)[number]>] extends [never] ? true : never = true;
void ALL_LISTED;

/**
 * For those who record tips: when the tip came from a victim's family, the number the family is reached on and how
 * they are related, recorded sealed beside the tip (src/monitoring/family-numbers.ts). It is not shown again: the
 * analysts' night-calls view matches it against call records and names the family by this tip only.
 */
export function FamilyNumberPanel({ tipId }: { tipId: string }) {
  const { t } = useTranslation('monitoring');
  const id = useId();
  const [number, setNumber] = useState('');
  const [relation, setRelation] = useState<Relation>('parent');
  const action = useTipAction(() => setNumber(''));
  const submit = (e: React.FormEvent) => {
    e.preventDefault();
    if (action.refuse(number.trim() ? null : t('familyNumber.missing'))) return;
    void action.run(
      () =>
        api.post(tipApi(tipId, '/family-numbers'), {
          number: number.trim(),
          relation,
        } satisfies FamilyNumberBody),
      t('familyNumber.done'),
    )();
  };
  return (
    <section className="panel" aria-labelledby={`${id}-h`}>
      <h2 id={`${id}-h`}>{t('familyNumber.title')}</h2>
      <p className="hint">{t('familyNumber.hint')}</p>
      <form onSubmit={submit} noValidate>
        <p>
          <label htmlFor={`${id}-number`}>{t('familyNumber.number')}</label>
          <input
            id={`${id}-number`}
            type="tel"
            autoComplete="off"
            value={number}
            maxLength={40}
            onChange={(e) => setNumber(e.target.value)}
          />
        </p>
        <p>
          <label htmlFor={`${id}-relation`}>{t('familyNumber.relation')}</label>
          <select
            id={`${id}-relation`}
            value={relation}
            onChange={(e) => setRelation(e.target.value as Relation)}
          >
            {RELATIONS.map((r) => (
              <option key={r} value={r}>
                {t(`familyNumber.relations.${r}` as ParseKeys<'monitoring'>)}
              </option>
            ))}
          </select>
        </p>
        <button type="submit" className="button" disabled={action.busy}>
          {t('familyNumber.button')}
        </button>
      </form>
      <ErrorMessage message={action.error} />
      <StatusMessage message={action.done} tone="success" />
    </section>
  );
}
