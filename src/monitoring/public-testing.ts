import type { FastifyInstance, LightMyRequestResponse } from 'fastify';
import type { Kysely } from 'kysely';
import type { Database } from '../db/types.ts';

// Helpers of the public page's tests: a browser's form posts without JavaScript, and what the pages show.

export const FORM_TYPE = 'application/x-www-form-urlencoded';

/** Posts a form as a browser does (urlencoded), with any extra headers. */
export function postForm(
  app: FastifyInstance,
  url: string,
  fields: Record<string, string>,
  opts: { headers?: Record<string, string>; remoteAddress?: string } = {},
): Promise<LightMyRequestResponse> {
  return app.inject({
    method: 'POST',
    url,
    headers: { 'content-type': FORM_TYPE, ...opts.headers },
    payload: new URLSearchParams(fields).toString(),
    ...(opts.remoteAddress ? { remoteAddress: opts.remoteAddress } : {}),
  });
}

/** The receipt code a receipt page shows. */
export function receiptCodeOf(html: string): string {
  const code = /<p class="code"[^>]*>([0-9A-Z-]+)<\/p>/.exec(html)?.[1];
  if (!code) throw new Error('no receipt code on the page');
  return code;
}

/** Sends a report and returns its receipt code and tip id. */
export async function sendReport(
  app: FastifyInstance,
  db: Kysely<Database>,
  fields: Record<string, string>,
): Promise<{ code: string; tipId: string }> {
  const res = await postForm(app, '/report', fields);
  if (res.statusCode !== 200) throw new Error(`report refused: ${res.statusCode}`);
  const tip = await db
    .selectFrom('tips')
    .select('id')
    .where('channel', '=', 'public_page')
    .orderBy('id', 'desc')
    .executeTakeFirstOrThrow();
  return { code: receiptCodeOf(res.body), tipId: String(tip.id) };
}

/** Makes an agency answer the public page. */
export async function openPublicChannel(db: Kysely<Database>, agencyId: string, open = true): Promise<void> {
  await db.deleteFrom('public_channel').execute();
  await db.insertInto('public_channel').values({ id: 1, agency_id: agencyId, open }).execute();
}

export const countOf = async (db: Kysely<Database>, table: 'tips' | 'tip_messages' | 'tip_events') =>
  Number(
    (
      await db
        .selectFrom(table)
        .select((eb) => eb.fn.countAll<string>().as('n'))
        .executeTakeFirstOrThrow()
    ).n,
  );
