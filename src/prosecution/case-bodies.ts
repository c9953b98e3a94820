import { z } from 'zod';
import { day, line, text, uuid } from '../platform/text.ts';
import { EVIDENCE_KIND_NAMES, type EvidenceKind } from './evidence-kinds.ts';
import { ADULT_VICTIMS_SEX, CHARGE_VICTIMS, COUNTRIES } from './offences/types.ts';
import { SUSPECT_ROLE_NAMES, SUSPECT_STEPS, type SuspectRole } from './suspect-roles.ts';

// What the case file's routes take (routes.ts, work-routes.ts): opening a case file, its suspects, charges and
// evidence items. Pure (zod and the catalogues' codes), so that the web app types the bodies it sends from them.

/** The case files' states and where they were opened from, as the list of case files filters them. */
export const CASE_STATUSES = ['open', 'closed'] as const;
export const CASE_ORIGINS = ['operation', 'intelligence'] as const;

const role = z.enum(SUSPECT_ROLE_NAMES as [SuspectRole, ...SuspectRole[]]);

/** A case file opened from intelligence (a title) or from a concluded operation. */
export const openCaseBody = z
  .strictObject({ title: line(200).optional(), operationId: uuid.optional() })
  .refine((b) => b.title !== undefined || b.operationId !== undefined, {
    message: 'give a title (a case from intelligence) or an operationId',
    path: ['title'],
  });

/** A suspect from an entity of the picture, or by a label, with the role they played. */
export const suspectBody = z
  .strictObject({ entityId: uuid.optional(), label: line(200).optional(), role: role.optional() })
  .refine((b) => b.entityId !== undefined || b.label !== undefined, {
    message: 'give the entity or a label',
    path: ['label'],
  });

export const suspectRoleBody = z.strictObject({ role });

/** A step of a suspect's cooperation or confession, on the day it happened. */
export const suspectStepBody = z.strictObject({ step: z.enum(SUSPECT_STEPS), on: day() });

/** A charge: an offence of the catalogue of the country, and who its victims are. */
export const chargeBody = z.strictObject({
  suspectId: uuid,
  country: z.enum(COUNTRIES),
  offence: z.string().regex(/^[A-Z]{2}-[A-Z0-9/-]{1,30}$/, 'must be an offence code such as TH-ATIP-6'),
  victims: z.enum(CHARGE_VICTIMS),
  adultVictimsSex: z.enum(ADULT_VICTIMS_SEX).optional(),
});

export const evidenceBody = z.strictObject({
  kind: z.enum(EVIDENCE_KIND_NAMES as [EvidenceKind, ...EvidenceKind[]]),
  description: text(2000),
  exhibitId: uuid.optional(),
  reportId: uuid.optional(),
});

/** Linking an item to an element takes nothing more than its path says: no body (null), or an empty object. */
export const evidenceLinkBody = z.object({}).nullish();
