import { z } from 'zod';

// Shapes of the evaluation routes' replies (before and after, programmes, specialist units): the API's description,
// and the types of the web app, which imports this file as types only (zod and pure declarations here, nothing of
// the server).

/** The measures of before and after, in the order shown (the screens word them, `beforeAfter.measure.<id>`). */
export const MEASURE_IDS = [
  'tips',
  'inspections',
  'inspection-signs',
  'operations',
  'screened',
  'presumed',
  'reports',
  'crossings',
] as const;
export type MeasureId = (typeof MEASURE_IDS)[number];

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
  id: z.enum(MEASURE_IDS),
  before: z.number().int(),
  after: z.number().int(),
  change: z.number().int(),
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
  /** What goes with the figures (the screens word it, with the caveat that before and after is not proof of effect). */
  notes: z.object({
    /** The window after has not started, is still running (with the days to go) or is over. */
    after: z.enum(['not_started', 'running', 'over']),
    daysLeft: z.number().int(),
    /** The operation itself and the people screened after it are counted in neither window. */
    operationExcluded: z.boolean(),
    /** The crossing points within `checkpointKm` whose crossings are counted. */
    checkpoints: z.number().int(),
    checkpointKm: z.number(),
  }),
});

// Programmes.

/** An objective of a programme and its progress measured from the indicators. */
export const objectiveShape = z.object({
  description: z.string(),
  tableId: z.string(),
  key: z.array(z.string()),
  baseline: z.number().int(),
  target: z.number().int(),
  /** The key's words as codes for the screens (src/outcomes/indicator-codes.ts); null: a value named as recorded. */
  keyCodes: z.array(z.string().nullable()),
  current: z.number().int().nullable(),
  progress: z.number().nullable(),
  status: z.enum(['met', 'moving', 'no result', 'measure gone']),
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
  /** The programme's period has begun (before it, nothing is counted). */
  started: z.boolean(),
  objectives: z.array(objectiveShape),
  /** Started, and no objective has moved: no measurable result since it started. */
  flag: z.boolean(),
});
export const programmesReply = z.object({ programmes: z.array(programmeShape) });

/** An indicator table an objective may measure, with its cells' keys (no counts). */
export const measureTable = z.object({
  id: z.string(),
  title: z.string(),
  keys: z.array(z.array(z.string())),
  /** Each key's words as codes for the screens; null: a value named as recorded. */
  keyCodes: z.array(z.array(z.string().nullable())),
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
