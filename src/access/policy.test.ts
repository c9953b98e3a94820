import { describe, expect, it } from 'vitest';
import { ALL_PERMISSIONS, PERMISSIONS } from './catalogue.ts';
import { type Actor, can, seesAllAgencies } from './policy.ts';
import { ALL_ROLES, permissionsOfRoles, ROLES, type Role, rolesRequireSecondFactor } from './roles.ts';

const actor = (roles: Role[], agencyId = 'A'): Actor => ({
  kind: 'user',
  userId: 'u',
  agencyId,
  roles,
  permissions: permissionsOfRoles(roles),
  label: 'user:u',
});

describe('permission catalogue and roles', () => {
  it('describes every permission and grants only catalogued ones', () => {
    for (const p of ALL_PERMISSIONS) expect(PERMISSIONS[p].length).toBeGreaterThan(10);
    for (const r of ALL_ROLES) for (const p of ROLES[r].permissions) expect(ALL_PERMISSIONS).toContain(p);
  });

  it('has the roles the field needs', () => {
    for (const r of [
      'admin',
      'analyst',
      'investigator',
      'operation_commander',
      'labour_inspector',
      'monitor',
      'hotline_operator',
      'screening_officer',
      'social_worker',
      'prosecutor',
      'me_officer',
      'auditor',
    ]) {
      expect(ALL_ROLES).toContain(r);
    }
  });

  it('requires a second factor for roles that see intelligence or victims', () => {
    for (const r of ALL_ROLES) {
      const sensitive = ROLES[r].permissions.some((p) =>
        /^(intel|screening|protection|prosecution|operations|evidence|user|audit)\./.test(p),
      );
      if (sensitive) expect(rolesRequireSecondFactor([r]), r).toBe(true);
    }
    expect(rolesRequireSecondFactor(['me_officer'])).toBe(false);
    expect(rolesRequireSecondFactor(['me_officer', 'analyst'])).toBe(true);
  });

  it('gives aggregates only to the M&E officer', () => {
    expect([...permissionsOfRoles(['me_officer'])].filter((p) => p.endsWith('.read')).sort()).toEqual([
      'agency.read',
      'outcomes.read',
      'profile.read',
    ]);
  });
});

describe('can()', () => {
  it('denies what no role grants', () => {
    expect(can(actor(['monitor']), 'intel.read')).toBe(false);
    expect(can(actor([]), 'profile.read')).toBe(false);
  });

  it('limits records to the own agency unless shared', () => {
    const a = actor(['analyst'], 'A');
    expect(can(a, 'intel.read', { type: 'report', agencyId: 'A' })).toBe(true);
    expect(can(a, 'intel.read', { type: 'report', agencyId: 'B' })).toBe(false);
    expect(can(a, 'intel.read', { type: 'report', agencyId: 'B', sharedWith: ['C', 'A'] })).toBe(true);
  });

  it('lets a system administrator manage users of any agency, an agency administrator only their own', () => {
    const user = { type: 'user', agencyId: 'B' };
    expect(can(actor(['admin'], 'A'), 'user.update', user)).toBe(false);
    expect(can(actor(['system_admin'], 'A'), 'user.update', user)).toBe(true);
    expect(seesAllAgencies(actor(['admin']), 'user.read')).toBe(false);
    expect(seesAllAgencies(actor(['system_admin']), 'user.read')).toBe(true);
  });

  it('narrows a token to its scopes', () => {
    const token: Actor = { ...actor(['analyst']), kind: 'token', permissions: new Set(['intel.read']) };
    expect(can(token, 'intel.read', { type: 'report', agencyId: 'A' })).toBe(true);
    expect(can(token, 'intel.write')).toBe(false);
  });
});
