import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import type { Kysely } from 'kysely';
import { z } from 'zod';
import type { Keyring } from '../access/sealing.ts';
import type { Database } from '../db/types.ts';
import { actorOf } from '../platform/http/request.ts';
import { line, text, uuid } from '../platform/text.ts';
import { identityAccessSet } from './change-wire.ts';
import { colleaguesOf, readIdentity, saveIdentity, setAccess } from './identity.ts';
import { identityReadersReply, identityReply, identitySaved } from './wire.ts';

// The person's identity on the case, and who besides the caseworker may read it.

const country = z.string().regex(/^[A-Z]{2}$/, 'must be an ISO 3166 country code such as MM or KH');
export const DOCUMENT_KINDS = [
  'passport',
  'national_id',
  'birth_certificate',
  'work_permit',
  'seafarer_book',
  'other',
] as const;
const identity = z.strictObject({
  names: z.array(line(200)).min(1).max(8),
  birthDate: z
    .string()
    .regex(/^\d{4}(-\d{2}-\d{2})?$/, 'must be a date YYYY-MM-DD or a year')
    .refine((d) => d.length === 4 || !Number.isNaN(Date.parse(d)), 'is not a date')
    .nullable(),
  nationality: country.nullable(),
  phones: z.array(line(40)).max(6),
  documents: z.array(z.strictObject({ kind: z.enum(DOCUMENT_KINDS), number: line(60), country })).max(8),
  address: text(500, { empty: true }),
  photo: z
    .string()
    .max(700_000, 'must be under 500 KB')
    .regex(/^data:image\/(jpeg|png|webp);base64,[A-Za-z0-9+/=]+$/, 'must be a JPEG, PNG or WebP image')
    .nullable(),
});
const params = z.strictObject({ id: uuid });

export const identityRoutes: FastifyPluginAsyncZod<{ db: Kysely<Database>; secretKeys: Keyring }> = async (
  app,
  { db, secretKeys },
) => {
  app.get('/api/protection/cases/:id/identity', {
    config: { permission: 'protection.read' },
    schema: {
      summary:
        "The person's identity: for the case's caseworker and the colleagues they let in (every read audited)",
      tags: ['protection'],
      params,
      response: { 200: identityReply },
    },
    handler: async (request) => readIdentity(db, actorOf(request), secretKeys, request.params.id, request.id),
  });

  app.put('/api/protection/cases/:id/identity', {
    config: { permission: 'protection.write' },
    schema: {
      summary:
        "Record the person's identity, sealed; a person known from an earlier case is flagged (audited)",
      tags: ['protection'],
      params,
      body: identity,
      response: { 200: identitySaved },
    },
    handler: async (request) =>
      saveIdentity(db, actorOf(request), secretKeys, request.params.id, request.body, request.id),
  });

  app.get('/api/protection/cases/:id/identity-readers', {
    config: { permission: 'protection.write' },
    schema: {
      summary:
        "For the caseworker: colleagues who may be let in to read the person's identity, and who is in",
      tags: ['protection'],
      params,
      response: { 200: identityReadersReply },
    },
    handler: async (request) => ({ colleagues: await colleaguesOf(db, actorOf(request), request.params.id) }),
  });

  app.put('/api/protection/cases/:id/identity-readers/:userId', {
    config: { permission: 'protection.write' },
    schema: {
      summary:
        "Let a colleague read the person's identity, or take it back at once (the caseworker; audited)",
      tags: ['protection'],
      params: z.strictObject({ id: uuid, userId: uuid }),
      body: z.strictObject({ allow: z.boolean() }),
      response: { 200: identityAccessSet },
    },
    handler: async (request) =>
      setAccess(
        db,
        actorOf(request),
        request.params.id,
        request.params.userId,
        request.body.allow,
        request.id,
      ),
  });
};
