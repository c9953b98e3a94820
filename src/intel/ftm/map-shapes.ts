import type { ENTITY_TYPES, EntityType } from '../registry.ts';
import type { Convert } from './values.ts';

// The shapes of the entries in mapping.ts, and the shorthands that write them.

/** Where one of our attributes goes in FtM (and is read back from). */
export interface PropertyMap {
  property: string;
  convert?: Convert;
}
/** An FtM property read on import only, into one of our attributes. */
export interface ReadOnly {
  attribute: string;
  convert?: Convert;
}

export const p = (property: string, convert?: Convert): PropertyMap =>
  convert ? { property, convert } : { property };
export const r = (attribute: string, convert?: Convert): ReadOnly =>
  convert ? { attribute, convert } : { attribute };

type Attributes<T extends EntityType> = Record<(typeof ENTITY_TYPES)[T]['attributes'][number], PropertyMap>;
export interface EntityMap<T extends EntityType = EntityType> {
  schema: string;
  /** The property the label is written to besides `lantern:label`; null where the schema has no name. */
  labelProperty: string | null;
  attributes: Attributes<T>;
}

export interface End {
  property: string;
  /** The property used instead when the end is of this type (Payment names accounts apart). */
  byType?: Partial<Record<EntityType, string>>;
}
export interface EdgeMap {
  kind: 'edge';
  schema: string;
  from: End;
  to: End;
  /** Written to the role property, and read back to tell apart the link types sharing a schema. */
  role?: string;
  /** Properties that repeat the ends' labels (Call's numbers, which Aleph captions a call by). */
  endLabels?: [string, string];
}
/** A link FtM keeps as a property of one end (an Identification's holder) rather than as an interval. */
export interface RefMap {
  kind: 'ref';
  schemata: string[];
  property: string;
  /** Which end of the link the property's value names; the entity holding the property is the other. */
  valueIs: 'from' | 'to';
}

export const edge = (schema: string, from: string, to: string, role?: string): EdgeMap => ({
  kind: 'edge',
  schema,
  from: { property: from },
  to: { property: to },
  ...(role ? { role } : {}),
});
