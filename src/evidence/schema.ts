import { z } from 'zod';
import { instant, line, text, uuid } from '../platform/text.ts';

export const EXHIBIT_CATEGORIES = [
  'ledger',
  'phone',
  'computer',
  'cctv',
  'retained_passport',
  'identity_document',
  'contract',
  'weapon',
  'cash',
  'bank_record',
  'other',
] as const;

/** What a custody entry records, and the state it leaves the exhibit in. */
export const CUSTODY_ACTIONS = {
  collected: { label: 'Collected', state: 'in_custody' },
  transfer: { label: 'Handed to another custodian', state: 'in_custody' },
  to_storage: { label: 'Placed in the evidence store', state: 'in_storage' },
  to_laboratory: { label: 'Sent to the laboratory', state: 'at_laboratory' },
  returned_from_laboratory: { label: 'Returned from the laboratory', state: 'in_custody' },
  to_court: { label: 'Taken to court', state: 'in_court' },
  returned_from_court: { label: 'Returned from court', state: 'in_custody' },
  inter_agency_transfer: { label: 'Transferred to another agency', state: 'in_custody' },
  hash_reverified: { label: 'Digital hash re-verified', state: null },
  returned_to_owner: { label: 'Returned to its owner', state: 'returned' },
  disposed: { label: 'Disposed of', state: 'disposed' },
} as const;
export type CustodyAction = keyof typeof CUSTODY_ACTIONS;
export const TRANSFER_ACTIONS = Object.keys(CUSTODY_ACTIONS).filter((a) => a !== 'collected') as [
  CustodyAction,
  ...CustodyAction[],
];

export const CUSTODY_METHODS = [
  'initial_receipt',
  'in_person',
  'sealed_courier',
  'secure_upload',
  'digital_transfer',
] as const;

const sha256 = z
  .string()
  .regex(/^[0-9a-f]{64}$/i, 'must be a SHA-256 hash: 64 hexadecimal characters')
  .transform((s) => s.toLowerCase());

export const exhibitInputSchema = z
  .strictObject({
    nature: z.enum(['physical', 'digital']),
    category: z.enum(EXHIBIT_CATEGORIES),
    description: text(2000),
    where: text(500),
    sealNumber: line(100, { empty: true }).nullable(),
    digitalHash: sha256.nullable(),
  })
  .refine((e) => (e.nature === 'digital') === (e.digitalHash !== null), {
    message: 'a digital item needs its SHA-256 hash, and only a digital item has one',
    path: ['digitalHash'],
  })
  .refine((e) => e.nature === 'digital' || (e.sealNumber ?? '').trim() !== '', {
    message: 'a physical item is sealed: give the seal number',
    path: ['sealNumber'],
  });
export type ExhibitInput = z.output<typeof exhibitInputSchema>;

export const custodyInputSchema = z
  .strictObject({
    action: z.enum(TRANSFER_ACTIONS),
    toUserId: uuid.nullable(),
    toExternal: line(300, { empty: true }).nullable(),
    purpose: text(1000),
    authority: text(500),
    method: z.enum(CUSTODY_METHODS),
    place: text(500),
    at: instant(),
    hashObserved: sha256.nullable(),
    note: text(2000, { empty: true }),
    /** The entry's id, made by the sender: the same entry sent again is answered as recorded, not chained twice. */
    id: uuid.optional(),
    /** How many entries the chain held when the sender saw it: if someone has added one since, it is refused. */
    afterSeq: z.number().int().min(1).optional(),
  })
  .refine((c) => c.action === 'hash_reverified' || (c.toUserId === null) !== (c.toExternal === null), {
    message: 'name the new custodian: a user, or a person or body outside Lantern (one of the two)',
    path: ['toUserId'],
  })
  .refine((c) => c.action !== 'hash_reverified' || c.hashObserved !== null, {
    message: 'a re-verification records the hash computed now',
    path: ['hashObserved'],
  });
export type CustodyInput = z.output<typeof custodyInputSchema>;
