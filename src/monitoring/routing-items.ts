import type { Kysely } from 'kysely';
import type { Actor } from '../access/policy.ts';
import type { Keyring } from '../access/sealing.ts';
import type { Database } from '../db/types.ts';
import { AppError } from '../platform/errors.ts';
import { openDetails } from './intake.ts';
import type { TipDetails } from './intake-schemas.ts';
import type { RoutableItem } from './routing-match.ts';
import { triageTip } from './triage.ts';

type Q = Kysely<Database>;

/** What is routed: the matching facts, the text as it may be sent, the identities to withhold, its marking. */
export interface Routable extends RoutableItem {
  id: string;
  agencyId: string;
  text: string;
  details: TipDetails | null;
  tlp: string;
  language: string | null;
  channel: string;
  occurred: string | null;
  placeHint: string | null;
  peopleCount: number | null;
  /** A copy routed in from another agency: its marking decides whether it may go further. */
  routedIn: boolean;
}

export async function routableTip(db: Q, actor: Actor, ring: Keyring, id: string): Promise<Routable> {
  const tip = await triageTip(db, actor, id);
  if (tip.status === null) throw new AppError('conflict', 'An imported tip is not routed from here.');
  if (tip.status === 'closed') throw new AppError('conflict', 'This tip is closed.');
  return {
    type: 'tip',
    id,
    agencyId: tip.agency_id,
    kind: tip.kind,
    children: tip.children,
    danger: tip.danger,
    lat: tip.lat,
    lon: tip.lon,
    country: tip.country,
    text: tip.text,
    details: openDetails(ring, id, tip.details),
    tlp: tip.tlp,
    language: tip.language,
    channel: tip.channel,
    occurred: tip.occurred,
    placeHint: tip.place_hint,
    peopleCount: tip.people_count,
    routedIn: tip.routed_from !== null,
  };
}
