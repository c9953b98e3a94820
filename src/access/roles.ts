import type { Permission } from './catalogue.ts';

export const AGENCY_KINDS = ['police', 'labour', 'ngo', 'prosecution', 'services', 'coordination'] as const;
export type AgencyKind = (typeof AGENCY_KINDS)[number];

interface RoleDef {
  label: string;
  description: string;
  permissions: readonly Permission[];
  /** Roles that see intelligence or victims' identities must use a second factor. */
  requiresSecondFactor: boolean;
}

// Every staff role may register the phones it uses in the field (src/access/devices.ts): a device holds only what
// its person's own permissions let it fetch, and registering it is what lets a lost one be shut out.
const BASE: readonly Permission[] = ['profile.read', 'agency.read', 'token.manage', 'device.register'];

export const ROLES = {
  system_admin: {
    label: 'System administrator',
    description: 'Registers agencies and manages accounts across all of them',
    permissions: [
      ...BASE,
      'agency.create',
      'agency.oversee',
      'user.read',
      'user.create',
      'user.update',
      'user.reset_2fa',
      'user.manage_all',
      'monitoring.rules',
      'audit.read_all',
      'audit.read',
      'audit.verify',
    ],
    requiresSecondFactor: true,
  },
  admin: {
    label: 'Agency administrator',
    description: "Manages the accounts of the agency's own staff",
    permissions: [
      ...BASE,
      'user.read',
      'user.create',
      'user.update',
      'user.reset_2fa',
      'audit.read',
      'audit.verify',
    ],
    requiresSecondFactor: true,
  },
  analyst: {
    label: 'Intelligence analyst',
    description: 'Builds the rich picture from reports, imports and links',
    permissions: [
      ...BASE,
      'token.create',
      'intel.read',
      'intel.write',
      'monitoring.read',
      'monitoring.triage',
      'operations.read',
      'outcomes.read',
    ],
    requiresSecondFactor: true,
  },
  investigator: {
    label: 'Investigator',
    description: 'Develops targets and evidence for prosecution',
    permissions: [
      ...BASE,
      'token.create',
      'intel.read',
      'intel.write',
      'monitoring.read',
      'operations.read',
      'evidence.read',
      'evidence.write',
      'prosecution.read',
    ],
    requiresSecondFactor: true,
  },
  operation_commander: {
    label: 'Operation commander',
    description: 'Decides interventions and plans and commands operations',
    permissions: [
      ...BASE,
      'intel.read',
      'operations.read',
      'operations.write',
      'evidence.read',
      'evidence.write',
      'screening.read',
    ],
    requiresSecondFactor: true,
  },
  labour_inspector: {
    label: 'Labour inspector',
    description: 'Inspects workplaces and records labour violations',
    permissions: [
      ...BASE,
      'monitoring.read',
      'monitoring.write',
      'monitoring.triage',
      'screening.read',
      'screening.write',
    ],
    requiresSecondFactor: true,
  },
  hotline_operator: {
    label: 'Hotline operator',
    description: 'Takes calls and public reports, triages them and routes them to the agency that can act',
    permissions: [...BASE, 'monitoring.read', 'monitoring.write', 'monitoring.triage'],
    requiresSecondFactor: true,
  },
  monitor: {
    label: 'Community or NGO monitor',
    description: 'Submits tips and monitoring reports',
    permissions: [...BASE, 'monitoring.write'],
    requiresSecondFactor: false,
  },
  screening_officer: {
    label: 'Screening officer',
    description: 'Screens people removed or met at a safe site and refers them to services',
    permissions: [
      ...BASE,
      'screening.read',
      'screening.write',
      'protection.read',
      'operations.read',
      'operations.brief',
    ],
    requiresSecondFactor: true,
  },
  social_worker: {
    label: 'Social worker',
    description: 'Supports victims with the services they choose',
    permissions: [
      ...BASE,
      'protection.read',
      'protection.write',
      'protection.shared_read',
      'screening.read',
      'operations.brief',
    ],
    requiresSecondFactor: true,
  },
  prosecutor: {
    label: 'Prosecutor',
    description: 'Builds case files and follows them through court',
    permissions: [
      ...BASE,
      'prosecution.read',
      'prosecution.write',
      'protection.shared_read',
      'evidence.read',
      'intel.read',
      'operations.read',
    ],
    requiresSecondFactor: true,
  },
  me_officer: {
    label: 'Monitoring and evaluation officer',
    description: 'Follows outcomes through aggregate indicators only',
    permissions: [...BASE, 'outcomes.read', 'outcomes.publish'],
    requiresSecondFactor: false,
  },
  coordinator: {
    label: 'Coordinator',
    description: 'Approves what is published',
    // Aggregates only (suppressed tables and a k-anonymised export): no second factor needed.
    permissions: [...BASE, 'outcomes.read', 'outcomes.publish'],
    requiresSecondFactor: false,
  },
  auditor: {
    label: 'Auditor',
    description: 'Reviews the audit log and who saw what',
    permissions: [...BASE, 'audit.read', 'audit.verify'],
    requiresSecondFactor: true,
  },
} as const satisfies Record<string, RoleDef>;

export type Role = keyof typeof ROLES;
export const ALL_ROLES = Object.keys(ROLES) as Role[];
export const isRole = (s: string): s is Role => Object.hasOwn(ROLES, s);

export function permissionsOfRoles(roles: readonly Role[]): Set<Permission> {
  const out = new Set<Permission>();
  for (const r of roles) for (const p of ROLES[r].permissions) out.add(p);
  return out;
}

export const rolesRequireSecondFactor = (roles: readonly Role[]): boolean =>
  roles.some((r) => ROLES[r].requiresSecondFactor);

/**
 * Roles that see intelligence or victims, or that administer or audit accounts: granting one needs a second
 * administrator's approval. Exactly the roles that need a second factor.
 */
export const grantNeedsSecondAdministrator = (role: Role): boolean => ROLES[role].requiresSecondFactor;
