/** Shapes of the transfer API's replies (`GET .../transfers`, `GET /api/protection/transfers/inbox`), from the
 * server's own schemas. Dates arrive as ISO strings. */
import type { z } from 'zod';
import type {
  caseTransfersReply,
  sharedValues,
  transferInboxReply,
} from '../../../src/protection/return-wire.ts';
import type { Wire } from '../wire.ts';

/** What the person agreed to share, as read from the sending case now; an item not shared is absent. */
export type SharedValues = Wire<z.output<typeof sharedValues>>;

export type CaseTransfers = Wire<z.output<typeof caseTransfersReply>>;
export type Transfer = CaseTransfers['transfers'][number];
/** For a case opened from a transfer: where it came from and what arrived with it. */
export type ArrivedBy = NonNullable<CaseTransfers['arrivedBy']>;

/** Transfers sent to the agency, with only what the person agreed to share. */
export type TransferInboxReply = Wire<z.output<typeof transferInboxReply>>;
export type InboxTransfer = TransferInboxReply['transfers'][number];
