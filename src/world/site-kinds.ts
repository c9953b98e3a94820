import type { Exploitation, SiteKind } from './model.ts';

/** What each kind of site is like: where it stands, how common it is, and how it exploits when it does. */
// Where each kind of site stands, and what kind of exploitation it hides when it is not lawful.
export const SITE_TOWN_TAGS: Record<SiteKind, string[]> = {
  seafood_processing: ['industrial', 'port'],
  fishing_vessel: ['port'],
  brothel: ['entertainment', 'tourism', 'destination'],
  karaoke_bar: ['entertainment', 'border', 'destination'],
  farm: ['agriculture', 'source'],
  construction: ['destination', 'capital', 'construction'],
  domestic_household: ['capital', 'destination'],
  scam_compound: ['sez'],
};
export const SITE_KIND_WEIGHTS: Record<SiteKind, number> = {
  seafood_processing: 12,
  fishing_vessel: 14,
  brothel: 6,
  karaoke_bar: 10,
  farm: 18,
  construction: 16,
  domestic_household: 18,
  scam_compound: 3,
};
export const EXPLOITATION_OF: Record<SiteKind, Exploitation> = {
  seafood_processing: 'labour',
  fishing_vessel: 'labour',
  brothel: 'sexual',
  karaoke_bar: 'sexual',
  farm: 'labour',
  construction: 'labour',
  domestic_household: 'labour',
  scam_compound: 'forced_criminality',
};
export const SECTOR_OF: Record<SiteKind, string> = {
  seafood_processing: 'seafood_processing',
  fishing_vessel: 'fishing',
  brothel: 'sex_work',
  karaoke_bar: 'karaoke',
  farm: 'agriculture',
  construction: 'construction',
  domestic_household: 'domestic_work',
  scam_compound: 'scam_compound',
};
/** How many people an exploitative site holds: [min, max]. */
export const VICTIMS_PER_SITE: Record<SiteKind, [number, number]> = {
  seafood_processing: [8, 40],
  fishing_vessel: [6, 22],
  brothel: [4, 16],
  karaoke_bar: [3, 9],
  farm: [5, 18],
  construction: [6, 25],
  domestic_household: [1, 1],
  scam_compound: [20, 90],
};
/** What each kind of site is known for, when it exploits. */
export const HALLMARKS: Record<SiteKind, string[]> = {
  seafood_processing: [
    'coercion_at_destination.confiscation_of_documents',
    'coercion_at_destination.debt_bondage',
    'exploitative_conditions_of_work.excessive_working_days_or_hours',
  ],
  fishing_vessel: [
    'coercion_at_destination.isolation_confinement_or_surveillance',
    'exploitative_conditions_of_work.excessive_working_days_or_hours',
    'coercion_at_destination.withholding_of_wages',
  ],
  brothel: [
    'coercion_at_destination.forced_tasks_or_clients',
    'coercion_at_destination.debt_bondage',
    'coercion_at_destination.confiscation_of_documents',
  ],
  karaoke_bar: ['coercion_at_destination.forced_tasks_or_clients', 'coercion_at_destination.debt_bondage'],
  farm: ['exploitative_conditions_of_work.low_or_no_salary', 'coercion_at_destination.debt_bondage'],
  construction: [
    'exploitative_conditions_of_work.hazardous_work',
    'coercion_at_destination.withholding_of_wages',
  ],
  domestic_household: [
    'coercion_at_destination.isolation_confinement_or_surveillance',
    'coercion_at_destination.confiscation_of_documents',
  ],
  scam_compound: [
    'coercion_at_destination.forced_into_illicit_criminal_activities',
    'coercion_at_destination.isolation_confinement_or_surveillance',
    'deceptive_recruitment.deceived_about_the_nature_of_the_job_location_or',
  ],
};
export const GROUP_NAMES = [
  'Cobra',
  'Lotus',
  'River',
  'Golden',
  'Tiger',
  'Jade',
  'Monsoon',
  'Delta',
  'Orchid',
  'Falcon',
  'Harbour',
  'Bamboo',
  'Crane',
  'Dragon',
  'Pearl',
];
