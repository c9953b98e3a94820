import type { ParseKeys } from 'i18next';
import { i18next } from '../../i18n/i18n.ts';
import type { Graph, GraphSource, PathAnswer } from './types.ts';

// Links in words, in the chosen language: the registry's link types as the verb between two names ("owns",
// "works at"), a traced call as "called" and a traced transfer as "paid", as the server words them in English.

const TRACED: Record<string, string> = { call: 'called', transfer: 'paid' };

/** A link type as the words between two names; an unknown type as the server words it (`fallback`). */
export function linkWord(type: string, fallback?: string): string {
  const code = TRACED[type] ?? type;
  return i18next.t(`codes.link.${code}` as ParseKeys<'network'>, {
    ns: 'network',
    defaultValue: fallback ?? code.replaceAll('_', ' '),
  });
}

const worded = <G extends Graph | PathAnswer>(g: G): G => ({
  ...g,
  edges: g.edges.map((e) => ({ ...e, label: linkWord(e.type, e.label) })),
});

/** The same source, its links labelled in the language chosen when they are asked for. */
export const wordedSource = (source: GraphSource): GraphSource => ({
  neighbours: async (node, f) => worded(await source.neighbours(node, f)),
  paths: async (from, to, f) => worded(await source.paths(from, to, f)),
});
