import type { TFunction } from 'i18next';
import { codeWords, intelT, joinWords } from './labels.ts';
import type { Entity, Options, Registry } from './types.ts';

/**
 * The links this entity can take part in, as choices that read as a sentence: `uses_phone:out` is
 * "Ko Aung uses phone …", `uses_phone:in` is "… uses phone +66812345678".
 */
export function linkChoices(reg: Registry, entity: Entity): Options {
  const t: TFunction<'intel'> = intelT();
  const choices: (readonly [string, string])[] = [];
  for (const [key, def] of Object.entries(reg.linkTypes)) {
    const asFrom = def.from.includes(entity.type);
    const asTo = def.to.includes(entity.type);
    const words = { entity: entity.label, link: codeWords('linkType', key, reg) };
    if (!def.directed) {
      if (asFrom || asTo) choices.push([`${key}:out`, t('links.choiceOut', words)]);
      continue;
    }
    if (asFrom) choices.push([`${key}:out`, t('links.choiceOut', words)]);
    if (asTo) choices.push([`${key}:in`, t('links.choiceIn', words)]);
  }
  return choices;
}

/** The types the other end may have for a choice, e.g. "Phone number". */
export function otherEndTypes(reg: Registry, choice: string): string {
  const [key, way] = choice.split(':');
  const def = key ? reg.linkTypes[key] : undefined;
  if (!def) return '';
  let types: readonly string[] = [...def.from, ...def.to];
  if (def.directed) types = way === 'in' ? def.from : def.to;
  return joinWords([...new Set(types)].map((x) => codeWords('entityType', x, reg)));
}

/** The link's ends for the API from a choice, this entity and the other one. */
export function linkEnds(choice: string, self: string, other: string) {
  const [type = '', way] = choice.split(':');
  return way === 'in' ? { type, fromId: other, toId: self } : { type, fromId: self, toId: other };
}

export const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
