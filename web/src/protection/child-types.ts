import type { CasePage } from './case-types.ts';

/** A child's protection, as the case page carries it (null for an adult): its steps and what blocks a return. */
export type ChildProtection = NonNullable<CasePage['childProtection']>;
/** A step of a child's protection (`childProtection.steps`). */
export type ChildStep = ChildProtection['steps'][number];
