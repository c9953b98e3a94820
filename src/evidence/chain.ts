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
  const body = canonicalJson({
    exhibit_id: e.exhibit_id,
    seq: Number(e.seq),
    action: e.action,
    from_custodian: e.from_custodian,
    to_custodian: e.to_custodian,
    to_user_id: e.to_user_id,
    purpose: e.purpose,
    authority: e.authority,
    method: e.method,
    place: e.place,
    at: new Date(e.at).toISOString(),
    hash_observed: e.hash_observed,
    hash_matches: e.hash_matches,
    note: e.note,
    recorded_by: e.recorded_by,
  });
  return sha256Hex(`${prevHash}\n${body}`);
}
