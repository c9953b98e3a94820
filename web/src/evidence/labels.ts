/** Words shown for the evidence API's codes, in the chosen language. Each list is made when called (at render), so
 * it follows a change of language. */
import type { ParseKeys } from 'i18next';
import { i18next } from '../i18n/i18n.ts';
import type { Options } from '../screening/labels.ts';

const CODES = {
  /** The actions a custody entry may record after collection (collection is the exhibit's first entry). */
  custodyAction: [
    'transfer',
    'to_storage',
    'to_laboratory',
    'returned_from_laboratory',
    'to_court',
    'returned_from_court',
    'inter_agency_transfer',
    'hash_reverified',
    'returned_to_owner',
    'disposed',
  ],
  custodyMethod: ['initial_receipt', 'in_person', 'sealed_courier', 'secure_upload', 'digital_transfer'],
  exhibitState: ['in_custody', 'in_storage', 'at_laboratory', 'in_court', 'returned', 'disposed'],
} as const;

type Group = keyof typeof CODES;

const word = (group: Group | 'exhibitNature', code: string, fallback = code): string =>
  i18next.t(`codes.${group}.${code}` as ParseKeys<'evidence'>, { ns: 'evidence', defaultValue: fallback });

const words = (group: Group): Options => CODES[group].map((c) => [c, word(group, c)] as const);

export const custodyActionOptions = (): Options => words('custodyAction');
export const custodyMethodOptions = (): Options => words('custodyMethod');
export const exhibitStateOptions = (): Options => words('exhibitState');

/** What a custody entry records (collection included), in words; the server's own label when the code is new. */
export const custodyActionWord = (code: string, fallback: string): string =>
  word('custodyAction', code, fallback);

/** Physical item or digital copy. */
export const exhibitNatureWord = (nature: string): string => word('exhibitNature', nature);
