import { randomUUID } from 'node:crypto';
import { join } from 'node:path';
import fastifyCookie from '@fastify/cookie';
import fastifySwagger from '@fastify/swagger';
import Fastify, { type FastifyBaseLogger, type FastifyInstance, LogController } from 'fastify';
import {
  jsonSchemaTransform,
  jsonSchemaTransformObject,
  serializerCompiler,
  validatorCompiler,
} from 'fastify-type-provider-zod';
import type { Logger } from 'pino';
import { approvalRoutes } from '../access/approval-routes.ts';
import { keyAuditChain } from '../access/audit-upgrade.ts';
import { authRoutes } from '../access/auth-routes.ts';
import { AuthService } from '../access/auth-service.ts';
import { deviceRoutes } from '../access/device-routes.ts';
import { oversightRoutes } from '../access/oversight-routes.ts';
import { accessRoutes } from '../access/routes.ts';
import { SessionStore } from '../access/sessions.ts';
import type { Db } from '../db/connection.ts';
import { evidenceRoutes } from '../evidence/routes.ts';
import { sharingRoutes } from '../evidence/sharing-routes.ts';
import { ftmRoutes } from '../intel/ftm/routes.ts';
import { ImportRunner } from '../intel/imports/import-jobs.ts';
import { importRoutes } from '../intel/imports/import-routes.ts';
import { mapRoutes } from '../intel/map/routes.ts';
import { chartRoutes } from '../intel/network/chart-routes.ts';
import { familyCallRoutes } from '../intel/network/family-call-routes.ts';
import { networkRoutes } from '../intel/network/routes.ts';
import { peopleRoutes } from '../intel/people/routes.ts';
import { intelRoutes } from '../intel/routes.ts';
import { timelineRoutes } from '../intel/timeline-routes.ts';
import { familyNumberRoutes } from '../monitoring/family-number-routes.ts';
import { inspectionRoutes } from '../monitoring/inspection-routes.ts';
import { intakeRoutes } from '../monitoring/intake-routes.ts';
import { publicPageRoutes } from '../monitoring/public-routes.ts';
import { publicThreadRoutes } from '../monitoring/public-thread-routes.ts';
import { routingRoutes } from '../monitoring/routing-routes.ts';
import { tipRoutes } from '../monitoring/tips-routes.ts';
import { fieldRoutes } from '../operations/field-routes.ts';
import { planRoutes } from '../operations/plan-routes.ts';
import { operationsRoutes } from '../operations/routes.ts';
import { checklistRoutes } from '../outcomes/checklist-routes.ts';
import { dashboardRoutes } from '../outcomes/dashboard-routes.ts';
import { evaluationRoutes } from '../outcomes/evaluation-routes.ts';
import { indicatorRoutes } from '../outcomes/indicator-routes.ts';
import { publicationRoutes } from '../outcomes/publication-routes.ts';
import { summaryRoutes } from '../outcomes/summary-routes.ts';
import { targetingRoutes } from '../outcomes/targeting-routes.ts';
import type { Config } from '../platform/config.ts';
import { prosecutionRoutes } from '../prosecution/routes.ts';
import { protectionRoutes } from '../protection/routes.ts';
import { screeningLinkRoutes } from '../screening/link-routes.ts';
import { screeningRoutes } from '../screening/routes.ts';
import { registerAuthentication } from './authenticate.ts';
import { registerClientAddress } from './client-address.ts';
import { registerDeviceGate } from './device-gate.ts';
import { registerErrorHandler } from './error-handler.ts';
import { HostRules, registerRequestGuard } from './request-guard.ts';
import { checkRoute, type RouteEntry } from './route-table.ts';
import { registerSecurityHeaders } from './security-headers.ts';
import { registerSystemRoutes } from './system-routes.ts';
import { registerWebApp } from './web.ts';

export interface AppDeps {
  config: Config;
  database: Db;
  logger?: Logger | undefined;
  /** Clock for sessions and codes; tests move it. */
  now?: (() => number) | undefined;
  sessionCacheMs?: number | undefined;
  /** Demo mode: demo users may sign in with a click (loopback only). */
  demo?: boolean | undefined;
  /** Where browser uploads wait for their import; `<dataDir>/uploads` unless given. */
  uploadDir?: string | undefined;
}

export interface Lantern {
  app: FastifyInstance;
  sessions: SessionStore;
  auth: AuthService;
  routes: RouteEntry[];
  imports: ImportRunner;
}

/** Builds the whole server: hooks, policy, every module's routes, the browser app. */
export async function buildApp(deps: AppDeps): Promise<Lantern> {
  const { config, database } = deps;
  const app = Fastify({
    ...(deps.logger ? { loggerInstance: deps.logger as FastifyBaseLogger } : { logger: false }),
    bodyLimit: config.bodyLimitBytes,
    genReqId: () => randomUUID(),
    requestIdHeader: false,
    // The client's address (throttles, lockouts, audit) comes from X-Forwarded-For only through a configured proxy.
    trustProxy: config.trustedProxies.length > 0 ? config.trustedProxies : false,
    logController: new LogController({ disableRequestLogging: true }),
    routerOptions: { ignoreTrailingSlash: true },
  });
  app.setValidatorCompiler(validatorCompiler);
  app.setSerializerCompiler(serializerCompiler);
  // The audit chain is sealed with the configured keys; each entry made in a request keeps its client address.
  keyAuditChain(database.db, config);
  registerClientAddress(app, database.db);

  const routes: RouteEntry[] = [];
  app.addHook('onRoute', (route) => checkRoute(route, routes));
  // Requests are logged by route pattern, never by their URL, which may carry names or numbers.
  app.addHook('onResponse', async (request, reply) => {
    request.log.info(
      {
        reqId: request.id,
        method: request.method,
        route: request.routeOptions.url ?? '(unmatched)',
        status: reply.statusCode,
        ms: Math.round(reply.elapsedTime),
      },
      'request',
    );
  });

  const sessions = new SessionStore(database.db, {
    idleMs: config.sessionIdleMs,
    absoluteMs: config.sessionAbsoluteMs,
    cacheMs: deps.sessionCacheMs,
    now: deps.now,
  });
  const auth = new AuthService(database.db, config, sessions);

  await app.register(fastifySwagger, {
    openapi: {
      openapi: '3.1.0',
      info: {
        title: 'Lantern API',
        version: '0.1.0',
        description:
          'Counter-trafficking platform: intelligence, operations, screening, protection, prosecution.',
      },
      components: {
        securitySchemes: {
          session: { type: 'apiKey', in: 'cookie', name: 'lantern_session' },
          token: { type: 'http', scheme: 'bearer' },
        },
      },
      security: [{ session: [] }, { token: [] }],
    },
    transform: jsonSchemaTransform,
    // Schemas registered with an id (a recursive one such as JsonValue) are described once, under components.
    transformObject: jsonSchemaTransformObject,
  });
  await app.register(fastifyCookie);
  registerErrorHandler(app);
  registerSecurityHeaders(app, { hsts: config.secureCookies });
  registerRequestGuard(
    app,
    new HostRules(config, () => {
      const address = app.server.address();
      return typeof address === 'object' && address ? address.port : null;
    }),
    database.db,
  );
  // Before sessions: a revoked device is refused whoever is signed in on it, the sign-in routes included.
  registerDeviceGate(app, database.db);
  registerAuthentication(app, { db: database.db, sessions });

  registerSystemRoutes(app, { db: database.db, dbKind: database.kind, routes });
  await app.register(authRoutes, {
    auth,
    sessions,
    secureCookies: config.secureCookies,
    db: database.db,
    demo: deps.demo === true,
  });
  await app.register(accessRoutes, { db: database.db, sessions });
  await app.register(approvalRoutes, { db: database.db, sessions });
  await app.register(deviceRoutes, { db: database.db });
  await app.register(screeningRoutes, { db: database.db, secretKeys: config.secretKeys });
  await app.register(intelRoutes, { db: database.db, secretKeys: config.secretKeys });
  await app.register(ftmRoutes, { db: database.db });
  await app.register(oversightRoutes, { db: database.db });
  await app.register(operationsRoutes, { db: database.db });
  await app.register(planRoutes, { db: database.db });
  await app.register(fieldRoutes, { db: database.db });
  await app.register(indicatorRoutes, { db: database.db });
  await app.register(evaluationRoutes, { db: database.db, now: deps.now });
  await app.register(dashboardRoutes, { db: database.db });
  await app.register(checklistRoutes, { db: database.db });
  await app.register(publicationRoutes, { db: database.db, secretKeys: config.secretKeys });
  await app.register(targetingRoutes, { db: database.db });
  await app.register(summaryRoutes, { db: database.db, secretKeys: config.secretKeys });
  await app.register(evidenceRoutes, { db: database.db });
  await app.register(sharingRoutes, { db: database.db });
  await app.register(protectionRoutes, { db: database.db, secretKeys: config.secretKeys });
  await app.register(prosecutionRoutes, { db: database.db, secretKeys: config.secretKeys });
  await app.register(screeningLinkRoutes, { db: database.db });
  await app.register(timelineRoutes, { db: database.db, secretKeys: config.secretKeys });
  await app.register(peopleRoutes, { db: database.db });
  await app.register(networkRoutes, { db: database.db });
  await app.register(mapRoutes, { db: database.db });
  await app.register(chartRoutes, { db: database.db });
  await app.register(tipRoutes, { db: database.db });
  await app.register(inspectionRoutes, { db: database.db, secretKeys: config.secretKeys });
  await app.register(intakeRoutes, { db: database.db, secretKeys: config.secretKeys });
  await app.register(familyNumberRoutes, { db: database.db, secretKeys: config.secretKeys });
  await app.register(familyCallRoutes, { db: database.db, secretKeys: config.secretKeys });
  await app.register(routingRoutes, { db: database.db, secretKeys: config.secretKeys });
  await app.register(publicThreadRoutes, { db: database.db, secretKeys: config.secretKeys });
  await app.register(publicPageRoutes, { db: database.db, secretKeys: config.secretKeys, now: deps.now });
  const uploadDir = deps.uploadDir ?? join(config.dataDir, 'uploads');
  const imports = new ImportRunner(database, app.log, uploadDir);
  await app.register(importRoutes, { database, runner: imports, uploadDir });
  app.addHook('onClose', async () => imports.stop());
  await registerWebApp(app, config.webDir);

  await app.ready();
  imports.start();
  return { app, sessions, auth, routes, imports };
}
