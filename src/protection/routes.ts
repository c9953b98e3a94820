import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import type { Kysely } from 'kysely';
import type { Keyring } from '../access/sealing.ts';
import type { Database } from '../db/types.ts';
import { actorOf, languageOf } from '../platform/http/request.ts';
import { caseListQuery, listCases } from './case-list.ts';
import { caseRoutes } from './case-routes.ts';
import { childRoutes } from './child-routes.ts';
import { compensationRoutes } from './compensation-routes.ts';
import { consentRoutes } from './consent-routes.ts';
import { htcdsRoutes } from './htcds-routes.ts';
import { identityRoutes } from './identity-routes.ts';
import { inboxRoutes } from './inbox-routes.ts';
import { providerRoutes } from './provider-routes.ts';
import { reintegrationRoutes } from './reintegration-routes.ts';
import { stayRoutes } from './stay-routes.ts';
import { transferRoutes } from './transfer-routes.ts';
import { caseList } from './wire.ts';
import { witnessRoutes } from './witness-routes.ts';

/** The protection track's cases: opened from screenings, listed by pseudonym; each case's page and work. */
export const protectionRoutes: FastifyPluginAsyncZod<{ db: Kysely<Database>; secretKeys: Keyring }> = async (
  app,
  { db, secretKeys },
) => {
  app.get('/api/protection/cases', {
    config: { permission: 'protection.read' },
    schema: {
      summary:
        "Your agency's protection cases, by pseudonym: found by words, filtered, sorted and a page at a time (audited)",
      tags: ['protection'],
      querystring: caseListQuery,
      response: { 200: caseList },
    },
    handler: async (request) =>
      listCases(db, actorOf(request), secretKeys, request.query, languageOf(request), request.id),
  });
  await app.register(caseRoutes, { db, secretKeys });
  await app.register(childRoutes, { db, secretKeys });
  await app.register(consentRoutes, { db, secretKeys });
  await app.register(stayRoutes, { db, secretKeys });
  await app.register(inboxRoutes, { db, secretKeys });
  await app.register(transferRoutes, { db, secretKeys });
  await app.register(reintegrationRoutes, { db, secretKeys });
  await app.register(witnessRoutes, { db, secretKeys });
  await app.register(compensationRoutes, { db });
  await app.register(providerRoutes, { db });
  await app.register(identityRoutes, { db, secretKeys });
  await app.register(htcdsRoutes, { db, secretKeys });
};
