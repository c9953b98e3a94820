import type { TFunction } from 'i18next';

/** The parts of Lantern, each opened by a permission. `built` parts have pages; the rest say what will come. Their
 * names and one-sentence summaries are in the `shell` catalogue under `sections.<key>`. */
export type SectionKey =
  | 'intel'
  | 'monitoring'
  | 'operations'
  | 'evidence'
  | 'screening'
  | 'protection'
  | 'prosecution'
  | 'outcomes'
  | 'users'
  | 'audit';

export interface Section {
  key: SectionKey;
  path: string;
  /** Any one of these permissions opens the section. */
  anyOf: readonly string[];
  built: boolean;
}

export const SECTIONS: readonly Section[] = [
  {
    key: 'intel',
    path: '/intel',
    anyOf: ['intel.read'],
    built: true,
  },
  {
    key: 'monitoring',
    path: '/monitoring',
    anyOf: ['monitoring.read', 'monitoring.write', 'monitoring.rules'],
    built: true,
  },
  {
    key: 'operations',
    path: '/operations',
    anyOf: ['operations.read', 'operations.brief'],
    built: true,
  },
  {
    key: 'evidence',
    path: '/evidence',
    anyOf: ['evidence.read'],
    built: true,
  },
  {
    key: 'screening',
    path: '/screening',
    anyOf: ['screening.read'],
    built: true,
  },
  {
    key: 'protection',
    path: '/protection',
    anyOf: ['protection.read'],
    built: true,
  },
  {
    key: 'prosecution',
    path: '/prosecution',
    anyOf: ['prosecution.read'],
    built: true,
  },
  {
    key: 'outcomes',
    path: '/outcomes',
    anyOf: ['outcomes.read'],
    built: true,
  },
  {
    key: 'users',
    path: '/admin/users',
    anyOf: ['user.read'],
    built: true,
  },
  {
    key: 'audit',
    path: '/audit',
    anyOf: ['audit.read'],
    built: true,
  },
];

export const allowedSections = (permissions: readonly string[]): Section[] =>
  SECTIONS.filter((s) => s.anyOf.some((p) => permissions.includes(p)));

/** The section's name in the current language. */
export const sectionLabel = (t: TFunction<'shell'>, key: SectionKey): string => t(`sections.${key}.label`);

/** One sentence: what the section is for. */
export const sectionSummary = (t: TFunction<'shell'>, key: SectionKey): string =>
  t(`sections.${key}.summary`);
