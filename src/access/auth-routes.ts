import type { FastifyReply, FastifyRequest } from 'fastify';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import type { Kysely } from 'kysely';
import { z } from 'zod';
import type { Database } from '../db/types.ts';
import { AppError } from '../platform/errors.ts';
import { SESSION_COOKIE, sessionToken } from '../platform/http/session-cookie.ts';
import type { AuthService, StageResult } from './auth-service.ts';
import { demoSignIn, listDemoUsers } from './demo.ts';
import {
  codeBody,
  demoSignInBody,
  demoUsersReply,
  enrolmentReply,
  linkBody,
  passwordBody,
  sessionReply,
  signInBody,
  stageReply,
} from './schema.ts';
import type { SessionInfo, SessionStage, SessionStore } from './sessions.ts';

interface Deps {
  auth: AuthService;
  sessions: SessionStore;
  secureCookies: boolean;
  db: Kysely<Database>;
  /** Demo mode: the database holds demo users and the server listens on loopback only. */
  demo: boolean;
}

const ctx = (request: FastifyRequest) => ({ ip: request.ip, requestId: request.id });

/** Sign-in, second factor, enrolment, first-use links and sign-out: the only routes open without a session. */
export const authRoutes: FastifyPluginAsyncZod<Deps> = async (
  app,
  { auth, sessions, secureCookies, db, demo },
) => {
  const setCookie = (reply: FastifyReply, r: StageResult) => {
    reply.setCookie(SESSION_COOKIE, r.token, {
      httpOnly: true,
      sameSite: 'strict',
      secure: secureCookies,
      path: '/',
      maxAge: Math.max(1, Math.floor((r.expiresAt - sessions.now()) / 1000)),
    });
    return { stage: r.stage };
  };
  const pending = async (request: FastifyRequest, stage: SessionStage): Promise<SessionInfo> => {
    const s = await sessions.resolve(sessionToken(request));
    if (!s) throw new AppError('unauthenticated', 'Your sign-in has expired. Start again.');
    if (s.stage !== stage) throw new AppError('conflict', 'This step is not expected now.');
    return s;
  };
  const pub = { permission: 'public' as const };

  app.get('/api/auth/session', {
    config: pub,
    schema: {
      summary: 'Where the caller stands in signing in',
      tags: ['auth'],
      response: { 200: sessionReply },
    },
    handler: async (request) => {
      const s = await sessions.resolve(sessionToken(request), { touch: false });
      if (!s) return { signedIn: false, demo };
      return {
        demo,
        signedIn: s.stage === 'active',
        stage: s.stage,
        idleTimeoutSeconds: Math.floor(sessions.idleLimit(s.stage) / 1000),
        expiresAt: new Date(s.expiresAt).toISOString(),
      };
    },
  });

  app.post('/api/auth/sign-in', {
    config: pub,
    schema: {
      summary: 'Sign in with user name and password',
      tags: ['auth'],
      body: signInBody,
      response: { 200: stageReply },
    },
    handler: async (request, reply) =>
      setCookie(reply, await auth.signIn(request.body.username, request.body.password, ctx(request))),
  });

  app.post('/api/auth/second-factor', {
    config: pub,
    schema: {
      summary: 'Give the six-digit code from the authenticator app',
      tags: ['auth'],
      body: codeBody,
      response: { 200: stageReply },
    },
    handler: async (request, reply) =>
      setCookie(
        reply,
        await auth.verifySecondFactor(await pending(request, 'totp'), request.body.code, ctx(request)),
      ),
  });

  app.post('/api/auth/enrolment/start', {
    config: pub,
    schema: {
      summary: 'Start enrolling an authenticator app: returns the secret once',
      tags: ['auth'],
      response: { 200: enrolmentReply },
    },
    handler: async (request) => auth.startEnrolment(await pending(request, 'enroll_totp'), ctx(request)),
  });

  app.post('/api/auth/enrolment/confirm', {
    config: pub,
    schema: {
      summary: 'Confirm enrolment with a code from the app',
      tags: ['auth'],
      body: codeBody,
      response: { 200: stageReply },
    },
    handler: async (request, reply) =>
      setCookie(
        reply,
        await auth.confirmEnrolment(await pending(request, 'enroll_totp'), request.body.code, ctx(request)),
      ),
  });

  app.post('/api/auth/link', {
    config: pub,
    schema: {
      summary: 'Redeem a one-time sign-in link',
      tags: ['auth'],
      body: linkBody,
      response: { 200: stageReply },
    },
    handler: async (request, reply) =>
      setCookie(reply, await auth.redeemLink(request.body.token, ctx(request))),
  });

  app.post('/api/auth/password', {
    config: pub,
    schema: {
      summary: 'Set a password after redeeming a link',
      tags: ['auth'],
      body: passwordBody,
      response: { 200: stageReply },
    },
    handler: async (request, reply) =>
      setCookie(
        reply,
        await auth.setPassword(await pending(request, 'set_password'), request.body.password, ctx(request)),
      ),
  });

  app.get('/api/auth/demo-users', {
    config: pub,
    schema: {
      summary: 'Demo mode only: the demo users by agency and role',
      tags: ['auth'],
      response: { 200: demoUsersReply },
    },
    handler: async () => {
      if (!demo) throw new AppError('not_found');
      return { users: await listDemoUsers(db) };
    },
  });

  app.post('/api/auth/demo-sign-in', {
    config: pub,
    schema: {
      summary: 'Demo mode only, from this machine only: sign in as a demo user',
      tags: ['auth'],
      body: demoSignInBody,
      response: { 200: stageReply },
    },
    handler: async (request, reply) => {
      if (!demo) throw new AppError('not_found');
      return setCookie(reply, await demoSignIn(db, sessions, request.body.userId, ctx(request)));
    },
  });

  const signOut = async (request: FastifyRequest, reply: FastifyReply) => {
    const s = await sessions.resolve(sessionToken(request), { touch: false });
    if (s) await auth.signOut(s, ctx(request));
    reply.clearCookie(SESSION_COOKIE, { path: '/' });
    return reply.status(204).send(null);
  };
  app.post('/api/auth/sign-out', {
    config: pub,
    schema: {
      summary: 'Sign out: the session ends on the server, whatever body or type the request carries',
      tags: ['auth'],
      response: { 204: z.null() },
    },
    // Answered before the body is read (after the origin check), so no body can keep a session alive.
    onRequest: async (request, reply) => signOut(request, reply),
    handler: async (request, reply) => signOut(request, reply),
  });
};
