import type { CrossingId } from './crossings.ts';
import { DOMESTIC_ROUTES } from './routes-domestic.ts';
import { SCAM_ROUTES } from './routes-scam.ts';
import { ROUTES_TO_CHINA_AND_OTHERS } from './routes-to-china.ts';
import { ROUTES_TO_THAILAND } from './routes-to-thailand.ts';
import type { TownId } from './towns.ts';
import type { Route } from './types.ts';

/** A route whose stops and crossings are checked against the lists when compiling. */
export type KnownRoute = Route & {
  readonly stops: readonly TownId[];
  readonly crossings: readonly CrossingId[];
};

/**
 * Typical trafficking and migration routes in the region, origin to place of exploitation.
 *
 * Where the facts come from:
 * - The SIREN GMS-04 and GMS-06 reports (../shared/seeds): most trafficking in the region is for labour, not only
 *   sex (factories, domestic work, fisheries, plantations); men are taken onto fishing boats that stay at sea for
 *   long periods; exploitation sites are factories, brothels, karaoke bars and farms; many victims set out
 *   willingly through ordinary migration channels, so routes follow the main migration corridors.
 * - The UNODC forced-criminality indicators (../shared/reference/domain-standards.md §3.3): scam compounds in
 *   casino towns and special zones recruit through job adverts and hold workers under quotas.
 * - Public reporting by UNIAP/UN-ACT, UNODC, IOM and the ILO on the main corridors: Myanmar to Thailand
 *   through Myawaddy–Mae Sot, Tachileik–Mae Sai and Kawthaung–Ranong; Cambodia to Thailand through Poipet; Lao
 *   PDR to Thailand over the Mekong bridges; north-central Viet Nam to China through Lao Cai, Lang Son and Mong
 *   Cai for marriage and factory work; northern Myanmar to Yunnan through Muse–Ruili; scam compounds at Shwe
 *   Kokko and Myawaddy, Poipet, Bavet, Sihanoukville, Boten and the Golden Triangle SEZ.
 * The weights are rough relative frequencies for simulation, not statistics.
 */
const ALL_ROUTES = [
  ...ROUTES_TO_THAILAND,
  ...SCAM_ROUTES,
  ...ROUTES_TO_CHINA_AND_OTHERS,
  ...DOMESTIC_ROUTES,
] as const satisfies readonly KnownRoute[];

export type RouteId = (typeof ALL_ROUTES)[number]['id'];

/** Every route: into Thailand, into scam zones, into China and elsewhere, then within one country. */
export const ROUTES: readonly Route[] = ALL_ROUTES;
