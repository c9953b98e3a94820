import { describe, expect, it } from 'vitest';
import { WHOLE_ROW } from '../imports/import-wire.ts';
import type { EdgePlan, EntityPlan } from './plan.ts';
import { readLine } from './read-line.ts';

const line = (o: object) => JSON.stringify(o);

describe('reading a line of FtM', () => {
  it('says why a line is bad, by field, without repeating its values', () => {
    const truncated = readLine('{"id": "p1", "schema": "Person", "properties": {"name": ["Ko Au', 3);
    expect(truncated.bad).toEqual([
      { line: 3, field: WHOLE_ROW, reason: expect.stringMatching(/truncated/) },
    ]);
    const notJson = readLine('id=p1;schema=Person', 4);
    expect(notJson.bad[0]?.reason).toMatch(/not valid JSON/);
    expect(notJson.bad[0]?.reason).not.toContain('schema=Person');
    const wrongType = readLine(
      line({ id: 'p1', schema: 'Person', properties: { name: 'Ko Aung', alias: [1] } }),
      5,
    );
    expect(wrongType.bad.map((b) => [b.field, b.reason])).toEqual([
      ['properties.name', 'must be an array of strings'],
      ['properties.alias', 'must be an array of strings'],
    ]);
    expect(JSON.stringify(wrongType.bad)).not.toContain('Ko Aung');
    const unknown = readLine(line({ id: 'd1', schema: 'Document', properties: {} }), 6);
    expect(unknown.bad[0]).toMatchObject({
      field: 'schema',
      reason: expect.stringMatching(/"Document" has no counterpart/),
    });
    expect(readLine('[1,2]', 7).bad[0]?.reason).toBe('is not a JSON object');
    expect(readLine(line({ schema: 'Person', properties: {} }), 8).bad[0]?.field).toBe('id');
    const badCoordinate = readLine(
      line({ id: 'a', schema: 'Address', properties: { full: ['x'], latitude: ['north'] } }),
      9,
    );
    expect(badCoordinate.bad[0]).toMatchObject({
      field: 'properties.latitude',
      reason: expect.stringMatching(/coordinate/),
    });
  });

  it('reads data from Aleph: every value a fact, phones as phone entities, holders as links, the rest counted', () => {
    const person = readLine(
      line({
        id: 'aleph-p1',
        schema: 'Person',
        properties: {
          name: ['Nguyen Thi Lan'],
          nationality: ['vn'],
          phone: ['+84 912 345 678'],
          email: ['x@y.z'],
        },
      }),
      1,
    );
    const p = person.plan as EntityPlan;
    expect(p.type).toBe('person');
    expect(p.facts.map((f) => `${f.attribute}=${f.value}`)).toEqual([
      'name=Nguyen Thi Lan',
      'nationality=VN',
    ]);
    expect(p.phones).toEqual(['+84 912 345 678']);
    expect(person.ignored).toEqual(['Person.email']);
    const company = readLine(
      line({ id: 'c1', schema: 'Company', properties: { name: ['Golden Sea Co'], jurisdiction: ['th'] } }),
      2,
    );
    expect((company.plan as EntityPlan).facts.map((f) => `${f.attribute}=${f.value}`)).toEqual([
      'name=Golden Sea Co',
      'country=TH',
    ]);
    const passport = readLine(
      line({
        id: 'pp1',
        schema: 'Passport',
        properties: { passportNumber: ['MA123'], holder: ['aleph-p1'] },
      }),
      3,
    );
    const pp = passport.plan as EntityPlan;
    expect([pp.type, pp.label, pp.refs[0]?.link, pp.refs[0]?.other]).toEqual([
      'identity_document',
      'MA123',
      'holds_document',
      'aleph-p1',
    ]);
  });

  it('tells apart links sharing a schema by their role, else takes the schema’s usual one', () => {
    const read = (properties: object) =>
      (readLine(
        line({
          id: 'l',
          schema: 'UnknownLink',
          properties: { subject: ['a'], object: ['b'], ...properties },
        }),
        1,
      ).plan as EdgePlan) ?? null;
    expect(read({ role: ['Recruited'] }).link).toBe('recruited');
    expect(read({ role: ['cousin'] })).toMatchObject({ link: 'associates_with', by: 'default' });
    expect(read({ 'lantern:linkType': ['lives_at'] }).link).toBe('lives_at');
    const wrong = readLine(
      line({
        id: 'l',
        schema: 'Ownership',
        properties: { owner: ['a'], asset: ['b'], 'lantern:linkType': ['called'] },
      }),
      2,
    );
    expect(wrong.bad[0]?.field).toBe('properties.lantern:linkType');
    const missing = readLine(line({ id: 'l', schema: 'Ownership', properties: { owner: ['a'] } }), 3);
    expect(missing.bad[0]).toEqual({
      line: 3,
      field: 'properties.asset',
      reason: 'is required: the second end of the Ownership',
    });
  });

  it('says each reason as one whole text, its places holding only numbers, codes, names and values', () => {
    const reasons = (text: string) => readLine(text, 1).bad.map((b) => `${b.field}: ${b.reason}`);
    expect(reasons('{"id" "p1"}')).toEqual([`${WHOLE_ROW}: is not valid JSON (at column 7)`]);
    expect(
      reasons(
        line({ id: 'p1', schema: 'Person', properties: { name: ['Ko\u0007 Aung'], alias: ['\uD800'] } }),
      ),
    ).toEqual([
      'properties.name: must not contain control characters',
      'properties.alias: must be valid Unicode (it holds a lone surrogate)',
    ]);
    const provenance = ['{"property": "name", "value": "Ko Aung", "sourceGrade": "7"}', 'not json'];
    expect(
      reasons(
        line({
          id: 'p1',
          schema: 'Person',
          properties: { name: ['Ko Aung'], 'lantern:label': ['Ko Aung'], 'lantern:provenance': provenance },
        }),
      ),
    ).toEqual([
      'properties.lantern:provenance: entry 1: the value of "sourceGrade" is not valid',
      'properties.lantern:provenance: entry 2: is not a JSON object',
    ]);
    expect(
      reasons(line({ id: 'o', schema: 'Ownership', properties: { 'lantern:linkType': ['called'] } })),
    ).toEqual([
      'properties.lantern:linkType: is not a Lantern link that the schema Ownership can be read as (owns, holds_account)',
    ]);
    expect(
      reasons(line({ id: 'p', schema: 'Person', properties: { 'lantern:type': ['vehicle'], name: ['x'] } })),
    ).toEqual(['properties.lantern:type: is not a Lantern type that the schema Person can be read as']);
  });
});
