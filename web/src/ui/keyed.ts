/** Each text with a key unique among them, for lists whose texts may repeat (React needs distinct keys). */
export function keyed<T>(items: readonly T[], text: (item: T) => string): { key: string; item: T }[] {
  const seen = new Map<string, number>();
  return items.map((item) => {
    const t = text(item);
    const n = (seen.get(t) ?? 0) + 1;
    seen.set(t, n);
    return { key: n === 1 ? t : `${t}#${n}`, item };
  });
}
