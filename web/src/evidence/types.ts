/** Shapes of the evidence API's replies, from the server's own schemas. Dates arrive as ISO strings. */
import type { z } from 'zod';
import type { custodyInputSchema } from '../../../src/evidence/schema.ts';
import type {
  custodyEntryReply,
  custodyRecordedReply,
  exhibitReply,
  operationExhibitsReply,
  sharedExhibitsReply,
  sharedOperationsReply,
} from '../../../src/evidence/wire.ts';
import type { Wire } from '../wire.ts';

export type CustodyEntry = Wire<z.output<typeof custodyEntryReply>>;

export type Exhibit = Wire<z.output<typeof exhibitReply>>;

/** A custody entry just recorded: its number, its hash, and for a digital item whether the hash held. */
export type CustodyRecorded = Wire<z.output<typeof custodyRecordedReply>>;

/** The exhibits shared with the reader's agency. */
export type SharedExhibits = Wire<z.output<typeof sharedExhibitsReply>>;

/** The concluded operations whose case files were shared with the reader's agency. */
export type SharedOperations = Wire<z.output<typeof sharedOperationsReply>>;

/** The exhibits an operation seized. */
export type OperationExhibits = Wire<z.output<typeof operationExhibitsReply>>;

/** The next custody entry as sent (the server's body schema). */
export type CustodyBody = z.input<typeof custodyInputSchema>;
export type CustodyAction = CustodyBody['action'];
export type CustodyMethod = CustodyBody['method'];
