import type { ColumnType, Generated } from 'kysely';
import type { CreatedAt, Timestamp } from './column-types.ts';
import type { AccountApprovalTable, UserNoticeTable } from './types-access.ts';
import type { LoginLockoutTable } from './types-auth.ts';
import type {
  CallRecordTable,
  ColumnMappingTable,
  CrossingTable,
  ImportBadRowTable,
  ImportJobTable,
  TipTable,
  TransferTable,
} from './types-imports.ts';
import type {
  CustodyEventTable,
  DecisionDissentTable,
  ExhibitTable,
  InterventionDecisionTable,
  OperationLogCorrectionTable,
  OperationLogTable,
  OperationMemberTable,
  OperationReceiverTable,
  OperationReviewTable,
  OperationTable,
  ProtectionCaseTable,
  ProtectionConsentTable,
  ProtectionNeedTable,
  ProtectionServiceEventTable,
  ProtectionServiceTable,
  ProtectionSettingsTable,
  ProtectionStayTable,
} from './types-operations.ts';
import type {
  BankAccountTable,
  PersonRecordTable,
  ResolutionDecisionTable,
  ResolutionModelTable,
  ResolutionPairTable,
  SubscriberTable,
} from './types-people.ts';

export type * from './types-access.ts';
export type * from './types-auth.ts';
export type * from './types-devices.ts';
export type * from './types-imports.ts';
export type * from './types-monitoring.ts';
export type * from './types-network.ts';
export type * from './types-operations.ts';
export type * from './types-people.ts';
export type * from './types-screening.ts';

import type { LinkChartTable } from './types-charts.ts';
import type { DeviceTables } from './types-devices.ts';
import type { InspectionTables } from './types-inspections.ts';
import type { MentionTables } from './types-mentions.ts';
import type { MonitoringTables, TipIntakeColumns } from './types-monitoring.ts';
import type {
  NetworkAnalysisTable,
  NetworkBrokerTable,
  NetworkEdgePartTable,
  NetworkEdgeTable,
  NetworkGroupSiteTable,
  NetworkMembershipTable,
} from './types-network.ts';
import type { DonorChecklistTables } from './types-outcomes-checklists.ts';
import type { OutcomeEvaluationTables } from './types-outcomes-evaluation.ts';
import type { OutcomeReleaseTables } from './types-outcomes-releases.ts';
import type * as Pros from './types-prosecution.ts';
import type * as Care from './types-protection-care.ts';
import type {
  ProtectionClaimAssetTable,
  ProtectionClaimPaymentTable,
  ProtectionClaimStepTable,
  ProtectionClaimTable,
  ProtectionCooperationTable,
  ProtectionWitnessMeasureTable,
  ProtectionWitnessStepTable,
} from './types-protection-justice.ts';
import type * as R from './types-protection-return.ts';
import type {
  IndicatorSetTable,
  ReferralTable,
  ScreeningTable,
  ServiceProviderTable,
} from './types-screening.ts';
import type { SummaryTables } from './types-summaries.ts';

export interface AgencyTable {
  id: Generated<string>;
  name: string;
  kind: string;
  demo: Generated<boolean>;
  created_at: CreatedAt;
}

export interface UserTable {
  id: Generated<string>;
  agency_id: string;
  username: string;
  display_name: string;
  password_hash: string | null;
  totp_secret_enc: string | null;
  totp_enabled: boolean;
  totp_last_step: ColumnType<string | null, number | string | null, number | string | null>;
  failed_logins: Generated<number>;
  locked_until: Timestamp | null;
  disabled: Generated<boolean>;
  demo: Generated<boolean>;
  created_at: CreatedAt;
  updated_at: Timestamp;
}

export interface UserRoleTable {
  user_id: string;
  role: string;
}

export interface SessionTable {
  id: string;
  user_id: string;
  stage: string;
  created_at: CreatedAt;
  last_seen_at: Timestamp;
  expires_at: Timestamp;
  revoked_at: Timestamp | null;
}

export interface SignInLinkTable {
  token_hash: string;
  user_id: string;
  purpose: string;
  created_at: CreatedAt;
  expires_at: Timestamp;
  used_at: Timestamp | null;
}

export interface ApiTokenTable {
  id: Generated<string>;
  user_id: string;
  name: string;
  token_hash: string;
  scopes: string[];
  created_at: CreatedAt;
  expires_at: Timestamp | null;
  last_used_at: Timestamp | null;
  revoked_at: Timestamp | null;
}

export interface ShareTable {
  resource_type: string;
  resource_id: string;
  agency_id: string;
  shared_by: string;
  created_at: CreatedAt;
}

export interface AuditLogTable {
  seq: ColumnType<string, number | string, never>;
  at: ColumnType<Date, Date | string, never>;
  actor_id: string | null;
  actor_kind: string;
  agency_id: string | null;
  action: string;
  resource_type: string | null;
  resource_id: string | null;
  outcome: string;
  request_id: string | null;
  detail: ColumnType<Record<string, unknown>, string, never>;
  /** Client address of the request that made the entry (null for commands and jobs). */
  ip: ColumnType<string | null, string | null | undefined, never>;
  /** Id of the secret key that sealed the entry (null: unkeyed, from before keys). */
  key_id: ColumnType<string | null, string | null | undefined, never>;
  prev_hash: string;
  hash: string;
}

export interface AuditHeadTable {
  id: number;
  seq: ColumnType<string, number | string, number | string>;
  hash: string;
}

type Grade<T extends string> = T | null;

export interface IntelSourceTable {
  id: Generated<string>;
  agency_id: string;
  code: string;
  kind: string;
  description: string;
  created_at: CreatedAt;
}

export interface IntelReportTable {
  id: Generated<string>;
  agency_id: string;
  source_id: string | null;
  reported_on: ColumnType<string, string, string>;
  /** Sealed (src/access/sealing.ts), as is the provenance. */
  title: string;
  handling: string;
  action_code: string | null;
  sanitisation_code: string | null;
  tlp: string | null;
  provenance: string;
  sanitised_from: string | null;
  created_by: string | null;
  created_at: CreatedAt;
  needs_seal: Generated<boolean>;
}

export interface IntelReportItemTable {
  report_id: string;
  n: number;
  /** Sealed; searched through intel_report_terms. */
  text: string;
  source_grade: string;
  info_grade: string;
  needs_seal: Generated<boolean>;
}

/** Keyed hashes of the words of a report item (src/intel/report-terms.ts). */
export interface IntelReportTermTable {
  report_id: string;
  n: number;
  term: string;
}

export interface EntityTable {
  id: Generated<string>;
  agency_id: string;
  type: string;
  label: string;
  created_at: CreatedAt;
  /** 'resolution' when resolution made it from records; null when an analyst or an import asserted it. */
  origin: ColumnType<string | null, string | null | undefined, string | null>;
}

export interface EntityFactTable {
  id: Generated<string>;
  agency_id: string;
  entity_id: string;
  attribute: string;
  value: string;
  report_id: string | null;
  import_id: string | null;
  source_grade: Grade<string>;
  info_grade: Grade<string>;
  asserted_at: CreatedAt;
  asserted_by: string | null;
}

export interface EntityLinkTable {
  id: Generated<string>;
  agency_id: string;
  type: string;
  from_id: string;
  to_id: string;
  report_id: string | null;
  import_id: string | null;
  source_grade: Grade<string>;
  info_grade: Grade<string>;
  asserted_at: CreatedAt;
  asserted_by: string | null;
  origin: ColumnType<string | null, string | null | undefined, string | null>;
}

/** The FollowTheMoney id an imported entity or link came with (exactly one of entity_id, link_id). */
export interface FtmIdTable {
  agency_id: string;
  ftm_id: string;
  entity_id: string | null;
  link_id: string | null;
  import_id: string;
}

export interface SearchKeyTable {
  agency_id: string;
  entity_id: string;
  kind: string;
  value: string;
  key: string;
}

export interface Database
  extends MentionTables,
    DeviceTables,
    MonitoringTables,
    InspectionTables,
    OutcomeReleaseTables,
    OutcomeEvaluationTables,
    DonorChecklistTables,
    SummaryTables {
  /** A view: the pairs of every load added up (20261206_1500). */
  network_edges: NetworkEdgeTable;
  network_edge_parts: NetworkEdgePartTable;
  network_analyses: NetworkAnalysisTable;
  network_memberships: NetworkMembershipTable;
  network_group_sites: NetworkGroupSiteTable;
  network_brokers: NetworkBrokerTable;
  link_charts: LinkChartTable;
  subscribers: SubscriberTable;
  bank_accounts: BankAccountTable;
  person_records: PersonRecordTable;
  resolution_pairs: ResolutionPairTable;
  resolution_decisions: ResolutionDecisionTable;
  resolution_models: ResolutionModelTable;
  login_lockouts: LoginLockoutTable;
  account_approvals: AccountApprovalTable;
  user_notices: UserNoticeTable;
  protection_cases: ProtectionCaseTable & R.ProtectionCaseReturnColumns & Care.ProtectionCaseIdentityColumns;
  protection_needs: ProtectionNeedTable;
  protection_consents: ProtectionConsentTable;
  protection_stays: ProtectionStayTable;
  protection_settings: ProtectionSettingsTable & R.ProtectionSettingsReturnColumns;
  protection_services: ProtectionServiceTable;
  protection_service_events: ProtectionServiceEventTable;
  protection_cooperation: ProtectionCooperationTable;
  protection_witness_measures: ProtectionWitnessMeasureTable;
  protection_witness_steps: ProtectionWitnessStepTable;
  protection_claims: ProtectionClaimTable;
  protection_claim_assets: ProtectionClaimAssetTable;
  protection_claim_payments: ProtectionClaimPaymentTable;
  protection_claim_steps: ProtectionClaimStepTable;
  protection_child_steps: Care.ProtectionChildStepTable;
  protection_identities: Care.ProtectionIdentityTable;
  protection_identity_keys: Care.ProtectionIdentityKeyTable;
  protection_case_access: Care.ProtectionCaseAccessTable;
  protection_transfers: R.ProtectionTransferTable;
  protection_transfer_steps: R.ProtectionTransferStepTable;
  protection_reintegration_plans: R.ProtectionReintegrationPlanTable;
  protection_follow_ups: R.ProtectionFollowUpTable;
  prosecution_cases: Pros.ProsecutionCaseTable;
  prosecution_suspects: Pros.ProsecutionSuspectTable;
  prosecution_suspect_steps: Pros.ProsecutionSuspectStepTable;
  prosecution_charges: Pros.ProsecutionChargeTable;
  prosecution_evidence: Pros.ProsecutionEvidenceTable;
  prosecution_element_links: Pros.ProsecutionElementLinkTable;
  prosecution_shared_scopes: Pros.ProsecutionSharedScopeTable;
  prosecution_hearings: Pros.ProsecutionHearingTable;
  prosecution_participants: Pros.ProsecutionParticipantTable;
  prosecution_decisions: Pros.ProsecutionDecisionTable;
  prosecution_sentences: Pros.ProsecutionSentenceTable;
  prosecution_appeals: Pros.ProsecutionAppealTable;
  prosecution_mla_requests: Pros.ProsecutionMlaRequestTable;
  prosecution_mla_steps: Pros.ProsecutionMlaStepTable;
  prosecution_mla_links: Pros.ProsecutionMlaLinkTable;
  prosecution_deadlines: Pros.ProsecutionDeadlineTable;
  prosecution_assets: Pros.ProsecutionAssetTable;
  prosecution_asset_ties: Pros.ProsecutionAssetTieTable;
  prosecution_asset_orders: Pros.ProsecutionAssetOrderTable;
  prosecution_asset_allocations: Pros.ProsecutionAssetAllocationTable;
  prosecution_remedies: Pros.ProsecutionRemedyTable;
  prosecution_remedy_steps: Pros.ProsecutionRemedyStepTable;
  operations: OperationTable;
  operation_members: OperationMemberTable;
  operation_receivers: OperationReceiverTable;
  operation_log: OperationLogTable;
  operation_log_corrections: OperationLogCorrectionTable;
  operation_reviews: OperationReviewTable;
  exhibits: ExhibitTable;
  custody_events: CustodyEventTable;
  tips: TipTable & TipIntakeColumns;
  crossings: CrossingTable;
  transfers: TransferTable;
  intervention_decisions: InterventionDecisionTable;
  decision_dissents: DecisionDissentTable;
  search_keys: SearchKeyTable;
  ftm_ids: FtmIdTable;
  intel_sources: IntelSourceTable;
  intel_reports: IntelReportTable;
  intel_report_items: IntelReportItemTable;
  intel_report_terms: IntelReportTermTable;
  entities: EntityTable;
  entity_facts: EntityFactTable;
  entity_links: EntityLinkTable;
  import_jobs: ImportJobTable;
  import_bad_rows: ImportBadRowTable;
  column_mappings: ColumnMappingTable;
  call_records: CallRecordTable;
  indicator_sets: IndicatorSetTable;
  service_providers: ServiceProviderTable;
  screenings: ScreeningTable;
  referrals: ReferralTable;
  agencies: AgencyTable;
  users: UserTable;
  user_roles: UserRoleTable;
  sessions: SessionTable;
  sign_in_links: SignInLinkTable;
  api_tokens: ApiTokenTable;
  shares: ShareTable;
  audit_log: AuditLogTable;
  audit_head: AuditHeadTable;
}
