import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildNetwork } from './graph.ts';
import { parseGraphml } from './graphml.ts';
import { formatOf, GraphInputError, parseEdgeCsv, readEdgeListFile } from './input.ts';
import { betweenness } from './metrics.ts';

const dir = mkdtempSync(join(tmpdir(), 'network-input-'));
const file = (name: string, text: string) => {
  const p = join(dir, name);
  writeFileSync(p, text);
  return p;
};
const failure = async (text: string) => {
  try {
    await parseEdgeCsv(text, 'calls.csv');
  } catch (e) {
    if (e instanceof GraphInputError) return e.message;
    throw e;
  }
  return 'no error';
};

describe('edge lists in CSV', () => {
  it('reads columns in any order, quoted fields, weights, comments before the header', async () => {
    const list = await parseEdgeCsv(
      '# a comment\nweight,target,note,source\n2,"B, Ltd",x,A\n0.5,C,"a ""quote""\nover lines",B\n\n',
      'x.csv',
    );
    expect(list.nodes).toEqual(['A', 'B, Ltd', 'B', 'C']);
    expect(list.edges).toEqual([
      { source: 'A', target: 'B, Ltd', weight: 2 },
      { source: 'B', target: 'C', weight: 0.5 },
    ]);
    expect((await parseEdgeCsv('source;target\nx;y\n', 'x.csv')).edges).toEqual([
      { source: 'x', target: 'y', weight: 1 },
    ]);
  });

  it('says where and why, never echoing a value', async () => {
    expect(await failure('from,to\n0812345678,0898765432\n')).toBe(
      'calls.csv line 1: the header has no source column (expected source,target and optionally weight)',
    );
    expect(await failure('source,target,weight\n0812345678,0898765432,lots\n')).toBe(
      'calls.csv line 2: the weight is not a number',
    );
    expect(await failure('source,target,weight\na,b,1\na,b,-3\n')).toMatch(
      /^calls.csv line 3: the weight is not positive/,
    );
    expect(await failure('source,target\na,b\n,b\n')).toMatch(/^calls.csv line 3: the source is empty/);
    expect(await failure('source,target,weight\n0812345678\n')).toBe(
      'calls.csv line 2: has 1 field, the header 3',
    );
    expect(await failure('source,target\n"0812345678,b\n')).toMatch(
      /^calls.csv line 2: a quoted field is never closed/,
    );
    expect(await failure('')).toMatch(/^calls.csv: has no header line/);
    for (const m of [await failure('source,target,weight\n0812345678,0898765432,lots\n')])
      expect(m).not.toContain('0812345678');
  });

  it('reads a file by its extension, and says when it cannot', async () => {
    expect((await readEdgeListFile(file('e.csv', 'source,target\na,b\n'))).edges).toHaveLength(1);
    expect(formatOf('x.GraphML')).toBe('graphml');
    await expect(readEdgeListFile(file('e.dat', 'source,target\n'))).rejects.toThrow(/--format/);
    await expect(readEdgeListFile(join(dir, 'missing.csv'))).rejects.toThrow(/cannot be read/);
    const bytes = join(dir, 'bytes.csv');
    writeFileSync(bytes, Buffer.from('source,target\na,\xff\n', 'latin1'));
    await expect(readEdgeListFile(bytes)).rejects.toThrow(/bytes.csv: the file is not valid utf-8/);
  });
});

describe('GraphML', () => {
  it('reads the Florentine families with the isolated Pucci: betweenness over 16 families, not 15', async () => {
    const list = await readEdgeListFile(join(import.meta.dirname, 'fixtures', 'florentine.graphml'));
    expect(list.directed).toBe(false);
    expect(list.nodes).toHaveLength(16);
    expect(list.nodes.at(-1)).toBe('Pucci');
    const b = betweenness(buildNetwork(list, false).graph);
    // The Medici lie on 47.5 of the pairs: 47.5/91 among 15 families (published), 47.5/105 among 16.
    expect(b.values[b.nodes.indexOf('Medici')]).toBeCloseTo(47.5 / 105, 12);
    expect(b.values[b.nodes.indexOf('Pucci')]).toBe(0);
  });

  it('reads edgedefault, a weight key with its default, entities and CDATA; skips other data', () => {
    const r = parseGraphml(`<?xml version="1.0"?>
<graphml xmlns="http://graphml.graphdrawing.org/xmlns" xmlns:y="http://www.yworks.com/xml/graphml">
  <key id="w" for="edge" attr.name="weight" attr.type="double"><default>3</default></key>
  <key id="g" for="node" yfiles.type="nodegraphics"/>
  <graph edgedefault="directed">
    <node id="a&amp;b"><data key="g"><y:ShapeNode><y:Label>x</y:Label></y:ShapeNode></data></node>
    <node id='c'/>
    <edge source="a&amp;b" target="c"><data key="w"> <![CDATA[2.5]]> </data></edge>
    <edge source="c" target="d"/>
  </graph>
</graphml>`);
    expect(r).toEqual({
      nodes: ['a&b', 'c', 'd'],
      edges: [
        { source: 'a&b', target: 'c', weight: 2.5 },
        { source: 'c', target: 'd', weight: 3 },
      ],
      directed: true,
    });
  });

  it('says on which line and why it cannot read a file', () => {
    const graph = (body: string, edgedefault = 'undirected') =>
      parseGraphml(
        `<graphml>\n<key id="w" for="edge" attr.name="weight"/>\n<graph edgedefault="${edgedefault}">\n${body}\n</graph>\n</graphml>`,
      );
    expect(graph('<edge source="a" target="b"><data key="w">heavy</data></edge>')).toEqual({
      line: 4,
      error: 'the weight is not a number',
    });
    expect(graph('<node id="a"><graph/></node>')).toMatchObject({
      line: 4,
      error: expect.stringMatching(/nested/),
    });
    expect(graph('<edge source="a" target="b" directed="true"/>')).toMatchObject({
      line: 4,
      error: expect.stringMatching(/mixed/),
    });
    expect(graph('<node id="a">')).toMatchObject({ error: expect.stringMatching(/does not match/) });
    expect(graph('<node id=a/>')).toMatchObject({ line: 4, error: 'a tag that is not well-formed XML' });
    expect(graph('<hyperedge/>')).toMatchObject({ error: expect.stringMatching(/hyperedge/) });
    expect(graph('<node id="a &bomb;"/>')).toMatchObject({ error: expect.stringMatching(/entity/) });
    expect(graph('', 'both')).toMatchObject({ line: 3, error: expect.stringMatching(/edgedefault/) });
    expect(parseGraphml('<!DOCTYPE x [<!ENTITY a "b">]><graphml/>')).toMatchObject({
      error: expect.stringMatching(/DOCTYPE/),
    });
    expect(parseGraphml('<graphml><graph>')).toMatchObject({ error: expect.stringMatching(/ends inside/) });
    expect(parseGraphml('<graphml/>')).toMatchObject({ error: 'no graph element' });
  });
});
