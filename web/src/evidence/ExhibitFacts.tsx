import { useTranslation } from 'react-i18next';
import { evidenceCategoryOptions } from '../plans/labels.ts';
import { operationPath } from '../plans/paths.ts';
import { href } from '../router.ts';
import { wordFor } from '../screening/labels.ts';
import { formatInstant } from '../ui/format.ts';
import { exhibitNatureWord, exhibitStateOptions } from './labels.ts';
import type { Exhibit } from './types.ts';

/** What the exhibit is, who seized it, when and where, its seal or hash, and where it is now. */
export function ExhibitFacts({ x }: { x: Exhibit }) {
  const { t } = useTranslation('evidence');
  return (
    <dl className="facts exhibit-facts">
      <dt>{t('facts.agency')}</dt>
      <dd>{x.agency}</dd>
      {x.operation ? (
        <>
          <dt>{t('facts.operation')}</dt>
          <dd>
            <a href={href(operationPath(x.operation.id))}>{x.operation.codeName}</a>
          </dd>
        </>
      ) : null}
      <dt>{t('facts.kind')}</dt>
      <dd>
        {t('facts.kindWords', {
          category: wordFor(evidenceCategoryOptions(), x.category),
          nature: exhibitNatureWord(x.nature),
        })}
      </dd>
      <dt>{t('facts.description')}</dt>
      <dd>{x.description}</dd>
      <dt>{t('facts.collectedBy')}</dt>
      <dd>{x.collectedBy ?? t('facts.unknown')}</dd>
      <dt>{t('facts.collectedAt')}</dt>
      <dd>{formatInstant(x.collectedAt)}</dd>
      <dt>{t('facts.collectedWhere')}</dt>
      <dd>{x.collectedWhere}</dd>
      {x.sealNumber ? (
        <>
          <dt>{t('facts.sealNumber')}</dt>
          <dd>{x.sealNumber}</dd>
        </>
      ) : null}
      {x.digitalHash ? (
        <>
          <dt>{t('facts.hashAtCollection', { algorithm: (x.hashAlgorithm ?? 'hash').toUpperCase() })}</dt>
          <dd className="mono hash">{x.digitalHash}</dd>
        </>
      ) : null}
      <dt>{t('facts.state')}</dt>
      <dd>{wordFor(exhibitStateOptions(), x.state)}</dd>
      <dt>{t('facts.custodian')}</dt>
      <dd>{x.custodian}</dd>
      <dt>{t('facts.location')}</dt>
      <dd>{x.location}</dd>
    </dl>
  );
}
