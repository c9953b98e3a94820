import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { LOOSE_RESPONSES } from './loose-responses.ts';
import { loosePlaces, looseResponses } from './response-schemas.ts';
import { startTestApp, type TestApp } from './testing.ts';

let t: TestApp;
let loose: string[];

beforeAll(async () => {
  t = await startTestApp();
  const doc = (await t.app.inject({ method: 'GET', url: '/api/openapi.json' })).json();
  loose = looseResponses(doc.paths);
});
afterAll(() => t.close());

const routeOf = (line: string) => line.split(' ').slice(0, 2).join(' ').replace(/:$/, '');

describe('the API description says what every route answers', () => {
  it('leaves no reply open but those still listed, and lists none that is described', () => {
    const open = [...new Set(loose.map(routeOf))].sort();
    expect(
      open.filter((r) => !LOOSE_RESPONSES.includes(r)),
      'open and not listed',
    ).toEqual([]);
    expect(
      LOOSE_RESPONSES.filter((r) => !open.includes(r)),
      'listed but described now',
    ).toEqual([]);
  });

  it('finds an open place wherever it is', () => {
    expect(loosePlaces({ type: 'object', properties: { a: { type: 'string' } }, required: ['a'] })).toEqual(
      [],
    );
    expect(loosePlaces({ type: 'object', additionalProperties: {} })).toEqual(['$' + '{}']);
    expect(loosePlaces({ type: 'object', properties: { xs: { type: 'array', items: {} } } })).toEqual([
      '$.xs[]',
    ]);
    expect(
      loosePlaces({
        anyOf: [
          { type: 'object', propertyNames: { type: 'string' }, additionalProperties: {} },
          { type: 'null' },
        ],
      }),
    ).toEqual(['$|0{}']);
    expect(loosePlaces({ type: 'object', additionalProperties: { type: 'number' } })).toEqual([]);
    expect(loosePlaces({ type: 'array', prefixItems: [{ type: 'number' }, {}], items: false })).toEqual([
      '$[1]',
    ]);
  });
});
