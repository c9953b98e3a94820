/** Shapes of `GET /api/prosecution/cases/:id/assets`, from the server's own schema (src/prosecution/asset-shapes.ts).
 * Days are YYYY-MM-DD. */
import type { z } from 'zod';
import type { assetsPage } from '../../../src/prosecution/asset-shapes.ts';
import type { Wire } from '../wire.ts';

export type AssetsPage = Wire<z.output<typeof assetsPage>>;

export type Asset = AssetsPage['assets'][number];

export type AssetOrderStep = Asset['orders'][number];

export type AssetAllocation = Asset['allocations'][number];

export type AssetTotal = AssetsPage['totals'][number];
