/** Shapes of the evaluation routes' replies (before and after, programmes, specialist units), from the server's own
 * schemas (src/outcomes/evaluation-wire.ts). */
import type { z } from 'zod';
import type {
  leftInput,
  memberInput,
  programmeInput,
  trainingInput,
  unitInput,
} from '../../../../src/outcomes/evaluation-bodies.ts';
import type {
  beforeAfterReply,
  creditShape,
  evaluableOperationsReply,
  measureShape,
  measureTablesReply,
  objectiveShape,
  programmeShape,
  programmesReply,
  unitRostersReply,
  unitShape,
  unitsReply,
} from '../../../../src/outcomes/evaluation-wire.ts';
import type { Wire } from '../../wire.ts';

export type EvaluableOperations = Wire<z.output<typeof evaluableOperationsReply>>;
export type EvaluableOperation = EvaluableOperations['operations'][number];

export type Measure = Wire<z.output<typeof measureShape>>;

export type BeforeAfter = Wire<z.output<typeof beforeAfterReply>>;

export type ObjectiveProgress = Wire<z.output<typeof objectiveShape>>;

export type Programme = Wire<z.output<typeof programmeShape>>;
export type Programmes = Wire<z.output<typeof programmesReply>>;

export type MeasureTables = Wire<z.output<typeof measureTablesReply>>;
export type MeasureTable = MeasureTables['tables'][number];

export type Credit = Wire<z.output<typeof creditShape>>;

export type Unit = Wire<z.output<typeof unitShape>>;
export type Units = Wire<z.output<typeof unitsReply>>;

/** The agency's own units with roster and training, and its staff. */
export type Rosters = Wire<z.output<typeof unitRostersReply>>;

/** Request bodies, as the server's own schemas take them: a programme, and a unit with its roster and training. */
export type ProgrammeBody = z.input<typeof programmeInput>;
export type UnitBody = z.input<typeof unitInput>;
export type MemberBody = z.input<typeof memberInput>;
export type LeftBody = z.input<typeof leftInput>;
export type TrainingBody = z.input<typeof trainingInput>;
