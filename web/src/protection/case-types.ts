/** Shapes of a protection case's page (`GET /api/protection/cases/:id`) and the agency's stay warnings, from the
 * server's own schemas. Dates arrive as ISO strings. */
import type { z } from 'zod';
import type { casePage, stayWarningsReply } from '../../../src/protection/case-wire.ts';
import type { Wire } from '../wire.ts';

export type CasePage = Wire<z.output<typeof casePage>>;
/** Who did something on a case. */
export type Who = NonNullable<CasePage['owner']>;
export type Need = CasePage['needs'][number];
export type CaseService = CasePage['services'][number];
export type Consent = CasePage['consents'][number];
export type Stay = CasePage['stays'][number];

/** The agency's stay warnings and the thresholds past which a stay is flagged. */
export type StayWarnings = Wire<z.output<typeof stayWarningsReply>>;
