/** Sizes of a generated world. Counts are targets; the cast (criminals, victims, employers) follows from sites. */
export interface Preset {
  name: PresetName;
  people: number;
  sites: number;
  groups: number;
  calls: number;
  transfers: number;
  crossings: number;
  tips: number;
  inspections: number;
  reports: number;
  /** Days covered by the traces, ending on the world's "today". */
  days: number;
  /** Share of a criminal site's usual headcount generated, to keep victims a plausible share of migrants. */
  victimScale: number;
}

export const PRESETS = {
  demo: {
    name: 'demo',
    people: 400,
    sites: 36,
    groups: 3,
    calls: 20_000,
    transfers: 3_000,
    crossings: 1_200,
    tips: 60,
    inspections: 24,
    reports: 40,
    days: 180,
    victimScale: 0.5,
  },
  medium: {
    name: 'medium',
    people: 50_000,
    sites: 1_500,
    groups: 24,
    calls: 1_000_000,
    transfers: 120_000,
    crossings: 60_000,
    tips: 1_500,
    inspections: 500,
    reports: 1_200,
    days: 365,
    victimScale: 0.3,
  },
  large: {
    name: 'large',
    people: 1_000_000,
    sites: 20_000,
    groups: 220,
    calls: 10_000_000,
    transfers: 1_000_000,
    crossings: 600_000,
    tips: 12_000,
    inspections: 4_000,
    reports: 10_000,
    days: 365,
    victimScale: 0.3,
  },
} as const satisfies Record<string, Omit<Preset, 'name'> & { name: string }>;

export type PresetName = keyof typeof PRESETS;
export const PRESET_NAMES = Object.keys(PRESETS) as PresetName[];
export const isPresetName = (s: string): s is PresetName => Object.hasOwn(PRESETS, s);

/** The last day the traces cover (UTC midnight, as days since 1970): fixed, so a seed gives the same bytes every year. */
export const WORLD_END_DAY = Math.floor(Date.UTC(2026, 9, 31) / 86_400_000);
