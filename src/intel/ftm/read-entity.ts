import { FieldError } from '../imports/fields.ts';
import { type EntityType, isEntityType } from '../registry.ts';
import type { BadLine, FtmEntity, Provenance } from './line.ts';
import {
  ENTITY_MAP,
  EXT,
  IMPORT_LINKS,
  IMPORT_SCHEMATA,
  LINK_MAP,
  PHONE_PROPERTY,
  type ReadOnly,
  type RefMap,
} from './mapping.ts';
import {
  type EntityPlan,
  type FactPlan,
  gradingOf,
  provenanceOf,
  type Reading,
  type RefPlan,
  unread,
} from './plan.ts';
import { factText } from './values.ts';

/** Properties a label is taken from, in order, when the line has no `lantern:label`. */
const LABEL_FROM = [
  'name',
  'full',
  'phone',
  'number',
  'passportNumber',
  'accountNumber',
  'iban',
  'registrationNumber',
];

export const isEntitySchema = (schema: string): boolean => Object.hasOwn(IMPORT_SCHEMATA, schema);

/** The type a line is read as: its `lantern:type` if the schema allows it, else the schema's; or why none. */
function typeOf(e: FtmEntity): { type: EntityType } | { reason: string } {
  const given = e.properties[EXT.type]?.[0];
  const usual = IMPORT_SCHEMATA[e.schema]?.type;
  if (given === undefined)
    return usual ? { type: usual } : { reason: `"${e.schema}" is not an entity schema Lantern reads` };
  if (isEntityType(given) && (ENTITY_MAP[given].schema === e.schema || usual === given))
    return { type: given };
  return { reason: `is not a Lantern type that the schema ${e.schema} can be read as` };
}

/** Our attributes by the FtM property they are read from, for this type read from this schema. */
function readersFor(type: EntityType, schema: string): Map<string, ReadOnly> {
  const readers = new Map<string, ReadOnly>();
  for (const [attribute, pm] of Object.entries(ENTITY_MAP[type].attributes))
    readers.set(pm.property, pm.convert ? { attribute, convert: pm.convert } : { attribute });
  const also = IMPORT_SCHEMATA[schema];
  if (also?.type === type)
    for (const [property, ro] of Object.entries(also.also ?? {}))
      if (!readers.has(property)) readers.set(property, ro);
  return readers;
}

const refMaps = (schema: string): { link: RefPlan['link']; map: RefMap }[] =>
  [
    ...Object.entries(LINK_MAP).map(([link, map]) => ({ link: link as RefPlan['link'], map })),
    ...IMPORT_LINKS,
  ].filter(
    (r): r is { link: RefPlan['link']; map: RefMap } =>
      r.map.kind === 'ref' && r.map.schemata.includes(schema),
  );

/** One value as a fact may hold it; null for an empty one. Throws a FieldError saying why it cannot be. */
function readValue(raw: string, reader: ReadOnly): string | null {
  const v = raw.trim();
  if (v === '') return null;
  factText(v);
  return reader.convert ? reader.convert.fromFtm(v) : v;
}

/** Reads an entity line into what to create: type, label, facts with their grading, links it holds. */
export function readEntity(e: FtmEntity, line: number): Reading {
  const bad: BadLine[] = [];
  const typed = typeOf(e);
  if ('reason' in typed) {
    const field = e.properties[EXT.type] ? `properties.${EXT.type}` : 'schema';
    return { plan: null, bad: [{ line, field, reason: typed.reason }], ignored: [] };
  }
  const { type } = typed;
  const readers = readersFor(type, e.schema);
  const provenance = provenanceOf(e, line, bad);
  const entryFor = (property: string, value: string): Provenance | undefined =>
    provenance.find((p) => p.property === property && p.value === value);
  const facts: FactPlan[] = [];
  const addFact = (property: string, raw: string, entry: Provenance | undefined) => {
    const reader = readers.get(property);
    if (!reader) return;
    try {
      const value = readValue(raw, reader);
      if (value !== null) facts.push({ attribute: reader.attribute, value, ...gradingOf(entry) });
    } catch (err) {
      if (!(err instanceof FieldError)) throw err;
      bad.push({ line, field: `properties.${property}`, reason: err.message });
    }
  };
  const refs = refMaps(e.schema);
  const refProps = new Set(refs.map((r) => r.map.property));
  // A Lantern export lists each fact in its provenance; a value without an entry there is only the label.
  const ours = EXT.label in e.properties;
  if (ours) {
    for (const [i, entry] of provenance.entries()) {
      const where = { line, field: `properties.${EXT.provenance}` };
      if (entry.property === undefined || entry.value === undefined)
        bad.push({ ...where, reason: `entry ${i + 1}: names no property and value` });
      else if (!(e.properties[entry.property] ?? []).includes(entry.value))
        bad.push({ ...where, reason: `entry ${i + 1}: names a value its property does not hold` });
      else if (readers.has(entry.property)) addFact(entry.property, entry.value, entry);
      else if (!refProps.has(entry.property))
        bad.push({
          ...where,
          reason: `entry ${i + 1}: Lantern reads no property "${entry.property}" of the type ${type}`,
        });
    }
  } else {
    for (const property of readers.keys())
      for (const raw of e.properties[property] ?? []) addFact(property, raw, entryFor(property, raw));
  }
  const refPlans: RefPlan[] = refs.flatMap(({ link, map }) =>
    (e.properties[map.property] ?? [])
      .filter((v) => v.trim() !== '')
      .map((other) => ({
        link,
        property: map.property,
        other: other.trim(),
        valueIs: map.valueIs,
        ...gradingOf(entryFor(map.property, other)),
      })),
  );
  const phones =
    (PHONE_PROPERTY.types as readonly string[]).includes(type) && !readers.has(PHONE_PROPERTY.property)
      ? (e.properties[PHONE_PROPERTY.property] ?? []).map((v) => v.trim()).filter((v) => v !== '')
      : [];
  for (const n of phones) {
    try {
      factText(n, 300);
    } catch (err) {
      if (!(err instanceof FieldError)) throw err;
      bad.push({ line, field: `properties.${PHONE_PROPERTY.property}`, reason: err.message });
    }
  }
  const labelSource = e.properties[EXT.label] ?? LABEL_FROM.flatMap((p) => e.properties[p] ?? []);
  const label = (labelSource.map((v) => v.trim()).find((v) => v !== '') ?? `${e.schema} ${e.id}`).slice(
    0,
    300,
  );
  try {
    factText(label, 300);
  } catch (err) {
    if (!(err instanceof FieldError)) throw err;
    bad.push({ line, field: `properties.${ours ? EXT.label : 'name'}`, reason: err.message });
  }
  const read = new Set([...readers.keys(), ...refProps, ...(phones.length ? [PHONE_PROPERTY.property] : [])]);
  // The property the label came from (a vehicle's name) was read, as the label.
  const labelProperty = ENTITY_MAP[type].labelProperty ?? LABEL_FROM.find((p) => e.properties[p]?.length);
  if (labelProperty) read.add(labelProperty);
  const ignored = unread(e, read);
  if (bad.length > 0) return { plan: null, bad, ignored };
  const plan: EntityPlan = { kind: 'entity', line, id: e.id, type, label, facts, refs: refPlans, phones };
  return { plan, bad, ignored };
}
