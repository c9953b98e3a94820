import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { nameKey, namePartKeys } from './name-key.ts';
import { nameForms } from './resolution/name-parts.ts';

// What thousands of names are keyed to, held fixed: the keys are stored beside every name and the resolution's
// blocks are built on them, so making the keying faster must leave every key as it was. A deliberate change of
// the keys (with NAME_KEY_VERSION raised) rewrites the file: UPDATE_NAME_KEY_SNAPSHOT=1 npx vitest run THIS_FILE.

const FILE = join(import.meta.dirname, 'name-key-snapshot.tsv');
const text = readFileSync(FILE, 'utf8');
const header = text.split('\n').filter((l) => l.startsWith('#'));
const rows = text
  .split('\n')
  .filter((l) => l !== '' && !l.startsWith('#'))
  .map((l) => l.split('\t') as [string, string, string, string]);

const current = (name: string): [string, string, string, string] => {
  const f = nameForms(name);
  return [name, namePartKeys(name).join(' '), f.joined, f.joinedSorted === f.joined ? '' : f.joinedSorted];
};

describe('name keys held fixed', () => {
  if (process.env.UPDATE_NAME_KEY_SNAPSHOT === '1') {
    it('rewrites the snapshot', () => {
      const lines = rows.map(([name]) => current(name).join('\t'));
      writeFileSync(FILE, `${header.join('\n')}\n${lines.join('\n')}\n`);
    });
    return;
  }

  it('holds the names of every script', () => {
    expect(rows.length).toBeGreaterThan(8000);
    for (const re of [
      /\p{Script=Thai}/u,
      /\p{Script=Lao}/u,
      /\p{Script=Khmer}/u,
      /\p{Script=Myanmar}/u,
      /\p{Script=Han}/u,
    ])
      expect(rows.filter(([n]) => re.test(n)).length).toBeGreaterThan(100);
  });

  it('keys every name as before (part keys, whole key, joined forms)', () => {
    const changed: string[] = [];
    for (const row of rows) {
      const now = current(row[0]);
      if (now.join('\t') !== row.join('\t')) changed.push(`${row.join(' | ')}  →  ${now.join(' | ')}`);
      else if (nameKey(row[0]) !== [...now[1].split(' ')].filter(Boolean).sort().join(' '))
        changed.push(`${row[0]}: whole key is not its part keys sorted`);
    }
    expect(changed.slice(0, 20)).toEqual([]);
  });

  it('keys the same name the same the second time (memoised keys are the computed ones)', () => {
    for (const row of rows.slice(0, 500)) expect(current(row[0])).toEqual(row);
  });
});
