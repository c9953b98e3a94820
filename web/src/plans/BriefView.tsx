import { useTranslation } from 'react-i18next';
import { formatDay } from '../ui/datetime.ts';
import { formatNumber } from '../ui/format.ts';
import { languageWords, siteWords } from './labels.ts';
import type { Brief } from './types.ts';

/** What a receiving service needs to prepare, and nothing that could reveal the target, the place or the time. */
export function BriefView({ b }: { b: Brief }) {
  const { t } = useTranslation('plans');
  const p = b.expectedPeople;
  return (
    <dl className="facts brief-facts">
      <dt>{t('brief.readyBy')}</dt>
      <dd>{b.readyBy ? formatDay(b.readyBy) : t('brief.notSetYet')}</dd>
      <dt>{t('brief.people')}</dt>
      <dd>{formatNumber(p.count)}</dd>
      <dt>{t('brief.children')}</dt>
      <dd>{formatNumber(p.children)}</dd>
      <dt>{t('brief.languages')}</dt>
      <dd>{languageWords(p.languages)}</dd>
      <dt>{t('brief.medicalNeeds')}</dt>
      <dd>{p.medicalNeeds || t('brief.noneKnown')}</dd>
      <dt>{t('brief.site')}</dt>
      <dd>{b.screeningSite ? siteWords(b.screeningSite) : t('brief.notChosenYet')}</dd>
    </dl>
  );
}
