import type { ColumnType, Generated } from 'kysely';
import type { CreatedAt, Json, Timestamp } from './column-types.ts';

// Screening at the safe site: indicator sets, the directory of service providers, interviews and referrals.

export interface IndicatorSetTable {
  id: string;
  version: string;
  agency_id: string;
  definition: Json<Record<string, unknown>>;
  created_by: string;
  created_at: CreatedAt;
}

export interface ServiceProviderTable {
  id: Generated<string>;
  agency_id: string | null;
  name: string;
  kind: string;
  languages: string[];
  area: string;
  accepts_children: boolean;
  created_at: CreatedAt;
  /** Beds, for a residential provider (null: not counted). */
  beds: number | null;
  accepts_adults: Generated<boolean>;
  /** The sexes it takes: female, male, other. */
  sexes: ColumnType<string[], string[] | undefined, string[]>;
}

export interface ScreeningTable {
  id: Generated<string>;
  agency_id: string;
  created_by: string;
  source: string;
  /** Sealed (src/access/sealing.ts), as are the pseudonym, place, interpreter's name and observations. */
  source_ref: string | null;
  /** The Lantern operation the person was removed in, when the source is one. */
  source_operation_id: string | null;
  /** As the person states it: female, male, other, undisclosed (null: not asked). */
  sex: ColumnType<string | null, string | null | undefined, string | null>;
  pseudonym: string;
  place_kind: string;
  place_description: string;
  language: string;
  interpreter: Json<{ used: boolean; name?: string | undefined; language?: string | undefined }>;
  consent: Json<{
    interview: boolean;
    toldRights: boolean;
    toldOptions: boolean;
    toldServicesVoluntary: boolean;
  }>;
  age: number | null;
  age_doubtful: boolean;
  guardian_enc: string | null;
  exploitation: string;
  set_id: string;
  set_version: string;
  answers: Json<Record<string, { answer: 'yes' | 'no' | 'unknown'; observation: string }>>;
  status: string;
  evaluation: Json<Record<string, unknown> | null>;
  non_punishment: boolean;
  version: Generated<number>;
  started_at: CreatedAt;
  completed_at: Timestamp | null;
  updated_at: Timestamp;
  /** Written before encryption at rest: sealed at the next start. */
  needs_seal: Generated<boolean>;
}

export interface ReferralTable {
  id: Generated<string>;
  screening_id: string;
  provider_id: string;
  consent_given: boolean;
  consent_recorded_at: Timestamp;
  shared_items: string[];
  note: string;
  status: string;
  created_by: string;
  created_at: CreatedAt;
  updated_at: Timestamp;
  needs_seal: Generated<boolean>;
  /** The services the provider reported it will give, when it accepted. */
  provider_services: ColumnType<string[], string[] | undefined, string[]>;
}
