/**
 * The six COMMIT countries of the Greater Mekong Sub-region. China is in scope only for its southern
 * provinces (Yunnan, Guangxi, Guangdong) and Fujian, so its bounding box covers that part, not the whole country.
 */

export const COUNTRY_CODES = ['TH', 'KH', 'LA', 'MM', 'VN', 'CN'] as const;
export type CountryCode = (typeof COUNTRY_CODES)[number];

/** A rough box in WGS84 decimal degrees: every town placed in the country falls inside it. */
export interface Bounds {
  readonly minLat: number;
  readonly maxLat: number;
  readonly minLon: number;
  readonly maxLon: number;
}

export interface Country {
  readonly code: CountryCode;
  readonly name: string;
  /** ISO 3166-1 alpha-2. */
  readonly iso2: string;
  /** International dialling code, without the plus sign. */
  readonly callingCode: number;
  /** ISO 4217. */
  readonly currency: string;
  /** IANA time zone. */
  readonly timeZone: string;
  /** ISO 639-1 where one exists, else ISO 639-3; the national language first, then minority languages met in cases. */
  readonly languages: readonly string[];
  readonly bounds: Bounds;
}

export const COUNTRIES = [
  {
    code: 'TH',
    name: 'Thailand',
    iso2: 'TH',
    callingCode: 66,
    currency: 'THB',
    timeZone: 'Asia/Bangkok',
    // Isan, Northern Thai, Pattani Malay, Northern Khmer, Hmong
    languages: ['th', 'tts', 'nod', 'mfa', 'kxm', 'hmn'],
    bounds: { minLat: 5.6, maxLat: 20.5, minLon: 97.3, maxLon: 105.7 },
  },
  {
    code: 'KH',
    name: 'Cambodia',
    iso2: 'KH',
    callingCode: 855,
    currency: 'KHR',
    timeZone: 'Asia/Phnom_Penh',
    // Vietnamese, Western Cham
    languages: ['km', 'vi', 'cja'],
    bounds: { minLat: 10.0, maxLat: 14.7, minLon: 102.3, maxLon: 107.7 },
  },
  {
    code: 'LA',
    name: 'Lao PDR',
    iso2: 'LA',
    callingCode: 856,
    currency: 'LAK',
    timeZone: 'Asia/Vientiane',
    // Hmong, Khmu
    languages: ['lo', 'hmn', 'kjg'],
    bounds: { minLat: 13.9, maxLat: 22.5, minLon: 100.0, maxLon: 107.7 },
  },
  {
    code: 'MM',
    name: 'Myanmar',
    iso2: 'MM',
    callingCode: 95,
    currency: 'MMK',
    timeZone: 'Asia/Yangon',
    // Shan, S'gaw Karen, Pwo Western Karen, Mon, Jingpho (Kachin)
    languages: ['my', 'shn', 'ksw', 'pwo', 'mnw', 'kac'],
    bounds: { minLat: 9.5, maxLat: 28.6, minLon: 92.1, maxLon: 101.2 },
  },
  {
    code: 'VN',
    name: 'Viet Nam',
    iso2: 'VN',
    callingCode: 84,
    currency: 'VND',
    timeZone: 'Asia/Ho_Chi_Minh',
    // Tày, Hmong, Khmer (Khmer Krom of the Mekong Delta)
    languages: ['vi', 'tyz', 'hmn', 'km'],
    bounds: { minLat: 8.4, maxLat: 23.4, minLon: 102.1, maxLon: 109.5 },
  },
  {
    code: 'CN',
    name: 'China',
    iso2: 'CN',
    callingCode: 86,
    currency: 'CNY',
    timeZone: 'Asia/Shanghai',
    // Cantonese, Zhuang, Hmong, Tai Lü, Jingpho
    languages: ['zh', 'yue', 'za', 'hmn', 'khb', 'kac'],
    bounds: { minLat: 20.0, maxLat: 27.5, minLon: 97.3, maxLon: 120.5 },
  },
] as const satisfies readonly Country[];

const BY_CODE = new Map<string, Country>(COUNTRIES.map((c) => [c.code, c]));

export function isCountryCode(code: string): code is CountryCode {
  return BY_CODE.has(code);
}

export function countryByCode(code: CountryCode): Country {
  const country = BY_CODE.get(code);
  if (!country) throw new Error(`unknown country ${code}`);
  return country;
}
