import type { EntityRef } from './types.ts';

/**
 * Recently opened entities, kept for this browser tab only (sessionStorage), per user: there is no entity search
 * yet. Cleared when the user signs out.
 */
const PREFIX = 'lantern.intel.recent.';
const KEEP = 12;

export function recentEntities(userId: string): EntityRef[] {
  try {
    const raw = sessionStorage.getItem(PREFIX + userId);
    const list: unknown = raw ? JSON.parse(raw) : [];
    return Array.isArray(list) ? list.filter(isRef) : [];
  } catch {
    return [];
  }
}

export function rememberEntity(userId: string, e: EntityRef): void {
  const list = [
    { id: e.id, type: e.type, label: e.label },
    ...recentEntities(userId).filter((x) => x.id !== e.id),
  ];
  try {
    sessionStorage.setItem(PREFIX + userId, JSON.stringify(list.slice(0, KEEP)));
  } catch {
    // Storage full or disabled: the list is a convenience only.
  }
}

export function forgetRecentEntities(): void {
  try {
    for (const key of Object.keys(sessionStorage)) if (key.startsWith(PREFIX)) sessionStorage.removeItem(key);
  } catch {
    // Nothing stored.
  }
}

function isRef(x: unknown): x is EntityRef {
  const r = x as Partial<EntityRef> | null;
  return typeof r?.id === 'string' && typeof r.type === 'string' && typeof r.label === 'string';
}
