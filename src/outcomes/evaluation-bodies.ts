import { z } from 'zod';
import { day, line, text, uuid } from '../platform/text.ts';
import { UNIT_KINDS, type UnitKind } from './evaluation-wire.ts';
import { filtersQuery } from './filters.ts';

// The bodies the evaluation routes take: programmes with their objectives, and specialist units with their roster
// and training (pure: the web app checks what it sends against them).

/** A programme's results are counted with these filters, over the programme's own period. */
export const programmeFilters = filtersQuery.omit({ from: true, to: true });

/** An objective, measured by one cell of an indicator table (its key), from a baseline to a target. */
export const objectiveInput = z.strictObject({
  description: text(500),
  tableId: line(60),
  key: z.array(line(200)).min(1).max(4),
  baseline: z.number().int().min(0).max(10_000_000),
  target: z.number().int().min(0).max(10_000_000),
});

/** A programme as created or changed: its name, funder, period, filters and objectives. */
export const programmeInput = z.strictObject({
  name: line(200),
  funder: line(200),
  startsOn: day(),
  endsOn: day().nullable(),
  filters: programmeFilters,
  objectives: z.array(objectiveInput).min(1).max(20),
});

const kinds = Object.keys(UNIT_KINDS) as [UnitKind, ...UnitKind[]];

/** A specialist unit made: its name and kind. */
export const unitInput = z.strictObject({ name: line(200), kind: z.enum(kinds) });
/** A member of staff added to a unit's roster, from the day they joined (and the day they left, if they have). */
export const memberInput = z.strictObject({ userId: uuid, joinedOn: day(), leftOn: day().nullable() });
/** The day a member left the unit (null: still in it). */
export const leftInput = z.strictObject({ leftOn: day().nullable() });
/** A course a member of the unit completed. */
export const trainingInput = z.strictObject({
  userId: uuid,
  course: line(200),
  provider: line(200),
  completedOn: day(),
});
