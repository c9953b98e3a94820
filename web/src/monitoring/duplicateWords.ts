/** Why two tips may tell the same matter, in the chosen language: the server sends codes with their values. */
import type { TFunction } from 'i18next';
import { formatNumber, numberFormat } from '../ui/format.ts';
import type { DuplicateFound } from './types.ts';

type DuplicateReason = DuplicateFound['reasons'][number];

function reasonWords(t: TFunction<'monitoring'>, r: DuplicateReason): string {
  switch (r.code) {
    case 'same_number': {
      const reason = t(`duplicates.reason.number.${r.kind}`);
      return r.count > 1 ? t('duplicates.reason.numberCount', { reason, n: formatNumber(r.count) }) : reason;
    }
    case 'same_place':
      return t('duplicates.reason.samePlace');
    case 'near':
      return t('duplicates.reason.near', { metres: formatNumber(r.metres) });
    case 'same_place_named':
      return t('duplicates.reason.samePlaceNamed');
    case 'words_shared':
      return t('duplicates.reason.wordsShared', {
        percent: numberFormat({ style: 'percent', maximumFractionDigits: 0 }).format(r.percent / 100),
      });
  }
}

/** The reasons as one list: "same phone number; places 62 m apart; 21% of the words shared". */
export const reasonsWords = (t: TFunction<'monitoring'>, reasons: readonly DuplicateReason[]): string =>
  reasons.map((r) => reasonWords(t, r)).join(t('duplicates.reason.separator'));
