import type { Nationality, Sex } from './names/index.ts';

export const NATIONALITIES: readonly Nationality[] = ['TH', 'KH', 'LA', 'MM', 'VN', 'CN'];

export const ROLES = [
  'migrant',
  'local_worker',
  'employer',
  'recruitment_agent',
  'recruiter',
  'broker',
  'transporter',
  'site_owner',
  'supervisor',
  'guard',
  'money_collector',
  'official',
  'victim',
] as const;
export type Role = (typeof ROLES)[number];
export const CRIMINAL_ROLES: ReadonlySet<Role> = new Set([
  'recruiter',
  'broker',
  'transporter',
  'site_owner',
  'supervisor',
  'guard',
  'money_collector',
  'official',
]);

export const SITE_KINDS = [
  'seafood_processing',
  'fishing_vessel',
  'brothel',
  'karaoke_bar',
  'farm',
  'construction',
  'domestic_household',
  'scam_compound',
] as const;
export type SiteKind = (typeof SITE_KINDS)[number];

export type Exploitation = 'labour' | 'sexual' | 'forced_criminality';
export type Severity = 'lawful' | 'labour_rights' | 'exploitative' | 'severe';

export interface Site {
  idx: number;
  id: string;
  kind: SiteKind;
  name: string;
  townIdx: number;
  lat: number;
  lon: number;
  severity: Severity;
  exploitation: Exploitation | null;
  /** Index of the criminal group that runs it, or -1. */
  group: number;
  owner: number;
  registrationNo: string | null;
  registeredOn: number;
  /** Indicators the site is known for (retained passports, locked gates…), shared by most of its victims. */
  hallmarks: string[];
  workers: number[];
  children: boolean;
}

export interface Group {
  idx: number;
  id: string;
  name: string;
  routeId: string;
  members: number[];
  /** Members whose removal would most disrupt the group: the boss and brokers supplying several sites. */
  keyFigures: number[];
  sites: number[];
  boss: number;
}

export type VictimStatus = 'trafficked' | 'exploited_not_trafficked' | 'not_indicated';

export interface Victimisation {
  person: number;
  status: VictimStatus;
  exploitation: Exploitation | null;
  site: number;
  recruiter: number;
  transporter: number;
  routeId: string;
  recruitedOn: number;
  arrivedOn: number;
  indicators: string[];
  child: boolean;
}

export interface Person {
  idx: number;
  nationality: Nationality;
  sex: Sex;
  birthDay: number;
  role: Role;
  homeTown: number;
  town: number;
  site: number;
  group: number;
}
