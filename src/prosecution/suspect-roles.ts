// The roles a suspect plays, and the one rule that classes them. An EXPLOITER controls the exploitation or takes a
// share of its proceeds: the site's owner, the broker paid per person supplied, the collector who takes in the
// debts and wages, and the official paid to protect the business. A FACILITATOR does a task in it for a wage or a
// fee and takes no share: the recruiter, the transporter, the supervisor and the guard. The tier says where a
// prosecution should reach (exploiters first: arresting only facilitators leaves the business running).

export const SUSPECT_ROLES = {
  recruiter: { label: 'Recruiter', tier: 'facilitator' },
  broker: { label: 'Broker', tier: 'exploiter' },
  transporter: { label: 'Transporter', tier: 'facilitator' },
  site_owner: { label: 'Owner of the site', tier: 'exploiter' },
  supervisor: { label: 'Supervisor', tier: 'facilitator' },
  guard: { label: 'Guard', tier: 'facilitator' },
  money_collector: { label: 'Money collector', tier: 'exploiter' },
  protecting_official: { label: 'Official protecting the business for pay', tier: 'exploiter' },
} as const satisfies Record<string, { label: string; tier: SuspectTier }>;

export const SUSPECT_TIERS = ['exploiter', 'facilitator'] as const;
export type SuspectTier = (typeof SUSPECT_TIERS)[number];
export type SuspectRole = keyof typeof SUSPECT_ROLES;
export const SUSPECT_ROLE_NAMES = Object.keys(SUSPECT_ROLES) as SuspectRole[];

export const tierOf = (role: string | null): SuspectTier | null =>
  role && Object.hasOwn(SUSPECT_ROLES, role) ? SUSPECT_ROLES[role as SuspectRole].tier : null;

/** A suspect's cooperation and confession, each recorded as a dated step; the latest of each pair stands. */
export const COOPERATION_STEPS = ['cooperating', 'cooperation_ended'] as const;
export const CONFESSION_STEPS = ['confessed', 'confession_retracted'] as const;
export const SUSPECT_STEPS = [...COOPERATION_STEPS, ...CONFESSION_STEPS] as const;
export type SuspectStep = (typeof SUSPECT_STEPS)[number];
