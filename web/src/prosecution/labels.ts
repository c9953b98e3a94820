import type { TFunction } from 'i18next';
import { formatNumber } from '../ui/format.ts';
import type { Burden, ElementStatus } from './types.ts';

/** The tier each role classes a suspect in (src/prosecution/suspect-roles.ts). */
export const ROLE_TIER: Record<string, string> = {
  recruiter: 'facilitator',
  broker: 'exploiter',
  transporter: 'facilitator',
  site_owner: 'exploiter',
  supervisor: 'facilitator',
  guard: 'facilitator',
  money_collector: 'exploiter',
  protecting_official: 'exploiter',
};

/** The class of an element's standing (prosecution.css), so that it reads at a glance as well as in words. */
export const STATUS_TONE: Record<ElementStatus, string> = {
  independent: 'standing standing-independent',
  testimony: 'standing standing-testimony',
  victim_only: 'standing standing-victim_only',
  gap: 'standing standing-gap',
};

/** The testimony-burden figure in words, e.g. "1 of 3 proven elements rests on victim testimony alone". */
export function burdenFigure(t: TFunction<'prosecution'>, b: Burden): string {
  if (b.elements === 0) return t('burden.noElement');
  if (b.proven === 0) return t('burden.noneProven', { count: b.elements });
  const figure = { count: b.proven, resting: b.restingOnVictim };
  return b.restingOnVictim === 1 ? t('burden.figureRests', figure) : t('burden.figureRest', figure);
}

/** How the elements stand, in one sentence. */
export function burdenBreakdown(t: TFunction<'prosecution'>, b: Burden): string {
  return t('burden.breakdown', {
    elements: t('burden.elements', { count: b.elements }),
    independent: b.independent,
    others: b.otherTestimony,
    victim: b.restingOnVictim,
    gaps: t('burden.gaps', { count: b.gaps }),
  });
}

/** The share of proven elements resting on the victim, as a percentage. */
export const burdenPercent = (b: Burden): string =>
  formatNumber(b.burden, { style: 'percent', maximumFractionDigits: 0 });
