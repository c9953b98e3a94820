import { canonicalJson } from '../access/audit.ts';
import { sha256Hex } from '../access/crypto.ts';

export const CUSTODY_GENESIS = '0'.repeat(64);

/** The fields a custody entry's hash covers: everything it says, and the hash of the entry before it. */
export interface CustodyFields {
  exhibit_id: string;
  seq: number;
  action: string;
  from_custodian: string | null;
  to_custodian: string;
  to_user_id: string | null;
  purpose: string;
  authority: string;
  method: string;
  place: string;
  at: Date | string;
  hash_observed: string | null;
  hash_matches: boolean | null;
  note: string;
  recorded_by: string;
}

export function custodyHash(prevHash: string, e: CustodyFields): string {
  const body = canonicalJson({ ...e, seq: Number(e.seq), at: new Date(e.at).toISOString() });
  return sha256Hex(`${prevHash}\n${body}`);
}
