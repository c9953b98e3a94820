/** The parts of Lantern, each opened by a permission. `built` parts have pages; the rest say what will come. */
export interface Section {
  key: string;
  label: string;
  path: string;
  /** Any one of these permissions opens the section. */
  anyOf: readonly string[];
  /** One sentence: what the section is for, or what will appear there. */
  summary: string;
  built: boolean;
}

export const SECTIONS: readonly Section[] = [
  {
    key: 'intel',
    label: 'Intelligence',
    path: '/intel',
    anyOf: ['intel.read'],
    summary:
      'Graded reports from your sources, shared as their handling allows, and entities with their links.',
    built: true,
  },
  {
    key: 'monitoring',
    label: 'Monitoring & tips',
    path: '/monitoring',
    anyOf: ['monitoring.read', 'monitoring.write', 'monitoring.rules'],
    summary:
      'Tips from hotlines, NGOs and the public: report, triage and route them to the agency that can act; what is routed to you; the routing rules.',
    built: true,
  },
  {
    key: 'operations',
    label: 'Operations',
    path: '/operations',
    anyOf: ['operations.read', 'operations.brief'],
    summary:
      'Intervention decisions, operation plans compartmented to their team, execution in the field and the after-action review; logistics briefs for receiving services.',
    built: true,
  },
  {
    key: 'evidence',
    label: 'Evidence',
    path: '/evidence',
    anyOf: ['evidence.read'],
    summary: 'Exhibits seized in operations, with their hash-chained custody record, printable for court.',
    built: true,
  },
  {
    key: 'screening',
    label: 'Screening',
    path: '/screening',
    anyOf: ['screening.read'],
    summary:
      'Screen people met at a safe place, in their language and with consent, and refer them to services.',
    built: true,
  },
  {
    key: 'protection',
    label: 'Protection',
    path: '/protection',
    anyOf: ['protection.read'],
    summary:
      'Protection cases opened for presumed victims, by pseudonym; services, consent and compensation will be recorded there.',
    built: true,
  },
  {
    key: 'prosecution',
    label: 'Prosecution',
    path: '/prosecution',
    anyOf: ['prosecution.read'],
    summary:
      'Case files from shared operations or intelligence: suspects and their roles, charges broken into elements with their evidence, the testimony burden, the scope beyond the site, the file for court.',
    built: true,
  },
  {
    key: 'outcomes',
    label: 'Outcomes',
    path: '/outcomes',
    anyOf: ['outcomes.read'],
    summary:
      'Outcome indicators across both tracks, with charts and a map, small figures hidden; printable reports and donor checklists.',
    built: true,
  },
  {
    key: 'users',
    label: 'Users & agencies',
    path: '/admin/users',
    anyOf: ['user.read'],
    summary: 'Create accounts for staff, hand over their sign-in links, and register agencies.',
    built: true,
  },
  {
    key: 'audit',
    label: 'Audit log',
    path: '/audit',
    anyOf: ['audit.read'],
    summary: 'See who did what and when, and check that the log has not been altered.',
    built: true,
  },
];

export const allowedSections = (permissions: readonly string[]): Section[] =>
  SECTIONS.filter((s) => s.anyOf.some((p) => permissions.includes(p)));
