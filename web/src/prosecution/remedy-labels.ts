import type { TFunction } from 'i18next';
import { word } from './codes.ts';

/** "Licence revocation against Somchai", how a remedy is named in forms and messages. */
export const remedyName = (
  t: TFunction<'prosecution'>,
  r: { kind: string; target: string; suspect: { label: string } | null },
): string => {
  const kind = word(t, 'remedyKind', r.kind);
  return r.target === 'site'
    ? t('names.remedyAgainstSite', { kind })
    : t('names.remedy', { kind, suspect: r.suspect?.label ?? t('words.aSuspect') });
};
