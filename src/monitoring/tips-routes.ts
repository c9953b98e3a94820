import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import type { Kysely } from 'kysely';
import { z } from 'zod';
import type { Database } from '../db/types.ts';
import { AppError } from '../platform/errors.ts';
import { actorOf } from '../platform/http/request.ts';
import { day, instant, line } from '../platform/text.ts';
import { getTip, listTips } from './tips.ts';
import { tipShape, tipsPage } from './wire.ts';

const when = instant().or(day());

/** Reads a "lat,lon,km" circle; the reason names the part that is wrong. */
function circle(value: string | undefined) {
  if (value === undefined) return undefined;
  const parts = value.split(',').map(Number);
  const [lat, lon, km] = parts;
  if (
    parts.length !== 3 ||
    lat === undefined ||
    lon === undefined ||
    km === undefined ||
    parts.some(Number.isNaN)
  )
    throw new AppError('validation_failed', 'near: give latitude,longitude,kilometres, e.g. 13.75,100.5,2');
  if (Math.abs(lat) > 90 || Math.abs(lon) > 180)
    throw new AppError('validation_failed', 'near: latitude must lie within ±90 and longitude within ±180');
  if (km <= 0 || km > 500)
    throw new AppError('validation_failed', 'near: the radius must be above 0 and at most 500 km');
  return { lat, lon, km };
}

/** Tips imported from hotlines, NGOs and the public: the monitoring stream of the rich picture. */
export const tipRoutes: FastifyPluginAsyncZod<{ db: Kysely<Database> }> = async (app, { db }) => {
  app.get('/api/monitoring/tips', {
    config: { permission: 'monitoring.read' },
    schema: {
      summary: "Your agency's tips, newest first, by words, channel, time or place (audited)",
      tags: ['monitoring'],
      querystring: z.strictObject({
        q: line(200).optional(),
        channel: z
          .string()
          .regex(/^[a-z_]{2,20}$/)
          .optional(),
        from: when.optional(),
        to: when.optional(),
        near: line(60, { empty: true }).optional(),
        before: when.optional(),
        limit: z.coerce.number().int().min(1).max(200).default(50),
      }),
      response: { 200: tipsPage },
    },
    handler: async (request) => {
      const { near, ...rest } = request.query;
      return listTips(db, actorOf(request), { ...rest, near: circle(near) }, request.id);
    },
  });

  app.get('/api/monitoring/tips/:id', {
    config: { permission: 'monitoring.read' },
    schema: {
      summary: 'One tip with its marking (audited)',
      tags: ['monitoring'],
      params: z.strictObject({ id: z.string().max(40) }),
      response: { 200: tipShape },
    },
    handler: async (request) => getTip(db, actorOf(request), request.params.id, request.id),
  });
};
