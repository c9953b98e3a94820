/**
 * The inspection API's answers, taken from the server's own schemas (src/monitoring/inspection-schemas.ts): a
 * change there breaks this build, not the user.
 */
import type { z } from 'zod';
import type {
  followUpDue,
  inspectionCreated,
  inspectionList,
  inspectionPage,
  inspectionSummary,
  interest,
  interestsReply,
  outcomeRecorded,
  referredWorker,
  referredWorkersReply,
} from '../../../../src/monitoring/inspection-schemas.ts';
import type { Wire } from '../../wire.ts';

export type InspectionRow = Wire<z.output<typeof inspectionSummary>>;
export type FollowUpDue = Wire<z.output<typeof followUpDue>>;
export type InspectionList = Wire<z.output<typeof inspectionList>>;
export type Inspection = Wire<z.output<typeof inspectionPage>>;
export type Workplace = Inspection['workplace'];
export type Inspector = Inspection['inspectors'][number];
export type Interview = Inspection['interviews'][number];
export type IndicatorFinding = Inspection['findings']['indicators'][number];
export type BreachFinding = Inspection['findings']['breaches'][number];
export type Outcome = Inspection['outcomes'][number];
/** A code offered on the page, with its words. */
export type Option = Inspection['choices']['breaches'][number];
export type ReferredWorker = Wire<z.output<typeof referredWorker>>;
export type ReferredWorkerList = Wire<z.output<typeof referredWorkersReply>>;
export type Interest = Wire<z.output<typeof interest>>;
export type Interests = Wire<z.output<typeof interestsReply>>;
/** An inspection planned: its id and reference. */
export type InspectionCreated = Wire<z.output<typeof inspectionCreated>>;
/** An outcome recorded, with how many workers it referred to screening. */
export type OutcomeRecorded = Wire<z.output<typeof outcomeRecorded>>;
