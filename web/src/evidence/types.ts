/** Shapes of the evidence API's replies, from the server's own schemas. Dates arrive as ISO strings. */
import type { z } from 'zod';
import type { custodyEntryReply, custodyRecordedReply, exhibitReply } from '../../../src/evidence/wire.ts';
import type { Wire } from '../wire.ts';

export type CustodyEntry = Wire<z.output<typeof custodyEntryReply>>;

export type Exhibit = Wire<z.output<typeof exhibitReply>>;

/** A custody entry just recorded: its number, its hash, and for a digital item whether the hash held. */
export type CustodyRecorded = Wire<z.output<typeof custodyRecordedReply>>;
