import type { Kysely } from 'kysely';
import type { Actor } from '../access/policy.ts';
import type { Keyring } from '../access/sealing.ts';
import type { Database } from '../db/types.ts';
import { AppError } from '../platform/errors.ts';
import { type Routable, routableTip } from './routing-items.ts';

/** The item to route, of the actor's agency, whatever it is. */
export async function routableItem(
  db: Kysely<Database>,
  actor: Actor,
  ring: Keyring,
  type: 'tip' | 'inspection',
  id: string,
): Promise<Routable> {
  if (type === 'tip') return routableTip(db, actor, ring, id);
  throw new AppError('not_found', 'No such inspection.');
}
