import { z } from 'zod';
import { type Listing, listQuery } from '../platform/listing.ts';
import { MEMBER_ROLES } from './plan-schema.ts';
import type { listOperations } from './plans.ts';
import { OPERATION_STATUSES, OPERATION_SORTS as SORTS } from './wire.ts';

type Row = Awaited<ReturnType<typeof listOperations>>[number];

/** How the list of a member's operations is searched (code name, target), filtered and sorted. */
export const operationListQuery = listQuery({
  sorts: SORTS,
  order: 'desc',
  filters: { status: z.enum(OPERATION_STATUSES).optional() },
});

// Statuses sort in the order an operation goes through them and roles in the plan's order, not by their codes'
// spelling, which means nothing in the reader's language.
const STATUS_ORDER = Object.fromEntries(OPERATION_STATUSES.map((s, i) => [s, i]));
const ROLE_ORDER = Object.fromEntries(MEMBER_ROLES.map((s, i) => [s, i]));

export const operationListing: Listing<Row, (typeof SORTS)[number]> = {
  text: (o) => [o.codeName, o.target],
  sorts: {
    code_name: (o) => o.codeName,
    target: (o) => o.target,
    starts_at: (o) => o.startsAt,
    role: (o) => ROLE_ORDER[o.myRole],
    status: (o) => STATUS_ORDER[o.status],
  },
};
