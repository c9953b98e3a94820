/** The rules' reasons and cautions for a recommendation, in the chosen language (the server sends codes). */
import type { TFunction } from 'i18next';
import type { Recommendation } from './types.ts';

type T = TFunction<'operations'>;

export function reasonWords(t: T, r: Recommendation['reasons'][number]): string {
  switch (r.code) {
    case 'thin_intelligence':
      return t('recommendation.reason.thin_intelligence', { grade: r.grade, count: r.reports });
    case 'planned_operation':
      return t('recommendation.reason.planned_operation', { count: r.people });
    default:
      return t(`recommendation.reason.${r.code}`);
  }
}

export const cautionWords = (t: T, c: Recommendation['cautions'][number]): string =>
  c.code === 'lawful_workers'
    ? t('recommendation.caution.lawful_workers', { count: c.count })
    : t(`recommendation.caution.${c.code}`);
