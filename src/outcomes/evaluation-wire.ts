import { z } from 'zod';

// Shapes of the evaluation routes' replies (before and after, programmes, specialist units): the API's description,
// and the types of the web app, which imports this file as types only (zod and pure declarations here, nothing of
// the server).

/** The measures of before and after, in the order shown, with their words. */
export const MEASURES = [
  ['tips', 'Tips placed in the area'],
  ['inspections', 'Labour inspections visited in the area'],
  ['inspection-signs', 'Signs of forced labour observed in those inspections'],
  ['operations', 'Other operations carried out in the area'],
  ['screened', 'People screened after those operations'],
  ['presumed', 'Presumed victims among them'],
  ['reports', 'Intelligence reports naming a place in the area'],
  ['crossings', 'Border crossings at crossing points nearby'],
] as const;
export type MeasureId = (typeof MEASURES)[number][0];
const measureIds = MEASURES.map(([id]) => id) as [MeasureId, ...MeasureId[]];

/** The kinds of specialist unit, with their words. */
export const UNIT_KINDS = {
  police_unit: 'Police anti-trafficking unit',
  labour_team: 'Labour inspectorate team',
  prosecution_unit: 'Prosecution unit',
  shelter_team: 'Shelter team',
  screening_team: 'Screening team',
  hotline_team: 'Hotline team',
  other: 'Other specialist unit',
} as const;
export type UnitKind = keyof typeof UNIT_KINDS;
const unitKinds = Object.keys(UNIT_KINDS) as [UnitKind, ...UnitKind[]];

/** What was made: its id. */
export const createdReply = z.object({ id: z.string() });

// Before and after.

/** An operation carried out that may be evaluated: code name, day and province only. */
export const evaluableOperation = z.object({
  id: z.string(),
  codeName: z.string(),
  status: z.string(),
  day: z.string().nullable(),
  province: z.string().nullable(),
  country: z.string().nullable(),
  located: z.boolean(),
});
export const evaluableOperationsReply = z.object({ operations: z.array(evaluableOperation) });

const windowSchema = z.object({ from: z.string(), to: z.string() });
/** One measure counted in the two windows, and the change in words. */
export const measureShape = z.object({
  id: z.enum(measureIds),
  label: z.string(),
  before: z.number().int(),
  after: z.number().int(),
  change: z.number().int(),
  said: z.string(),
});
/** What happened in a place in equal windows before and after an operation or a day. */
export const beforeAfterReply = z.object({
  operation: z.object({ id: z.string(), codeName: z.string() }).nullable(),
  centre: z.object({ lat: z.number(), lon: z.number() }),
  radiusKm: z.number(),
  province: z.string().nullable(),
  country: z.string().nullable(),
  day: z.string(),
  days: z.number().int(),
  before: windowSchema,
  after: windowSchema,
  measures: z.array(measureShape),
  checkpoints: z.array(z.string()),
  caveat: z.string(),
  notes: z.array(z.string()),
});

// Programmes.

/** An objective of a programme and its progress measured from the indicators. */
export const objectiveShape = z.object({
  description: z.string(),
  tableId: z.string(),
  key: z.array(z.string()),
  baseline: z.number().int(),
  target: z.number().int(),
  measure: z.string(),
  current: z.number().int().nullable(),
  progress: z.number().nullable(),
  status: z.enum(['met', 'moving', 'no result', 'measure gone']),
  said: z.string(),
});

/** A programme with its objectives and progress; `flag` says why it has no result. */
export const programmeShape = z.object({
  id: z.string(),
  agencyId: z.string(),
  agency: z.string(),
  name: z.string(),
  funder: z.string(),
  startsOn: z.string(),
  endsOn: z.string().nullable(),
  filters: z.object({
    country: z.string().optional(),
    province: z.string().optional(),
    agency: z.string().optional(),
    exploitation: z.string().optional(),
    sex: z.string().optional(),
    age: z.string().optional(),
  }),
  countedFrom: z.string(),
  countedTo: z.string(),
  objectives: z.array(objectiveShape),
  flag: z.string().nullable(),
});
export const programmesReply = z.object({ programmes: z.array(programmeShape) });

/** An indicator table an objective may measure, with its cells' keys (no counts). */
export const measureTable = z.object({
  id: z.string(),
  title: z.string(),
  keys: z.array(z.array(z.string())),
});
export const measureTablesReply = z.object({ tables: z.array(measureTable) });

// Specialist units.

/** The outcomes credited to a unit. */
export const creditShape = z.object({
  operations: z.number().int(),
  allThreeMet: z.number().int(),
  arrests: z.number().int(),
  removed: z.number().int(),
  cases: z.number().int(),
  convictions: z.number().int(),
});

/** A specialist unit with its roster, tenure and training, and (for evaluators) the outcomes credited to it. */
export const unitShape = z.object({
  id: z.string(),
  agencyId: z.string(),
  agency: z.string(),
  name: z.string(),
  kind: z.enum(unitKinds),
  kindWords: z.string(),
  roster: z.array(
    z.object({
      memberId: z.string(),
      userId: z.string(),
      name: z.string(),
      joinedOn: z.string(),
      leftOn: z.string().nullable(),
      tenureDays: z.number().int(),
      current: z.boolean(),
    }),
  ),
  training: z.array(
    z.object({
      id: z.string(),
      userId: z.string(),
      name: z.string(),
      course: z.string(),
      provider: z.string(),
      completedOn: z.string(),
    }),
  ),
  currentMembers: z.number().int(),
  medianTenureDays: z.number().int().nullable(),
  credit: creditShape.optional(),
});
export const unitsReply = z.object({ units: z.array(unitShape) });

/** The agency's own units with roster and training, and its staff, for its administrators. */
export const unitRostersReply = z.object({
  units: z.array(unitShape),
  staff: z.array(z.object({ id: z.string(), name: z.string() })),
});
