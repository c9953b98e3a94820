import { describe, expect, it } from 'vitest';
import {
  ENTITY_TYPE_NAMES,
  ENTITY_TYPES,
  type EntityType,
  LINK_TYPE_NAMES,
  LINK_TYPES,
} from '../registry.ts';
import { ENTITY_MAP, LINK_MAP } from './mapping.ts';
import type { EdgePlan, EntityPlan } from './plan.ts';
import { readEdge } from './read-edge.ts';
import { readEntity } from './read-entity.ts';
import { entityToFtm, linkToFtm } from './to-ftm.ts';

const at = new Date('2026-09-01T08:00:00.000Z');
const origin = { sourceGrade: '2', infoGrade: 'B', assertedAt: at, reportId: 'r1', importId: null };
const SAMPLE: Record<string, string> = {
  nationality: 'MM',
  issuing_country: 'TH',
  country: 'KH',
  sex: 'F',
  lat: '16.7',
  lon: '98.57',
  date_of_birth: '1990-04-01',
  site_kind: 'seafood_processing',
};

describe('the FtM mapping', () => {
  it('maps every attribute of every type, and reads each back as it was, with its grading', () => {
    for (const type of ENTITY_TYPE_NAMES) {
      const facts = ENTITY_TYPES[type].attributes.map((attribute) => ({
        attribute,
        value: SAMPLE[attribute] ?? `${attribute} value`,
        ...origin,
      }));
      expect(Object.keys(ENTITY_MAP[type].attributes).sort(), type).toEqual(
        [...ENTITY_TYPES[type].attributes].sort(),
      );
      const ftm = entityToFtm({ id: `e-${type}`, type, label: `A ${type}`, facts, refs: [] });
      expect(ftm.schema).toBe(ENTITY_MAP[type].schema);
      const r = readEntity(ftm, 1);
      expect(r.bad, type).toEqual([]);
      expect(r.ignored, type).toEqual([]);
      const plan = r.plan as EntityPlan;
      expect(plan.type).toBe(type);
      expect(plan.label).toBe(`A ${type}`);
      const read = plan.facts.map((f) => [
        f.attribute,
        f.value,
        f.sourceGrade,
        f.infoGrade,
        f.assertedAt?.toISOString(),
      ]);
      expect(read.sort(), type).toEqual(
        facts.map((f) => [f.attribute, f.value, '2', 'B', at.toISOString()]).sort(),
      );
    }
  });

  it('writes FtM values where they differ from ours: lower-case countries, genders', () => {
    const ftm = entityToFtm({
      id: 'p1',
      type: 'person',
      label: 'Ko Aung',
      facts: [
        { attribute: 'nationality', value: 'MM', ...origin },
        { attribute: 'sex', value: 'M', ...origin },
      ],
      refs: [],
    });
    expect(ftm.properties.nationality).toEqual(['mm']);
    expect(ftm.properties.gender).toEqual(['male']);
    expect(ftm.properties.name).toEqual(['Ko Aung']);
  });

  it('maps every link type both ways, between ends each allows', () => {
    for (const type of LINK_TYPE_NAMES) {
      const def = LINK_TYPES[type];
      const fromType = def.from[def.from.length - 1] as EntityType;
      const toType = def.to[def.to.length - 1] as EntityType;
      const map = LINK_MAP[type];
      if (map.kind === 'ref') {
        const holder = map.valueIs === 'from' ? toType : fromType;
        const other = { type, otherId: 'other-1', ...origin };
        const ftm = entityToFtm({ id: 'holder-1', type: holder, label: 'x', facts: [], refs: [other] });
        const plan = readEntity(ftm, 1).plan as EntityPlan;
        expect(plan.refs.map((r) => [r.link, r.other, r.sourceGrade])).toEqual([[type, 'other-1', '2']]);
        continue;
      }
      const ftm = linkToFtm({
        id: `l-${type}`,
        type,
        from: { id: 'a', type: fromType, label: 'A' },
        to: { id: 'b', type: toType, label: 'B' },
        ...origin,
      });
      expect(ftm?.schema, type).toBe(map.schema);
      const r = readEdge(ftm as NonNullable<typeof ftm>, 1);
      expect(r.bad, type).toEqual([]);
      const plan = r.plan as EdgePlan;
      expect([plan.link, plan.from.id, plan.to.id, plan.infoGrade], type).toEqual([type, 'a', 'b', 'B']);
      // Without our extension (as Aleph would give it back), the schema and role still say which link it is.
      const { 'lantern:linkType': _, ...bare } = (ftm as NonNullable<typeof ftm>).properties;
      expect(
        (readEdge({ id: 'x', schema: map.schema, properties: bare }, 1).plan as EdgePlan).link,
        type,
      ).toBe(type);
    }
  });

  it('names a payment end by account where the end is an account, and a call by its numbers', () => {
    const paid = linkToFtm({
      id: 'p',
      type: 'paid',
      from: { id: 'acc', type: 'account', label: '123' },
      to: { id: 'per', type: 'person', label: 'Lan' },
      ...origin,
    });
    expect(paid?.properties.payerAccount).toEqual(['acc']);
    expect(paid?.properties.beneficiary).toEqual(['per']);
    const call = linkToFtm({
      id: 'c',
      type: 'called',
      from: { id: 'p1', type: 'phone', label: '+66812345678' },
      to: { id: 'p2', type: 'phone', label: '+85512345678' },
      ...origin,
    });
    expect(call?.properties.callerNumber).toEqual(['+66812345678']);
    expect(call?.properties.caller).toEqual(['p1']);
  });
});
