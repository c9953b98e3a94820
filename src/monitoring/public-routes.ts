import type { FastifyError, FastifyPluginAsync, FastifyReply, FastifyRequest } from 'fastify';
import type { Kysely } from 'kysely';
import type { Keyring } from '../access/sealing.ts';
import type { Database } from '../db/types.ts';
import { isAppError } from '../platform/errors.ts';
import { followPage, receiptPage, threadPage } from './public-follow-pages.ts';
import { type FormBody, parseFormBody, readAddition, readReportForm } from './public-form.ts';
import { STYLE } from './public-html.ts';
import { PublicCounters, type PublicLimitOverrides, publicLimits } from './public-limits.ts';
import { formPage, messagePage } from './public-pages.ts';
import { addToThread, openChannel, openThread, storePublicReport } from './public-store.ts';
import { type Lang, langOf, PAGE_TEXTS } from './public-texts.ts';
import { FOLLOW_TEXTS } from './public-texts-follow.ts';
import { FORM_TEXTS } from './public-texts-form.ts';

// The anonymous public reporting page (issue 16): server-rendered HTML outside /api that works without
// JavaScript, in the region's seven languages. Its routes are marked `anonymous`, so the client's address is not
// noted for the audit chain (src/server/client-address.ts); nothing here reads a header, sets a cookie, or logs
// more than the route pattern and status (src/server/app.ts). Limits are counted without telling senders apart
// (public-limits.ts).

export interface PublicPageOptions {
  db: Kysely<Database>;
  secretKeys: Keyring;
  /** The clock of receipt times and limits; the system clock unless given (tests move it). */
  now?: (() => number) | undefined;
  limits?: PublicLimitOverrides | undefined;
}

const ROUTE = { permission: 'public' as const, anonymous: true };
const HTML = 'text/html; charset=utf-8';

const langFrom = (request: FastifyRequest): Lang => {
  const body = request.body as FormBody | undefined;
  const query = request.query as Record<string, unknown> | undefined;
  return langOf(body?.lang ?? query?.lang);
};

const send = (reply: FastifyReply, status: number, html: string) =>
  reply.status(status).type(HTML).send(html);

export const publicPageRoutes: FastifyPluginAsync<PublicPageOptions> = async (app, opts) => {
  const { db, secretKeys: ring } = opts;
  const limits = publicLimits(opts.limits);
  const counters = new PublicCounters(limits);
  const now = opts.now ?? Date.now;

  // Forms only, and only here: the rest of the server keeps its JSON parser and its refusal of form posts.
  app.removeAllContentTypeParsers();
  app.addContentTypeParser(
    'application/x-www-form-urlencoded',
    { parseAs: 'string', bodyLimit: limits.bodyBytes },
    (_request, body, done) => done(null, parseFormBody(body as string)),
  );

  // Nothing kept by the browser or passed on: no cache (a shared phone keeps no copy), no referrer, no cookie.
  app.addHook('onSend', async (_request, reply, payload) => {
    reply.header('cache-control', 'no-store');
    reply.header('referrer-policy', 'no-referrer');
    reply.removeHeader('set-cookie');
    return payload;
  });

  // Failures answer as pages in the reporter's language, never as JSON, and never echo what was sent.
  app.setErrorHandler((err: FastifyError, request, reply) => {
    const lang = langOf((request.query as Record<string, unknown> | undefined)?.lang);
    const p = PAGE_TEXTS[lang];
    const status = isAppError(err) ? err.status : (err.statusCode ?? 500);
    if (status === 413 || err.code === 'FST_ERR_CTP_BODY_TOO_LARGE')
      return send(reply, 413, messagePage(lang, p.tooLarge));
    if (status >= 500)
      request.log.error({ reqId: request.id, err: { type: err.name, code: err.code } }, 'public page failed');
    return send(reply, status >= 400 && status < 600 ? status : 500, messagePage(lang, p.failed));
  });

  app.get('/report/style.css', { config: ROUTE, schema: { hide: true } }, async (_request, reply) =>
    reply.type('text/css; charset=utf-8').send(STYLE),
  );

  app.get('/report', { config: ROUTE, schema: { hide: true } }, async (request, reply) => {
    const lang = langFrom(request);
    const channel = await openChannel(db);
    if (!channel) return send(reply, 200, messagePage(lang, PAGE_TEXTS[lang].closed));
    return send(reply, 200, formPage(lang, channel.agencyName));
  });

  app.post(
    '/report',
    { config: ROUTE, schema: { hide: true }, bodyLimit: limits.bodyBytes },
    async (request, reply) => {
      const lang = langFrom(request);
      const channel = await openChannel(db);
      if (!channel) return send(reply, 503, messagePage(lang, PAGE_TEXTS[lang].closed));
      const form = readReportForm((request.body ?? {}) as FormBody, limits, FORM_TEXTS[lang]);
      if (!form.report) return send(reply, 400, formPage(lang, channel.agencyName, form.values, form.errors));
      const at = now();
      if (!counters.mayReport(at))
        return send(reply, 429, formPage(lang, channel.agencyName, form.values, {}, PAGE_TEXTS[lang].busy));
      const stored = await storePublicReport(db, ring, form.report, lang, new Date(at));
      if (!stored) return send(reply, 503, messagePage(lang, PAGE_TEXTS[lang].closed));
      counters.reported(at);
      return send(reply, 200, receiptPage(lang, stored.code));
    },
  );

  app.get('/report/follow', { config: ROUTE, schema: { hide: true } }, async (request, reply) =>
    send(reply, 200, followPage(langFrom(request))),
  );

  /** The same "not found" page whatever made the code fail; every failure counts towards the global limit. */
  const wrongCode = (reply: FastifyReply, lang: Lang, at: number) => {
    counters.wrongCode(at);
    return send(reply, 404, followPage(lang, FOLLOW_TEXTS[lang].notFound));
  };
  const tooManyCodes = (reply: FastifyReply, lang: Lang) =>
    send(reply, 429, followPage(lang, FOLLOW_TEXTS[lang].tooManyCodes));

  app.post(
    '/report/follow',
    { config: ROUTE, schema: { hide: true }, bodyLimit: limits.bodyBytes },
    async (request, reply) => {
      const lang = langFrom(request);
      const at = now();
      if (!counters.mayTryCode(at)) return tooManyCodes(reply, lang);
      const code = ((request.body ?? {}) as FormBody).code ?? '';
      const thread = await openThread(db, ring, code);
      if (!thread) return wrongCode(reply, lang, at);
      return send(reply, 200, threadPage(lang, code, thread));
    },
  );

  app.post(
    '/report/follow/add',
    { config: ROUTE, schema: { hide: true }, bodyLimit: limits.bodyBytes },
    async (request, reply) => {
      const lang = langFrom(request);
      const f = FOLLOW_TEXTS[lang];
      const at = now();
      if (!counters.mayTryCode(at)) return tooManyCodes(reply, lang);
      const body = (request.body ?? {}) as FormBody;
      const code = body.code ?? '';
      const addition = readAddition(body, limits, { ...FORM_TEXTS[lang], needAddition: f.needAddition });
      if (addition.error) {
        const thread = await openThread(db, ring, code);
        if (!thread) return wrongCode(reply, lang, at);
        return send(
          reply,
          400,
          threadPage(lang, code, thread, { addition: addition.value, problem: addition.error }),
        );
      }
      const outcome = await addToThread(
        db,
        ring,
        code,
        addition.value,
        new Date(at),
        limits.additionsPerCodePerDay,
      );
      if (outcome === 'not_found') return wrongCode(reply, lang, at);
      const thread = await openThread(db, ring, code);
      if (!thread) return wrongCode(reply, lang, at);
      if (outcome === 'limit')
        return send(
          reply,
          429,
          threadPage(lang, code, thread, { addition: addition.value, problem: f.tooManyAdditions }),
        );
      return send(reply, 200, threadPage(lang, code, thread, { added: true }));
    },
  );
};
