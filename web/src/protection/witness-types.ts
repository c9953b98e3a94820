/** Shapes of `GET /api/protection/cases/:id/witness`, from the server's own schema: the person's stance on
 * cooperating and the support measures. Dates arrive as ISO strings. */
import type { z } from 'zod';
import type { witnessPage } from '../../../src/protection/witness-wire.ts';
import type { Wire } from '../wire.ts';

export type WitnessPage = Wire<z.output<typeof witnessPage>>;
export type Measure = WitnessPage['measures'][number];
