import { linkChoices } from '../linkTypes.ts';
import type { Entity, Options, Registry } from '../types.ts';

/** The types a choice's other end may have (`uses_phone:out` from a person: phone). */
export function otherEndTypeNames(reg: Registry, choice: string): string[] {
  const [key, way] = choice.split(':');
  const def = key ? reg.linkTypes[key] : undefined;
  if (!def) return [];
  if (!def.directed) return [...new Set([...def.from, ...def.to])];
  return [...(way === 'in' ? def.from : def.to)];
}

/** Every type this entity can be linked to by some link type. */
export function linkableTypes(reg: Registry, entity: Entity): string[] {
  return [...new Set(linkChoices(reg, entity).flatMap(([choice]) => otherEndTypeNames(reg, choice)))];
}

/** The link choices allowed between this entity and one of `otherType` (the registry's rules, both ways). */
export function choicesBetween(reg: Registry, entity: Entity, otherType: string | null): Options {
  const all = linkChoices(reg, entity);
  return otherType ? all.filter(([choice]) => otherEndTypeNames(reg, choice).includes(otherType)) : all;
}
