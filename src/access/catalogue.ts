/**
 * The permission catalogue: every action a route or service may check, as `resource.action`, with what it
 * allows. Routes name one of these at registration; the policy grants them through roles.
 */
export const PERMISSIONS = {
  'profile.read': 'See your own account, roles and permissions',
  'agency.read': 'List the agencies taking part, by name and kind',
  'agency.create': 'Register a new agency',
  'agency.oversee': "Set which agencies a coordination body's auditors review",
  'user.read': 'List and view the user accounts of your agency',
  'user.create': 'Create user accounts in your agency',
  'user.update': 'Change roles of, disable or re-enable user accounts in your agency',
  'user.reset_2fa': "Clear a user's second factor so they enrol again",
  'user.manage_all': 'Manage user accounts of every agency, not only your own',
  'token.manage': 'List and revoke your own API tokens',
  'device.register':
    'Register your own phones and browsers for the field screens, see them and revoke one that is lost',
  'token.create': 'Create API tokens for machine access (imports and exports of intelligence)',
  'audit.read': "Read your agency's audit log",
  'audit.read_all': 'Read the audit log of every agency',
  'audit.verify': 'Check that the audit log has not been altered',
  'intel.read': 'See intelligence reports, entities and links your agency may see',
  'intel.write': 'Record intelligence, sources and imports',
  'monitoring.read': 'See tips, hotline reports and labour inspections',
  'monitoring.write': 'Record tips, hotline reports and labour inspections',
  'monitoring.triage':
    "Triage your agency's tips, route them to the agency with jurisdiction, receive what is routed to it and reply to reporters",
  'monitoring.rules': 'Set the routing rules and which agency answers the public reporting page',
  'operations.read': 'See intervention decisions and operations you are a member of',
  'operations.write': 'Assess targets and plan operations',
  'operations.brief':
    'See the logistics brief (no target, place or time) of operations your agency will receive people from',
  'evidence.read': 'See exhibits and their chain of custody',
  'evidence.write': 'Register exhibits and record custody transfers',
  'screening.read': 'See screening interviews and their outcomes',
  'screening.write': 'Conduct screening interviews and referrals',
  'protection.read': 'See protection cases, services and consent',
  'protection.write': 'Record services offered, accepted or declined, shelter stays and compensation',
  'protection.shared_read':
    'See what people agreed to share with your agency from their protection cases, and nothing else',
  'prosecution.read': 'See case files, suspects, charges and court events',
  'prosecution.write': 'Build case files and record court events',
  'outcomes.read': 'See outcome indicators and aggregate dashboards',
  'outcomes.publish': 'Prepare and approve the publication of aggregate figures',
} as const;

export type Permission = keyof typeof PERMISSIONS;

export const ALL_PERMISSIONS = Object.keys(PERMISSIONS) as Permission[];

export const isPermission = (s: string): s is Permission => Object.hasOwn(PERMISSIONS, s);
