/** Shapes of `GET /api/protection/cases/:id/compensation`, from the server's own schema. Amounts are in the claim's
 * currency; dates arrive as ISO strings. */
import type { z } from 'zod';
import type { compensationPage } from '../../../src/protection/wire.ts';
import type { Wire } from '../wire.ts';

export type Compensation = Wire<z.output<typeof compensationPage>>;
export type Claim = Compensation['claims'][number];
