import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import type { Kysely } from 'kysely';
import { z } from 'zod';
import type { Database } from '../db/types.ts';
import { actorOf } from '../platform/http/request.ts';
import { uuid } from '../platform/text.ts';
import { providerView } from '../screening/schema.ts';
import { SEXES, setCapacity } from './capacity.ts';
import { language } from './schemas.ts';

// A provider run by an agency on Lantern reports what it can take; referrals are checked against it.

export const providerRoutes: FastifyPluginAsyncZod<{ db: Kysely<Database> }> = async (app, { db }) => {
  app.put('/api/protection/providers/:id/capacity', {
    config: { permission: 'protection.write' },
    schema: {
      summary:
        'Report what a provider your agency runs can take: beds, children, adults, sexes, languages (audited)',
      tags: ['protection'],
      params: z.strictObject({ id: uuid }),
      body: z.strictObject({
        beds: z.number().int().min(0).max(100_000).nullable(),
        languages: z.array(language).max(30),
        sexes: z.array(z.enum(SEXES)).max(SEXES.length),
        acceptsChildren: z.boolean(),
        acceptsAdults: z.boolean(),
      }),
      response: { 200: providerView },
    },
    handler: async (request) =>
      setCapacity(db, actorOf(request), request.params.id, request.body, request.id),
  });
};
