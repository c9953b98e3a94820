import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import type { Kysely } from 'kysely';
import { z } from 'zod';
import type { Database } from '../db/types.ts';
import { AppError } from '../platform/errors.ts';
import { actorOf } from '../platform/http/request.ts';
import { uuid } from '../platform/text.ts';
import { leftInput, memberInput, trainingInput, unitInput } from './evaluation-bodies.ts';
import { auditRead, reachOf, todayOf } from './evaluation-scope.ts';
import { createdReply, unitRostersReply, unitShape, unitsReply } from './evaluation-wire.ts';
import {
  addMember,
  addTraining,
  createUnit,
  readUnits,
  setLeft,
  staffChoices,
  unitsReached,
} from './units.ts';

// Specialist units: evaluators (outcomes.read) read the units of their agency and of the agencies it oversees, with
// the outcomes credited to them; the agency's administrators (user.update) keep units, roster and training and read
// them without the figures. A unit of another agency answers "not found". Audited with ids and counts.

const tags = ['outcomes'];
const idParams = z.strictObject({ id: uuid });
const memberParams = z.strictObject({ id: uuid, memberId: uuid });
const created = { 201: createdReply };

export const unitRoutes: FastifyPluginAsyncZod<{
  db: Kysely<Database>;
  now?: (() => number) | undefined;
}> = async (app, { db, now }) => {
  app.get('/api/outcomes/units', {
    config: { permission: 'outcomes.read' },
    schema: {
      summary: 'Specialist units with roster, tenure, training and the outcomes credited to them (audited)',
      tags,
      response: { 200: unitsReply },
    },
    handler: async (request) => {
      const actor = actorOf(request);
      const units = await unitsReached(db, await reachOf(db, actor), todayOf(now));
      await auditRead(db, actor, 'outcomes.units_read', request.id, {
        units: units.length,
        members: units.reduce((a, u) => a + u.roster.length, 0),
      });
      return { units };
    },
  });

  app.get('/api/outcomes/units/:id', {
    config: { permission: 'outcomes.read' },
    schema: {
      summary: 'One specialist unit (audited)',
      tags,
      params: idParams,
      response: { 200: unitShape },
    },
    handler: async (request) => {
      const actor = actorOf(request);
      const [unit] = await unitsReached(db, await reachOf(db, actor), todayOf(now), request.params.id);
      if (!unit) throw new AppError('not_found', 'id: no such unit');
      await auditRead(
        db,
        actor,
        'outcomes.unit_read',
        request.id,
        { members: unit.roster.length },
        { type: 'outcome_unit', id: unit.id },
      );
      return unit;
    },
  });

  app.get('/api/outcomes/unit-rosters', {
    config: { permission: 'user.update' },
    schema: {
      summary:
        "The agency's own units with roster and training, and its staff, for its administrators (audited)",
      tags,
      response: { 200: unitRostersReply },
    },
    handler: async (request) => {
      const actor = actorOf(request);
      const agency = actor.agencyId;
      const units = agency ? await readUnits(db, [agency], todayOf(now), { credit: false }) : [];
      const staff = agency ? await staffChoices(db, agency) : [];
      await auditRead(db, actor, 'outcomes.unit_rosters_read', request.id, { units: units.length });
      return { units, staff };
    },
  });

  app.post('/api/outcomes/units', {
    config: { permission: 'user.update' },
    schema: {
      summary: 'Creates a specialist unit of the agency (audited)',
      tags,
      body: unitInput,
      response: created,
    },
    handler: async (request, reply) =>
      reply.code(201).send({ id: await createUnit(db, actorOf(request), request.body, request.id) }),
  });

  app.post('/api/outcomes/units/:id/members', {
    config: { permission: 'user.update' },
    schema: {
      summary:
        'Puts a member of staff on the roster, with the day they joined and, if past, the day they left',
      tags,
      params: idParams,
      body: memberInput,
      response: created,
    },
    handler: async (request, reply) =>
      reply
        .code(201)
        .send({ id: await addMember(db, actorOf(request), request.params.id, request.body, request.id) }),
  });

  app.put('/api/outcomes/units/:id/members/:memberId', {
    config: { permission: 'user.update' },
    schema: {
      summary: 'Sets (or clears) the day a member left the unit (audited)',
      tags,
      params: memberParams,
      body: leftInput,
      response: { 200: createdReply },
    },
    handler: async (request) => {
      const { id, memberId } = request.params;
      await setLeft(db, actorOf(request), id, memberId, request.body.leftOn, request.id);
      return { id: memberId };
    },
  });

  app.post('/api/outcomes/units/:id/training', {
    config: { permission: 'user.update' },
    schema: {
      summary: "Records a course a member of the unit's staff completed (audited)",
      tags,
      params: idParams,
      body: trainingInput,
      response: created,
    },
    handler: async (request, reply) =>
      reply
        .code(201)
        .send({ id: await addTraining(db, actorOf(request), request.params.id, request.body, request.id) }),
  });
};
