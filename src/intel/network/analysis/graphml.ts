import type { EdgeList, EdgeRow } from './graph.ts';

// A small GraphML reader (http://graphml.graphdrawing.org/): one <graph> of <node>s and <edge>s, its edgedefault,
// and an edge weight given as <data> whose <key> has attr.name "weight" (its <default> where an edge has none,
// else 1). Other data (labels, yEd's drawings) is skipped. Not read, said so: nested graphs, hyperedges, edges
// whose direction differs from the graph's, DOCTYPEs with their own declarations (entities are a way to make a
// small file expand without end). XML namespaces' prefixes are ignored.

export type GraphmlResult = EdgeList | { error: string; line: number };

const TOKEN =
  /<!--[\s\S]*?-->|<!\[CDATA\[([\s\S]*?)\]\]>|<\?[\s\S]*?\?>|<!DOCTYPE[^[>]*>|<\/([A-Za-z_][\w.:-]*)\s*>|<([A-Za-z_][\w.:-]*)((?:\s+[A-Za-z_][\w.:-]*\s*=\s*(?:"[^"<]*"|'[^'<]*'))*)\s*(\/?)>|[^<]+/y;
const ATTRIBUTE = /([A-Za-z_][\w.:-]*)\s*=\s*(?:"([^"]*)"|'([^']*)')/g;
const ENTITY = /&(?:#x([0-9a-fA-F]+)|#([0-9]+)|([a-z]+));/g;
const BARE_AMPERSAND = /&(?!(?:#x[0-9a-fA-F]+|#[0-9]+|[a-z]+);)/;
const NAMED: Record<string, string> = { lt: '<', gt: '>', amp: '&', quot: '"', apos: "'" };

class GraphmlError extends Error {
  at: number;
  constructor(message: string, at: number) {
    super(message);
    this.at = at;
  }
}

function decode(text: string, at: number): string {
  const out = text.replace(ENTITY, (_m, hex?: string, dec?: string, named?: string) => {
    if (named !== undefined) {
      const c = NAMED[named];
      if (c === undefined)
        throw new GraphmlError('an entity that is not XML’s own (&lt; &gt; &amp; &quot; &apos;)', at);
      return c;
    }
    const code = hex !== undefined ? Number.parseInt(hex, 16) : Number(dec);
    if (!(code > 0 && code <= 0x10ffff)) throw new GraphmlError('a character reference out of range', at);
    return String.fromCodePoint(code);
  });
  if (BARE_AMPERSAND.test(text)) throw new GraphmlError('an & that starts no entity (write &amp;)', at);
  return out;
}

const local = (name: string) => name.slice(name.indexOf(':') + 1);

function attributes(text: string, at: number): Map<string, string> {
  const out = new Map<string, string>();
  for (const m of text.matchAll(ATTRIBUTE)) out.set(local(m[1] as string), decode(m[2] ?? m[3] ?? '', at));
  return out;
}

interface Key {
  weight: boolean;
  defaultText: string | null;
}

export function parseGraphml(text: string): GraphmlResult {
  try {
    return read(text.replace(/^\uFEFF/, ''));
  } catch (e) {
    if (!(e instanceof GraphmlError)) throw e;
    let line = 1;
    for (let i = text.indexOf('\n'); i >= 0 && i < e.at; i = text.indexOf('\n', i + 1)) line++;
    return { error: e.message, line };
  }
}

function read(text: string): EdgeList {
  const stack: string[] = [];
  const keys = new Map<string, Key>();
  const nodes: string[] = [];
  const seen = new Set<string>();
  const edges: EdgeRow[] = [];
  let directed: boolean | undefined;
  let graphs = 0;
  let sawRoot = false;
  let key: Key | null = null; // the <key> being read (for its <default>)
  let edge: { row: EdgeRow; weightText: string | null; at: number } | null = null;
  let dataKey: Key | null = null; // the weight <data> being read
  let textBuffer = '';
  const note = (v: string) => {
    if (!seen.has(v)) {
      seen.add(v);
      nodes.push(v);
    }
  };
  TOKEN.lastIndex = 0;
  let at = 0;
  while (at < text.length) {
    TOKEN.lastIndex = at;
    const m = TOKEN.exec(text);
    if (!m && text.startsWith('<!DOCTYPE', at))
      throw new GraphmlError('a DOCTYPE with its own declarations is not read', at);
    if (!m) throw new GraphmlError('a tag that is not well-formed XML', at);
    const [whole, cdata, closing, opening, attrText, selfClosing] = m;
    const start = at;
    at += whole.length;
    if (whole.startsWith('<!DOCTYPE')) continue; // without an internal subset (the pattern stops at '['): nothing to expand
    if (whole.startsWith('<!D'))
      throw new GraphmlError('a DOCTYPE with its own declarations is not read', start);
    if (whole.startsWith('<!-') || whole.startsWith('<?')) continue;
    if (cdata !== undefined || (!whole.startsWith('<') && opening === undefined && closing === undefined)) {
      const content = cdata ?? decode(whole, start);
      if (stack.length === 0 && content.trim() !== '')
        throw new GraphmlError('text outside the root element', start);
      textBuffer += content;
      continue;
    }
    if (whole.startsWith('<!')) throw new GraphmlError('a declaration that is not read', start);
    if (closing !== undefined) {
      const name = local(closing);
      const open = stack.pop();
      if (open !== name)
        throw new GraphmlError(
          open
            ? `a closing tag that does not match the open element (${open})`
            : 'a closing tag with no open element',
          start,
        );
      close(name);
      continue;
    }
    const name = local(opening as string);
    if (stack.length === 0 && sawRoot) throw new GraphmlError('a second root element', start);
    sawRoot = true;
    if (stack.length === 0 && name !== 'graphml')
      throw new GraphmlError('the root element is not graphml', start);
    const attrs = attributes(attrText ?? '', start);
    const parent = stack[stack.length - 1];
    textBuffer = '';
    if (name === 'key' && parent === 'graphml') {
      const id = attrs.get('id');
      if (!id) throw new GraphmlError('a key without an id', start);
      const target = attrs.get('for') ?? 'all';
      key = {
        weight: attrs.get('attr.name') === 'weight' && (target === 'edge' || target === 'all'),
        defaultText: null,
      };
      keys.set(id, key);
    } else if (name === 'graph') {
      if (parent !== 'graphml')
        throw new GraphmlError('a graph inside a node or edge (nested graphs are not read)', start);
      if (++graphs > 1) throw new GraphmlError('a second graph (one graph a file is read)', start);
      const d = attrs.get('edgedefault') ?? 'undirected';
      if (d !== 'directed' && d !== 'undirected')
        throw new GraphmlError('edgedefault is neither directed nor undirected', start);
      directed = d === 'directed';
    } else if (name === 'node' && parent === 'graph') {
      const id = attrs.get('id');
      if (!id) throw new GraphmlError('a node without an id', start);
      note(id);
    } else if (name === 'edge' && parent === 'graph') {
      const source = attrs.get('source');
      const target = attrs.get('target');
      if (!source || !target) throw new GraphmlError('an edge without a source or target', start);
      const d = attrs.get('directed');
      if (d !== undefined && (d === 'true') !== directed)
        throw new GraphmlError(
          'an edge whose direction differs from the graph’s edgedefault (mixed graphs are not read)',
          start,
        );
      edge = { row: { source, target, weight: 1 }, weightText: null, at: start };
    } else if (name === 'data' && parent === 'edge' && edge) {
      const k = keys.get(attrs.get('key') ?? '');
      dataKey = k?.weight ? k : null;
    } else if (name === 'hyperedge')
      throw new GraphmlError('a hyperedge (not read: edges join two nodes)', start);
    if (selfClosing) close(name);
    else stack.push(name);
  }
  if (stack.length > 0)
    throw new GraphmlError(`the file ends inside an open element (${stack.at(-1)})`, text.length);
  if (graphs === 0) throw new GraphmlError('no graph element', text.length);
  return { nodes, edges, directed };

  function close(name: string) {
    if (name === 'default' && key && stack[stack.length - 1] === 'key') key.defaultText = textBuffer;
    else if (name === 'key') key = null;
    else if (name === 'data' && dataKey && edge) {
      edge.weightText = textBuffer;
      dataKey = null;
    } else if (name === 'edge' && edge) {
      let weightText = edge.weightText;
      if (weightText === null)
        for (const k of keys.values()) if (k.weight && k.defaultText !== null) weightText = k.defaultText;
      if (weightText !== null) {
        const w = Number(weightText.trim());
        if (weightText.trim() === '' || !Number.isFinite(w))
          throw new GraphmlError('the weight is not a number', edge.at);
        if (w <= 0) throw new GraphmlError('the weight is not positive', edge.at);
        edge.row.weight = w;
      }
      note(edge.row.source);
      note(edge.row.target);
      edges.push(edge.row);
      edge = null;
    }
    textBuffer = '';
  }
}
