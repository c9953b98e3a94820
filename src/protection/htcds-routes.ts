import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import type { Kysely } from 'kysely';
import { z } from 'zod';
import { appendAudit } from '../access/audit.ts';
import type { Actor } from '../access/policy.ts';
import type { Keyring } from '../access/sealing.ts';
import type { Database } from '../db/types.ts';
import { actorOf } from '../platform/http/request.ts';
import { uuid } from '../platform/text.ts';
import { listReferrals } from '../screening/referrals.ts';
import { readCase } from './case-page.ts';
import { toHtcds } from './htcds.ts';
import { readIdentity } from './identity.ts';
import { htcdsShape } from './wire.ts';

// The case file in HTCDS 2.0 for a transfer outside Lantern: identity only when the reader may see it and asks.

async function exportCase(
  db: Kysely<Database>,
  actor: Actor,
  ring: Keyring,
  caseId: string,
  withIdentity: boolean,
  requestId: string,
) {
  const c = await readCase(db, actor, ring, caseId, requestId);
  const identity = withIdentity ? (await readIdentity(db, actor, ring, caseId, requestId)).identity : null;
  const [screening, agency, referrals] = await Promise.all([
    c.screeningId
      ? db
          .selectFrom('screenings')
          .select(['age', 'sex', 'consent'])
          .where('id', '=', c.screeningId)
          .executeTakeFirst()
      : undefined,
    db
      .selectFrom('agencies')
      .select(['name', 'kind'])
      .where('id', '=', actor.agencyId ?? '')
      .executeTakeFirstOrThrow(),
    c.screeningId ? listReferrals(db, c.screeningId) : [],
  ]);
  await db.transaction().execute((trx) =>
    appendAudit(trx, {
      actor,
      action: 'protection.htcds_export',
      resource: { type: 'protection_case', id: caseId },
      outcome: 'success',
      requestId,
      detail: { identity: identity !== null },
    }),
  );
  return toHtcds({
    caseId,
    status: c.status,
    ownerName: c.owner?.name ?? null,
    agencyName: agency.name,
    agencyKind: agency.kind,
    openedAt: c.openedAt,
    exploitation: c.exploitation,
    child: c.child,
    age: screening?.age ?? null,
    sex: screening?.sex ?? null,
    language: c.language,
    consentToInterview: (screening?.consent as { interview?: boolean } | undefined)?.interview === true,
    victimStatus: c.victimStatus,
    services: c.services.map((s) => ({ service: s.service, status: s.status })),
    needs: c.needs.map((n) => ({ domain: n.domain, level: n.level })),
    referrals: referrals.map((r) => ({
      provider: r.providerName,
      sentAt: new Date(r.createdAt).toISOString(),
    })),
    shelterDays: c.shelterDays,
    retraffickingFlag: c.retrafficking.flag,
    identity,
  });
}

export const htcdsRoutes: FastifyPluginAsyncZod<{ db: Kysely<Database>; secretKeys: Keyring }> = async (
  app,
  { db, secretKeys },
) => {
  app.get('/api/protection/cases/:id/htcds', {
    config: { permission: 'protection.read' },
    schema: {
      summary:
        "The case in the Human Trafficking Case Data Standard 2.0, with Lantern's extensions; the identity only on request by those who may read it (audited)",
      tags: ['protection'],
      params: z.strictObject({ id: uuid }),
      querystring: z.strictObject({ identity: z.enum(['true', 'false']).default('false') }),
      response: { 200: htcdsShape },
    },
    handler: async (request, reply) => {
      const body = await exportCase(
        db,
        actorOf(request),
        secretKeys,
        request.params.id,
        request.query.identity === 'true',
        request.id,
      );
      return reply
        .header('content-disposition', `attachment; filename="case-${request.params.id}.htcds.json"`)
        .send(body);
    },
  });
};
