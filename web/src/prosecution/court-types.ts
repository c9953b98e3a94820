/** Shapes of `GET /api/prosecution/cases/:id/court`, `/deadlines` and `/appeal-periods`, from the server's own
 * schemas (src/prosecution/court-shapes.ts). */
import type { z } from 'zod';
import type {
  appealPeriodsShape,
  courtShape,
  deadlineShape,
  dueDeadlinesShape,
  mlaShape,
} from '../../../src/prosecution/court-shapes.ts';
import type { Wire } from '../wire.ts';

export type Court = Wire<z.output<typeof courtShape>>;

export type Hearing = Court['hearings'][number];

/** A person taking part in a hearing: their pseudonym while they consent to share it, else "Victim-witness 1". */
export type Participant = Hearing['participants'][number];

export type CourtCharge = Court['charges'][number];

export type CourtDecision = Court['decisions'][number];

export type Sentence = Court['sentences'][number];

export type Money = NonNullable<Sentence['fine']>;

export type Appeal = Court['appeals'][number];

export type MlaRequest = Wire<z.output<typeof mlaShape>>;

export type Deadline = Wire<z.output<typeof deadlineShape>>;

export type DueDeadlines = Wire<z.output<typeof dueDeadlinesShape>>;

export type AppealPeriods = Wire<z.output<typeof appealPeriodsShape>>;
export type AppealPeriod = AppealPeriods['periods'][number];
