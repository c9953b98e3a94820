/** The seven languages the server answers in: its error messages, and what it writes for people to read. */
export const SERVER_LANGUAGES = ['en', 'th', 'km', 'lo', 'my', 'vi', 'zh'] as const;
export type ServerLanguage = (typeof SERVER_LANGUAGES)[number];

const isServerLanguage = (x: string): x is ServerLanguage =>
  (SERVER_LANGUAGES as readonly string[]).includes(x);

/**
 * The language an `Accept-Language` header asks for (the browser app sends the language of its screens), by its
 * weights, else English. `zh-Hans`, `zh-CN` and `zh` are all Simplified Chinese.
 */
export function requestLanguage(header: string | string[] | undefined): ServerLanguage {
  const value = Array.isArray(header) ? header.join(',') : (header ?? '');
  const asked = value
    .split(',')
    .map((part, order) => {
      const [tag = '', ...params] = part.trim().split(';');
      const q = params.map((p) => /^\s*q=([\d.]+)\s*$/.exec(p)?.[1]).find(Boolean);
      return {
        base: tag.trim().toLowerCase().split('-')[0] ?? '',
        q: q === undefined ? 1 : Number(q),
        order,
      };
    })
    .filter((x) => x.base && x.q > 0)
    .sort((a, b) => b.q - a.q || a.order - b.order);
  for (const { base } of asked) if (isServerLanguage(base)) return base;
  return 'en';
}
