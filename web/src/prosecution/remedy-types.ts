/** Shapes of `GET /api/prosecution/cases/:id/remedies`, from the server's own schema
 * (src/prosecution/asset-shapes.ts). Days are YYYY-MM-DD. */
import type { z } from 'zod';
import type { remediesPage } from '../../../src/prosecution/asset-shapes.ts';
import type { Wire } from '../wire.ts';

export type RemediesPage = Wire<z.output<typeof remediesPage>>;

export type Remedy = RemediesPage['remedies'][number];

export type RemedyStep = Remedy['steps'][number];
