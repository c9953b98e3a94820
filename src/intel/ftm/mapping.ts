import type { EntityType, LinkType } from '../registry.ts';
import { type EdgeMap, type EntityMap, edge, p, type ReadOnly, type RefMap, r } from './map-shapes.ts';
import { COUNTRY, coordinate, GENDER } from './values.ts';

export type { EdgeMap, End, EntityMap, PropertyMap, ReadOnly, RefMap } from './map-shapes.ts';

/**
 * Lantern ↔ FollowTheMoney, declared once and read both ways: each entity type's schema and each attribute's
 * property, each link type's interval schema and the properties naming its two ends. What FtM has no place for
 * travels in `lantern:` properties: FtM ignores properties its schema does not declare, so Aleph drops them and
 * Lantern reads them back. The README's "FollowTheMoney" section shows this table.
 */
export const EXT = {
  /** Our entity type, where the schema alone does not say it (a phone is exported as a LegalEntity). */
  type: 'lantern:type',
  /** The entity's label, when it is not one of its names. */
  label: 'lantern:label',
  /** One JSON string per fact (or one for a link): grading, when asserted, the report or import it came from. */
  provenance: 'lantern:provenance',
  /** Our link type, where the schema and role alone do not say it. */
  linkType: 'lantern:linkType',
} as const;

export const ENTITY_MAP: { [T in EntityType]: EntityMap<T> } = {
  person: {
    schema: 'Person',
    labelProperty: 'name',
    attributes: {
      name: p('name'),
      alias: p('alias'),
      nationality: p('nationality', COUNTRY),
      date_of_birth: p('birthDate'),
      sex: p('gender', GENDER),
      role_note: p('notes'),
      public_office: p('position'),
    },
  },
  organisation: {
    schema: 'Organization',
    labelProperty: 'name',
    attributes: {
      name: p('name'),
      alias: p('alias'),
      registration_no: p('registrationNumber'),
      country: p('country', COUNTRY),
    },
  },
  site: {
    schema: 'RealEstate',
    labelProperty: 'name',
    attributes: {
      name: p('name'),
      site_kind: p('lantern:siteKind'),
      lat: p('latitude', coordinate(90)),
      lon: p('longitude', coordinate(180)),
      address: p('address'),
      registration_no: p('registrationNumber'),
    },
  },
  // FtM has no phone entity: a number is a LegalEntity's `phone`, and Call's ends are LegalEntities. A phone is
  // exported as the LegalEntity behind the number, marked `lantern:type: ["phone"]`.
  phone: {
    schema: 'LegalEntity',
    labelProperty: 'name',
    attributes: { number: p('phone'), provider: p('lantern:provider') },
  },
  account: {
    schema: 'BankAccount',
    labelProperty: 'name',
    attributes: {
      number: p('accountNumber'),
      institution: p('bankName'),
      holder_name: p('lantern:holderName'),
    },
  },
  vehicle: {
    schema: 'Vehicle',
    labelProperty: 'name',
    attributes: { plate: p('registrationNumber'), make: p('model'), colour: p('lantern:colour') },
  },
  vessel: {
    schema: 'Vessel',
    labelProperty: 'name',
    attributes: { name: p('name'), registration_no: p('registrationNumber'), port: p('registrationPort') },
  },
  identity_document: {
    schema: 'Identification',
    labelProperty: null,
    attributes: { number: p('number'), document_type: p('type'), issuing_country: p('country', COUNTRY) },
  },
  place: {
    schema: 'Address',
    labelProperty: 'full',
    attributes: {
      name: p('full'),
      lat: p('latitude', coordinate(90)),
      lon: p('longitude', coordinate(180)),
      country: p('country', COUNTRY),
    },
  },
};

/** Schemata read on import: their type without `lantern:type`, and properties read besides the exported ones. */
export const IMPORT_SCHEMATA: Record<string, { type: EntityType; also?: Record<string, ReadOnly> }> = {
  Person: { type: 'person' },
  Organization: { type: 'organisation', also: { jurisdiction: r('country', COUNTRY) } },
  Company: { type: 'organisation', also: { jurisdiction: r('country', COUNTRY) } },
  PublicBody: { type: 'organisation', also: { jurisdiction: r('country', COUNTRY) } },
  LegalEntity: { type: 'organisation', also: { jurisdiction: r('country', COUNTRY) } },
  RealEstate: { type: 'site' },
  Land: { type: 'site' },
  BankAccount: { type: 'account', also: { iban: r('number') } },
  Vehicle: { type: 'vehicle' },
  Vessel: { type: 'vessel', also: { imoNumber: r('registration_no') } },
  Identification: { type: 'identity_document' },
  Passport: { type: 'identity_document', also: { passportNumber: r('number') } },
  Address: { type: 'place' },
};

/** A `phone` property of a person or organisation becomes a phone entity it uses (one per number). */
export const PHONE_PROPERTY = {
  property: 'phone',
  types: ['person', 'organisation'],
  link: 'uses_phone',
} as const;

export const LINK_MAP: Record<LinkType, EdgeMap | RefMap> = {
  owns: edge('Ownership', 'owner', 'asset'),
  manages: edge('Directorship', 'director', 'organization'),
  works_at: edge('Employment', 'employee', 'employer'),
  recruited: edge('UnknownLink', 'subject', 'object', 'recruited'),
  transported: edge('UnknownLink', 'subject', 'object', 'transported'),
  harboured: edge('UnknownLink', 'subject', 'object', 'harboured'),
  called: { ...edge('Call', 'caller', 'receiver'), endLabels: ['callerNumber', 'receiverNumber'] },
  paid: {
    kind: 'edge',
    schema: 'Payment',
    from: { property: 'payer', byType: { account: 'payerAccount' } },
    to: { property: 'beneficiary', byType: { account: 'beneficiaryAccount' } },
  },
  crossed_at: edge('UnknownLink', 'subject', 'object', 'crossed at'),
  travelled_with: edge('Associate', 'person', 'associate', 'travelled with'),
  uses_phone: edge('UnknownLink', 'subject', 'object', 'uses phone'),
  holds_account: edge('Ownership', 'owner', 'asset', 'holds account'),
  uses_vehicle: edge('UnknownLink', 'subject', 'object', 'uses vehicle'),
  holds_document: {
    kind: 'ref',
    schemata: ['Identification', 'Passport'],
    property: 'holder',
    valueIs: 'from',
  },
  lives_at: edge('UnknownLink', 'subject', 'object', 'lives at'),
  associates_with: edge('Associate', 'person', 'associate'),
  family_of: edge('Family', 'person', 'relative'),
};

/** Read on import only: FtM ways of saying what we export otherwise. Defaults come after the exported maps. */
export const IMPORT_LINKS: { link: LinkType; map: EdgeMap | RefMap }[] = [
  { link: 'associates_with', map: edge('UnknownLink', 'subject', 'object') },
  { link: 'associates_with', map: edge('Membership', 'member', 'organization') },
  { link: 'owns', map: { kind: 'ref', schemata: ['Vehicle', 'Vessel'], property: 'owner', valueIs: 'from' } },
  { link: 'lives_at', map: { kind: 'ref', schemata: ['Person'], property: 'addressEntity', valueIs: 'to' } },
];

/** The property holding an interval's role: `relationship` for Associate and Family, `role` otherwise. */
export const roleProperty = (schema: string): string =>
  schema === 'Associate' || schema === 'Family' ? 'relationship' : 'role';
