/**
 * The kinds of things the rich picture holds and the ways they connect, declared once. Every fact and link names
 * one of these; a link's ends must be of the types it allows.
 */
export const SITE_KINDS = [
  'factory',
  'seafood_processing',
  'fishing_vessel',
  'brothel',
  'karaoke_bar',
  'farm',
  'construction',
  'domestic_household',
  'scam_compound',
  'other',
] as const;

export const ENTITY_TYPES = {
  person: {
    label: 'Person',
    attributes: ['name', 'nationality', 'date_of_birth', 'sex', 'alias', 'role_note', 'public_office'],
  },
  organisation: { label: 'Organisation', attributes: ['name', 'registration_no', 'country', 'alias'] },
  site: { label: 'Site', attributes: ['name', 'site_kind', 'lat', 'lon', 'address', 'registration_no'] },
  phone: { label: 'Phone number', attributes: ['number', 'provider'] },
  account: { label: 'Bank or mobile-money account', attributes: ['number', 'institution', 'holder_name'] },
  vehicle: { label: 'Vehicle', attributes: ['plate', 'make', 'colour'] },
  vessel: { label: 'Vessel', attributes: ['name', 'registration_no', 'port'] },
  identity_document: {
    label: 'Identity document',
    attributes: ['number', 'document_type', 'issuing_country'],
  },
  place: { label: 'Address or place', attributes: ['name', 'lat', 'lon', 'country'] },
} as const;
export type EntityType = keyof typeof ENTITY_TYPES;
export const ENTITY_TYPE_NAMES = Object.keys(ENTITY_TYPES) as EntityType[];

const PEOPLE: EntityType[] = ['person'];
const ACTORS: EntityType[] = ['person', 'organisation'];
const PROPERTY: EntityType[] = ['site', 'vehicle', 'vessel', 'account', 'place'];

export const LINK_TYPES = {
  owns: { label: 'owns', from: ACTORS, to: PROPERTY, directed: true },
  manages: { label: 'manages', from: ACTORS, to: ['site', 'organisation', 'vessel'], directed: true },
  works_at: { label: 'works at', from: PEOPLE, to: ['site', 'organisation', 'vessel'], directed: true },
  recruited: { label: 'recruited', from: ACTORS, to: PEOPLE, directed: true },
  transported: { label: 'transported', from: ACTORS, to: PEOPLE, directed: true },
  harboured: { label: 'harboured', from: ['person', 'organisation', 'site'], to: PEOPLE, directed: true },
  called: { label: 'called', from: ['phone'], to: ['phone'], directed: true },
  paid: {
    label: 'paid',
    from: ['account', 'person', 'organisation'],
    to: ['account', 'person', 'organisation'],
    directed: true,
  },
  crossed_at: { label: 'crossed at', from: ['person', 'vehicle'], to: ['place'], directed: true },
  travelled_with: { label: 'travelled with', from: PEOPLE, to: PEOPLE, directed: false },
  uses_phone: { label: 'uses phone', from: ACTORS, to: ['phone'], directed: true },
  holds_account: { label: 'holds account', from: ACTORS, to: ['account'], directed: true },
  uses_vehicle: { label: 'uses vehicle', from: ACTORS, to: ['vehicle', 'vessel'], directed: true },
  holds_document: { label: 'holds document', from: PEOPLE, to: ['identity_document'], directed: true },
  lives_at: { label: 'lives at', from: PEOPLE, to: ['place', 'site'], directed: true },
  associates_with: { label: 'associates with', from: ACTORS, to: ACTORS, directed: false },
  family_of: { label: 'family of', from: PEOPLE, to: PEOPLE, directed: false },
} as const satisfies Record<
  string,
  { label: string; from: readonly EntityType[]; to: readonly EntityType[]; directed: boolean }
>;
export type LinkType = keyof typeof LINK_TYPES;
export const LINK_TYPE_NAMES = Object.keys(LINK_TYPES) as LinkType[];

export const isEntityType = (s: string): s is EntityType => Object.hasOwn(ENTITY_TYPES, s);
export const isLinkType = (s: string): s is LinkType => Object.hasOwn(LINK_TYPES, s);

/** Why a link of this type cannot join these ends, or null when it can. */
export function linkProblem(type: LinkType, from: EntityType, to: EntityType): string | null {
  const def = LINK_TYPES[type];
  const fits = (a: EntityType, b: EntityType) =>
    (def.from as readonly string[]).includes(a) && (def.to as readonly string[]).includes(b);
  if (fits(from, to) || (!def.directed && fits(to, from))) return null;
  return `a "${def.label}" link goes from ${def.from.join('/')} to ${def.to.join('/')}, not from ${from} to ${to}`;
}

/** Whether an attribute belongs to an entity type. */
export const attributeProblem = (type: EntityType, attribute: string): string | null =>
  (ENTITY_TYPES[type].attributes as readonly string[]).includes(attribute)
    ? null
    : `${ENTITY_TYPES[type].label} has no attribute "${attribute}"; it has ${ENTITY_TYPES[type].attributes.join(', ')}`;
