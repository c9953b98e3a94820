import { z } from 'zod';
import { SIGNS } from './targeting-signs.ts';

// Shapes of the targeting routes' replies: the API's description, and the types of the web app, which imports this
// file as types only (zod and pure declarations here, nothing of the server).

/** The forms of exploitation a site may be ranked for. */
export const EXPLOITATION = ['labour', 'sexual', 'forced_criminality'] as const;

/**
 * Why a site ranks where it does, by code with its figures; the web app words each (operations
 * `targeting.reason.*`): a sign reported by so many tips, inspections and screened people; violence and confinement
 * both reported; tips placed within so many metres and tips naming its town; intelligence reports naming it;
 * people screened after a removal and those presumed trafficked; the network's top brokers supplying it; contacts
 * through its links.
 */
export const siteReason = z.discriminatedUnion('code', [
  z.object({
    code: z.literal('sign'),
    sign: z.enum(SIGNS),
    tips: z.number().int(),
    inspections: z.number().int(),
    screened: z.number().int(),
  }),
  z.object({ code: z.literal('violence_with_confinement') }),
  z.object({
    code: z.literal('tips'),
    placed: z.number().int(),
    /** How far the farthest placed tip was, rounded up to the next 100 metres (at least 100). */
    withinMetres: z.number().int(),
    /** Tips placed only by naming its town and kind of place. */
    named: z.number().int(),
  }),
  z.object({ code: z.literal('reports'), count: z.number().int() }),
  z.object({ code: z.literal('presumed_victims'), presumed: z.number().int(), screened: z.number().int() }),
  z.object({ code: z.literal('brokers'), count: z.number().int() }),
  z.object({ code: z.literal('contacts'), count: z.number().int() }),
]);

/** A site ranked by the evidence of exploitation, with its reasons and the figures they rest on. */
export const siteRank = z.object({
  rank: z.number().int(),
  entityId: z.string(),
  label: z.string(),
  kind: z.string().nullable(),
  area: z.string().nullable(),
  exploitation: z.array(z.enum(EXPLOITATION)),
  score: z.number(),
  /** Why, the weightiest first. */
  reasons: z.array(siteReason),
  figures: z.object({
    tips: z.number().int(),
    inspections: z.number().int(),
    screened: z.number().int(),
    presumedTrafficked: z.number().int(),
    reports: z.number().int(),
    brokers: z.number().int(),
    signs: z.partialRecord(z.enum(SIGNS), z.number().int()),
  }),
});

/**
 * Why a source community ranks where it does, by code with its figures (the screens word each): so many presumed
 * victims came through it; so many people trafficked again; so many of its crossings irregular (an informal
 * crossing or no travel document), made with no document at all, or made by children, each out of its crossings.
 */
export const communityReason = z.discriminatedUnion('code', [
  z.object({ code: z.literal('presumed_victims'), count: z.number().int() }),
  z.object({ code: z.literal('retrafficked'), count: z.number().int() }),
  z.object({ code: z.literal('irregular'), count: z.number().int(), crossings: z.number().int() }),
  z.object({ code: z.literal('no_document'), count: z.number().int(), crossings: z.number().int() }),
  z.object({ code: z.literal('children'), count: z.number().int(), crossings: z.number().int() }),
]);

/** A source community ranked by vulnerability, from border crossings in aggregate. */
export const communityRank = z.object({
  rank: z.number().int(),
  key: z.string(),
  nationality: z.string(),
  area: z.string(),
  crossings: z.number().int(),
  irregular: z.number().int(),
  noDocument: z.number().int(),
  children: z.number().int(),
  victims: z.number().int(),
  retrafficked: z.number().int(),
  score: z.number(),
  /** Why, the weightiest first. */
  reasons: z.array(communityReason),
});

/** Sites ranked, out of how many. */
export const siteRanksReply = z.object({ of: z.number().int(), sites: z.array(siteRank) });

/** One site's rank among all ranked sites (null when unranked), with its reasons; the screen words the sentence. */
export const siteRankReply = z.object({
  of: z.number().int(),
  site: siteRank.nullable(),
});

/** Source communities ranked, out of how many. */
export const communityRanksReply = z.object({ of: z.number().int(), communities: z.array(communityRank) });
