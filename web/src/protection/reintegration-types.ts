/** Shapes of the reintegration API's replies, from the server's own schemas. Dates arrive as ISO strings. */
import type { z } from 'zod';
import type { dueFollowUpsReply, reintegrationReply } from '../../../src/protection/return-wire.ts';
import type { Wire } from '../wire.ts';

export type Reintegration = Wire<z.output<typeof reintegrationReply>>;
export type ReintegrationPlan = NonNullable<Reintegration['plan']>;
/** A follow-up as scheduled: `state` is recorded, due or upcoming. */
export type ScheduledFollowUp = Reintegration['schedule'][number];

/** The agency's follow-ups due or overdue on its open cases. */
export type DueFollowUps = Wire<z.output<typeof dueFollowUpsReply>>;
