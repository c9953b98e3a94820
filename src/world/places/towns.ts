import { CAMBODIAN_TOWNS } from './towns-cambodia.ts';
import { CHINESE_TOWNS } from './towns-china.ts';
import { LAO_TOWNS } from './towns-laos.ts';
import { MYANMAR_TOWNS } from './towns-myanmar.ts';
import { THAI_TOWNS } from './towns-thailand.ts';
import { VIETNAMESE_TOWNS } from './towns-vietnam.ts';
import type { Town } from './types.ts';

/**
 * Every town, country by country. Coordinates are WGS84 decimal degrees for the town centre (or, for a border
 * post, the post itself), good to a few kilometres; places whose position could not be pinned down that well
 * were left out.
 */
const ALL_TOWNS = [
  ...THAI_TOWNS,
  ...CAMBODIAN_TOWNS,
  ...LAO_TOWNS,
  ...MYANMAR_TOWNS,
  ...VIETNAMESE_TOWNS,
  ...CHINESE_TOWNS,
] as const satisfies readonly Town[];

/** The id of a known town; routes and crossings are checked against it at compile time. */
export type TownId = (typeof ALL_TOWNS)[number]['id'];

/** Every town, widened to `Town` so callers can filter and search without literal types getting in the way. */
export const TOWNS: readonly Town[] = ALL_TOWNS;
