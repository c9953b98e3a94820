import type { TFunction } from 'i18next';
import type { z } from 'zod';
import type { identityReply } from '../../../src/protection/wire.ts';
import { currentLocale } from '../i18n/i18n.ts';
import type { Options } from '../screening/labels.ts';
import { regionName } from '../ui/format.ts';
import type { Wire } from '../wire.ts';

/** The person's identity on a protection case, from the server's own schema (`GET .../identity`, read only on
 * request, every read audited). */
export type IdentityReply = Wire<z.output<typeof identityReply>>;
export type Identity = NonNullable<IdentityReply['identity']>;

const DOCUMENT_KINDS = [
  'passport',
  'national_id',
  'birth_certificate',
  'work_permit',
  'seafarer_book',
  'other',
] as const;

/** The kinds of identity document, in the chosen language. */
export const documentKindOptions = (t: TFunction<'protection'>): Options =>
  DOCUMENT_KINDS.map((c) => [c, t(`codes.documentKind.${c}`)] as const);

/** Countries of the region first (where most people helped here come from), then every other one by name. */
const NEAR = ['MM', 'KH', 'LA', 'TH', 'VN', 'CN', 'MY', 'ID', 'PH', 'BD', 'NP', 'LK', 'IN', 'KP', 'TW', 'UA'];
const LETTERS = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ';
/** Codes the browser names that are not countries (groups of countries, reserved codes). */
const NOT_COUNTRIES = new Set(['EU', 'EZ', 'UN', 'QO', 'ZZ', 'XA', 'XB']);

/** The name of a country from its ISO code in the chosen language, or the code itself when the browser knows none. */
export const countryName = (code: string): string => regionName(code);

const countries = new Map<string, Options>();
/** Every country the browser can name, as [code, name] in the chosen language: the region's first, the rest in
 * that language's alphabetical order. Made once per language. */
export function countryOptions(): Options {
  const locale = currentLocale();
  const made = countries.get(locale);
  if (made) return made;
  const all: (readonly [string, string])[] = [];
  for (const a of LETTERS)
    for (const b of LETTERS) {
      const code = a + b;
      if (NOT_COUNTRIES.has(code) || NEAR.includes(code)) continue;
      const name = regionName(code);
      if (name && name !== code) all.push([code, name]);
    }
  all.sort((x, y) => x[1].localeCompare(y[1], locale));
  const list: Options = [...NEAR.map((c) => [c, countryName(c)] as const), ...all];
  countries.set(locale, list);
  return list;
}
