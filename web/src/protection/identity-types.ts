import type { CasePage } from './case-types.ts';

/** Shapes of the person's identity on a protection case, as the identity routes and the case page answer them. */

export interface IdentityDocument {
  kind: string;
  number: string;
  /** ISO 3166 country code, e.g. MM. */
  country: string;
}

export interface Identity {
  names: string[];
  /** YYYY-MM-DD, or only the year YYYY; null when not known. */
  birthDate: string | null;
  nationality: string | null;
  phones: string[];
  documents: IdentityDocument[];
  address: string;
  /** A small photo as a data: URL, or null. */
  photo: string | null;
}

/** `GET /api/protection/cases/:id/identity`: read only on request (every read is audited). */
export interface IdentityReply {
  identity: Identity | null;
  updatedAt: string | null;
}

/** What the case page carries about the identity: whether one is recorded, whether the reader may open it, and who may. */
export interface IdentityAccess {
  recorded: boolean;
  mayRead: boolean;
  readers: { id: string; name: string; since: string }[];
}

/** The case page's identity access (absent from a page read before it existed: then nothing is recorded). */
export function identityOn(c: CasePage): IdentityAccess {
  return (
    (c as CasePage & { identity?: IdentityAccess }).identity ?? {
      recorded: false,
      mayRead: false,
      readers: [],
    }
  );
}

export const DOCUMENT_KINDS = [
  ['passport', 'Passport'],
  ['national_id', 'National identity card'],
  ['birth_certificate', 'Birth certificate'],
  ['work_permit', 'Work permit'],
  ['seafarer_book', 'Seafarer’s book'],
  ['other', 'Another document'],
] as const;

/** Countries of the region first (where most people helped here come from), then every other one by name. */
const NEAR = ['MM', 'KH', 'LA', 'TH', 'VN', 'CN', 'MY', 'ID', 'PH', 'BD', 'NP', 'LK', 'IN', 'KP', 'TW', 'UA'];
const regionNames = new Intl.DisplayNames(['en'], { type: 'region', fallback: 'none' });
const LETTERS = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ';
/** Codes the browser names that are not countries (groups of countries, reserved codes). */
const NOT_COUNTRIES = new Set(['EU', 'EZ', 'UN', 'QO', 'ZZ', 'XA', 'XB']);

/** The name of a country from its ISO code, or the code itself when the browser knows no name for it. */
export const countryName = (code: string): string => regionNames.of(code) ?? code;

let countries: (readonly [string, string])[] | null = null;
/** Every country the browser can name, as [code, name]: the region's first, the rest alphabetically. */
export function countryOptions(): (readonly [string, string])[] {
  if (countries) return countries;
  const all: (readonly [string, string])[] = [];
  for (const a of LETTERS)
    for (const b of LETTERS) {
      const code = a + b;
      const name = NOT_COUNTRIES.has(code) ? undefined : regionNames.of(code);
      if (name && !NEAR.includes(code)) all.push([code, name]);
    }
  all.sort((x, y) => x[1].localeCompare(y[1]));
  countries = [...NEAR.map((c) => [c, countryName(c)] as const), ...all];
  return countries;
}
