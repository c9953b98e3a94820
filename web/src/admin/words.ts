/** Words for the administration screens' codes: roles (the server's catalogue names them in English) and agency
 * kinds, in the chosen language; an unknown code falls back to the server's label or the code itself. */
import type { ParseKeys, TFunction } from 'i18next';

type T = TFunction<'admin'>;

/** A role's name by its code; the server's label when the catalogue has none. */
export const roleWord = (t: T, code: string, fallback?: string): string =>
  t(`codes.role.${code}` as ParseKeys<'admin'>, { defaultValue: fallback ?? code });

/** What a role is for, by its code; the server's description when the catalogue has none. */
export const roleDescriptionWord = (t: T, code: string, fallback: string): string =>
  t(`codes.roleDescription.${code}` as ParseKeys<'admin'>, { defaultValue: fallback });

/** An agency's kind (police, labour, ngo...) in words. */
export const agencyKindWord = (t: T, code: string): string =>
  t(`codes.agencyKind.${code}` as ParseKeys<'admin'>, { defaultValue: code });

/** Roles in words, in the catalogue's order (most powerful first), as a list. */
export function roleList(t: T, roles: readonly string[], labels: ReadonlyMap<string, string>): string {
  const order = [...labels.keys()];
  const rank = (r: string) => (order.includes(r) ? order.indexOf(r) : order.length);
  return [...roles]
    .sort((a, b) => rank(a) - rank(b))
    .map((r) => roleWord(t, r, labels.get(r)))
    .join(t('list.separator'));
}
