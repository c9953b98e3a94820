import { z } from 'zod';

// The map features route's reply: the API's description, and the types of the web app (which imports this file as
// types only: zod here, nothing of the server).

/** The kinds of feature the map shows. */
export const MAP_KINDS = ['sites', 'tips', 'cells', 'checkpoints'] as const;

export const mapSite = z.object({
  id: z.string(),
  type: z.string(),
  label: z.string(),
  lat: z.number(),
  lon: z.number(),
  kind: z.string().nullable(),
});
export const mapTip = z.object({
  id: z.string(),
  receivedAt: z.string(),
  channel: z.string(),
  placeHint: z.string().nullable(),
  tlp: z.string(),
  lat: z.number(),
  lon: z.number(),
});
export const mapCell = z.object({ cellId: z.string(), lat: z.number(), lon: z.number(), calls: z.number() });
export const mapCheckpoint = z.object({
  id: z.string(),
  name: z.string(),
  lat: z.number(),
  lon: z.number(),
  crossings: z.number(),
  locatedBy: z.enum(['place', 'gazetteer']),
  entityId: z.string().nullable(),
  informal: z.boolean(),
});

const kindEnum = z.enum(MAP_KINDS);

/** The features in the box; `withheld` kinds the reader may not see, `truncated` kinds cut at their limit. */
export const mapFeaturesReply = z.object({
  sites: z.array(mapSite),
  tips: z.array(mapTip),
  cells: z.array(mapCell),
  checkpoints: z.array(mapCheckpoint),
  withheld: z.array(kindEnum),
  truncated: z.array(kindEnum),
  unlocatedCheckpoints: z.number(),
});
