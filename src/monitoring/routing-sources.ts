import type { Kysely } from 'kysely';
import type { Actor } from '../access/policy.ts';
import type { Keyring } from '../access/sealing.ts';
import type { Database } from '../db/types.ts';
import { AppError } from '../platform/errors.ts';
import { isId } from '../platform/text.ts';
import { inspectionForRouting } from './inspection-routing-view.ts';
import { type Routable, routableTip } from './routing-items.ts';

/**
 * The item to route, of the actor's agency, whatever it is. An inspection goes as its findings and outcomes in
 * words, with no worker's identity: there is nothing in it to withhold, so its details are empty.
 */
export async function routableItem(
  db: Kysely<Database>,
  actor: Actor,
  ring: Keyring,
  type: 'tip' | 'inspection',
  id: string,
): Promise<Routable> {
  if (type === 'tip') return routableTip(db, actor, ring, id);
  if (!isId(id)) throw new AppError('not_found', 'No such inspection in your agency.');
  const i = await inspectionForRouting(db, ring, actor, id);
  return {
    type: 'inspection',
    id: i.id,
    agencyId: i.agencyId,
    kind: i.kind,
    children: i.children ? 'yes' : 'no',
    danger: i.danger,
    lat: i.lat,
    lon: i.lon,
    country: i.country,
    text: i.text,
    details: null,
    tlp: 'AMBER',
    language: 'en',
    channel: 'inspection',
    occurred: null,
    placeHint: null,
    peopleCount: null,
    routedIn: false,
  };
}
