import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import type { Kysely } from 'kysely';
import { z } from 'zod';
import type { Database } from '../../db/types.ts';
import { AppError } from '../../platform/errors.ts';
import { actorOf } from '../../platform/http/request.ts';
import { type MapKind, mapFeatures } from './features.ts';
import type { Box } from './located.ts';
import { MAP_KINDS, mapFeaturesReply } from './wire.ts';

// The offline map's data: one route, every kind typed. The map's drawing (boundaries, towns) is bundled with the
// browser app; only the picture's own features come from here.

const lat = z.coerce.number().min(-90).max(90);
const lon = z.coerce.number().min(-180).max(180);
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** The box from the four edges: all or none, south below north, west left of east (no antimeridian). */
function boxOf(q: { west?: number; south?: number; east?: number; north?: number }): Box | undefined {
  const { west, south, east, north } = q;
  const given = [west, south, east, north].filter((v) => v !== undefined).length;
  if (given === 0) return undefined;
  if (west === undefined || south === undefined || east === undefined || north === undefined)
    throw new AppError(
      'validation_failed',
      'west, south, east, north: give all four edges of the box, or none for everywhere',
    );
  if (south > north)
    throw new AppError('validation_failed', 'south: the southern edge lies north of the northern');
  if (west > east)
    throw new AppError(
      'validation_failed',
      'west: the western edge lies east of the eastern (boxes do not wrap)',
    );
  return { west, south, east, north };
}

function listOf(value: string | undefined, field: string, check: (s: string) => boolean, what: string) {
  if (value === undefined) return undefined;
  const items = value.split(',').filter(Boolean);
  const bad = items.find((s) => !check(s));
  if (bad !== undefined)
    throw new AppError('validation_failed', `${field}: item ${items.indexOf(bad) + 1} is not ${what}`);
  return [...new Set(items)];
}

export const mapRoutes: FastifyPluginAsyncZod<{ db: Kysely<Database> }> = async (app, { db }) => {
  app.get('/api/intel/map/features', {
    config: { permission: 'intel.read' },
    schema: {
      summary:
        'Sites and places, tips, cells and checkpoints in a box, for the offline map (audited with entity ids)',
      tags: ['intel'],
      querystring: z.strictObject({
        west: lon.optional(),
        south: lat.optional(),
        east: lon.optional(),
        north: lat.optional(),
        kinds: z
          .string()
          .max(100)
          .optional()
          .describe(`Comma-separated: ${MAP_KINDS.join(', ')} (all when absent)`),
        entities: z
          .string()
          .max(200 * 37)
          .optional()
          .describe('Only these entities (ids, comma-separated)'),
      }),
      response: { 200: mapFeaturesReply },
    },
    handler: async (request) => {
      const q = request.query;
      const box = boxOf(q);
      const kinds = (listOf(
        q.kinds,
        'kinds',
        (s) => (MAP_KINDS as readonly string[]).includes(s),
        `one of ${MAP_KINDS.join(', ')}`,
      ) ?? [...MAP_KINDS]) as MapKind[];
      const entities = listOf(q.entities, 'entities', (s) => UUID.test(s), 'an entity id');
      if (entities && entities.length > 200)
        throw new AppError('validation_failed', 'entities: at most 200 ids at once');
      return mapFeatures(db, actorOf(request), { box, kinds, entities }, request.id);
    },
  });
};
