// Whether the API description says what each route answers: every 2xx reply of every route must have a JSON schema
// that names its fields (no `{}`, no free map of anything, no array of such). Files (PDF, CSV) are described by
// their media type. The web app's types come from the same schemas, so a reply left loose is a reply the web app
// cannot type.

type Schema = Record<string, unknown>;

const isObject = (x: unknown): x is Schema => typeof x === 'object' && x !== null && !Array.isArray(x);

/** The paths (`$.a.b[]`) where a JSON schema accepts anything. */
export function loosePlaces(schema: unknown, at = '$'): string[] {
  if (!isObject(schema)) return [at];
  const keys = Object.keys(schema).filter((k) => k !== 'description' && k !== '$schema');
  if (keys.length === 0) return [at];
  const out: string[] = [];
  for (const k of ['anyOf', 'oneOf', 'allOf'] as const) {
    const list = schema[k];
    if (Array.isArray(list)) for (const [i, s] of list.entries()) out.push(...loosePlaces(s, `${at}|${i}`));
  }
  if (schema.type === 'object' || isObject(schema.properties)) {
    const props = isObject(schema.properties) ? schema.properties : {};
    for (const [name, s] of Object.entries(props)) out.push(...loosePlaces(s, `${at}.${name}`));
    const extra = schema.additionalProperties;
    if (
      Object.keys(props).length === 0 &&
      (extra === undefined || extra === true || (isObject(extra) && Object.keys(extra).length === 0))
    )
      out.push(`${at}{}`);
    else if (isObject(extra) && Object.keys(extra).length > 0) out.push(...loosePlaces(extra, `${at}{}`));
  }
  if (schema.type === 'array') {
    // A tuple names each place (`prefixItems`, nothing after them); a list names its items.
    if (Array.isArray(schema.prefixItems))
      for (const [i, s] of schema.prefixItems.entries()) out.push(...loosePlaces(s, `${at}[${i}]`));
    else out.push(...loosePlaces(schema.items, `${at}[]`));
  }
  return out;
}

interface Operation {
  responses?: Record<string, { content?: Record<string, { schema?: unknown }> }>;
}

/** Each route whose 2xx replies the description leaves open, with where: `GET /api/x 200 $.items[]{}`. */
export function looseResponses(paths: Record<string, Record<string, Operation>>): string[] {
  const out: string[] = [];
  for (const [path, ops] of Object.entries(paths))
    for (const [method, op] of Object.entries(ops)) {
      const route = `${method.toUpperCase()} ${path}`;
      const ok = Object.entries(op.responses ?? {}).filter(([status]) => /^2\d\d$/.test(status));
      if (ok.length === 0) {
        out.push(`${route}: no reply described`);
        continue;
      }
      for (const [status, r] of ok) {
        const content = r.content ?? {};
        const json = content['application/json'];
        if (!json) {
          if (status !== '204' && Object.keys(content).length === 0)
            out.push(`${route} ${status}: no content described`);
          continue;
        }
        for (const place of loosePlaces(json.schema)) out.push(`${route} ${status} ${place}`);
      }
    }
  return out;
}
