import { z } from 'zod';
import { listQuery, pageFields } from '../platform/listing.ts';
import { CASE_ORIGINS, CASE_STATUSES } from './case-bodies.ts';
import { ELEMENT_STATUSES } from './evidence-kinds.ts';
import { SUSPECT_TIERS } from './suspect-roles.ts';

// Response shapes of the prosecution routes (they are also the API description).

/** A law and its section in the reader's language; `text` is the whole citation as read in it. */
const citation = z.object({
  law: z.string(),
  section: z.string().nullable(),
  verify: z.literal(true),
  text: z.string(),
});
const burden = z.object({
  elements: z.number(),
  proven: z.number(),
  independent: z.number(),
  otherTestimony: z.number(),
  restingOnVictim: z.number(),
  gaps: z.number(),
  burden: z.number(),
});

/** An offence of the catalogue: its title, elements' texts, notes and citation in the reader's language, codes as they are. */
export const offenceShape = z.object({
  code: z.string(),
  country: z.string(),
  category: z.string(),
  title: z.string(),
  citation,
  victims: z.string(),
  elements: z.array(
    z.object({
      code: z.string(),
      text: z.string(),
      seek: z.array(z.string()),
      notRequiredForChildren: z.boolean().optional(),
    }),
  ),
  notes: z.array(z.string()),
});
/** The offences a charge may name, with their elements and citations. */
export const offencesReply = z.object({ offences: z.array(offenceShape) });

/** A case file opened, with how many suspects and items of evidence it starts with. */
export const caseOpenedReply = z.object({
  id: z.string(),
  ref: z.string(),
  suspects: z.number(),
  evidence: z.number(),
});

export const caseListShape = z.object({
  cases: z.array(
    z.object({
      id: z.string(),
      ref: z.string(),
      title: z.string(),
      origin: z.string(),
      status: z.string(),
      createdAt: z.string(),
      suspects: z.number(),
      charges: z.number(),
      /** The charge that leans most on the victim's testimony alone (its title in the reader's language), or null before any charge. */
      worst: z.object({ offence: z.string(), title: z.string(), suspect: z.string(), burden }).nullable(),
    }),
  ),
});

export const CASE_SORTS = ['ref', 'title', 'opened', 'suspects', 'charges', 'burden'] as const;

/** The list of case files: found by words, filtered by status and origin, sorted, a page at a time (case-list.ts). */
export const caseListQuery = listQuery({
  sorts: CASE_SORTS,
  order: 'desc',
  filters: {
    status: z.enum(CASE_STATUSES).optional(),
    origin: z.enum(CASE_ORIGINS).optional().describe('Opened from an operation or from intelligence'),
  },
});

export const caseListReply = caseListShape.extend(pageFields);

export const casePageShape = z.object({
  id: z.string(),
  ref: z.string(),
  title: z.string(),
  origin: z.string(),
  status: z.string(),
  createdAt: z.string(),
  siteEntityId: z.string().nullable(),
  operation: z
    .object({ id: z.string(), codeName: z.string(), concludedAt: z.string().nullable() })
    .nullable(),
  suspects: z.array(
    z.object({
      id: z.string(),
      label: z.string(),
      entityId: z.string().nullable(),
      role: z.string().nullable(),
      tier: z.enum(SUSPECT_TIERS).nullable(),
      arrested: z.boolean(),
      arrestedAt: z.string().nullable(),
      cooperation: z.string().nullable(),
      confession: z.string().nullable(),
      steps: z.array(z.object({ step: z.string(), on: z.string(), recordedAt: z.string() })),
    }),
  ),
  evidence: z.array(
    z.object({
      id: z.string(),
      ref: z.string(),
      n: z.number(),
      kind: z.string(),
      class: z.string(),
      testimonial: z.boolean(),
      description: z.string(),
      exhibitId: z.string().nullable(),
      reportId: z.string().nullable(),
      addedAt: z.string(),
    }),
  ),
  charges: z.array(
    z.object({
      id: z.string(),
      caseId: z.string(),
      suspectId: z.string(),
      country: z.string(),
      offence: z.string(),
      title: z.string(),
      category: z.string().nullable(),
      citation: citation.nullable(),
      notes: z.array(z.string()),
      victims: z.string(),
      adultVictimsSex: z.string().nullable(),
      laidAt: z.string(),
      elements: z.array(
        z.object({
          code: z.string(),
          text: z.string(),
          seek: z.array(z.string()),
          status: z.enum(ELEMENT_STATUSES),
          evidence: z.array(z.object({ id: z.string(), kind: z.string() })),
          seekNext: z.array(z.string()),
        }),
      ),
      burden,
    }),
  ),
  burden,
});

const direction = z.enum(['out', 'in']);
/** The agency that disclosed a tie with a shared operation's file; absent for the office's own picture. */
const disclosedBy = z.string().optional();
/** What a tie in the scope rests on (src/prosecution/scope.ts, TieEvidence). */
export const tieEvidence = z.discriminatedUnion('kind', [
  z.object({
    kind: z.literal('declared'),
    link: z.string(),
    label: z.string(),
    direction,
    reportId: z.string().nullable(),
    sourceGrade: z.string(),
    infoGrade: z.string(),
    assertedAt: z.string(),
    disclosedBy,
  }),
  z.object({
    kind: z.literal('calls'),
    direction,
    count: z.number(),
    seconds: z.number(),
    firstAt: z.string(),
    lastAt: z.string(),
    disclosedBy,
  }),
  z.object({
    kind: z.literal('transfers'),
    direction,
    count: z.number(),
    amount: z.number(),
    firstAt: z.string(),
    lastAt: z.string(),
    disclosedBy,
  }),
  z.object({
    kind: z.literal('co_travel'),
    occasions: z.number(),
    sameVehicle: z.number(),
    checkpoints: z.array(z.string()),
    firstAt: z.string(),
    lastAt: z.string(),
    disclosedBy,
  }),
  z.object({
    kind: z.literal('broker'),
    relation: z.enum(['supplies_site', 'reaches_through', 'pays_broker', 'supplied_by', 'same_broker']),
    rank: z.number(),
    sitesSupplied: z.number(),
    payers: z.number(),
    brokerId: z.string(),
    disclosedBy,
  }),
]);

export const scopeShape = z.object({
  caseId: z.string(),
  suspects: z.array(
    z.object({ id: z.string(), label: z.string(), entityId: z.string().nullable(), visible: z.boolean() }),
  ),
  proposals: z.array(
    z.object({
      entity: z.object({ id: z.string(), type: z.string(), label: z.string() }),
      proposal: z.enum(['scope_expansion', 'new_target']),
      ties: z.array(
        z.object({
          suspectId: z.string(),
          /** What the tie rests on: a declared link (report, grades), calls or transfers (counts, totals, dates), crossings together, or the network analysis's brokers. */
          evidence: tieEvidence,
        }),
      ),
    }),
  ),
});
