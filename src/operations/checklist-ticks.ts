import type { Plan } from './plan-schema.ts';

type CheckItem = { item: string; done: boolean };

/**
 * The lists of a plan being saved, with each item's tick as it stands now: ticks change only through
 * `setChecklistItem`. An item is matched by its words (the first not yet matched, so repeated items keep theirs);
 * a new item takes the tick it was saved with.
 */
export function keepTicks<P extends { briefing: CheckItem[]; goNoGo: CheckItem[] }>(
  incoming: P,
  current: Partial<Pick<Plan, 'briefing' | 'goNoGo'>>,
): P {
  const keep = (next: CheckItem[], now: readonly CheckItem[] = []) => {
    const unmatched = [...now];
    return next.map((x) => {
      const at = unmatched.findIndex((y) => y.item === x.item);
      if (at < 0) return x;
      const [was] = unmatched.splice(at, 1);
      return { ...x, done: was?.done ?? x.done };
    });
  };
  return {
    ...incoming,
    briefing: keep(incoming.briefing, current.briefing),
    goNoGo: keep(incoming.goNoGo, current.goNoGo),
  };
}
