import type { MemberRole, Plan } from './plan-schema.ts';

export interface ActiveMember {
  role: MemberRole;
  language: string | null;
}

/**
 * What still stands between a plan and its approval: every objective has someone responsible for it, each
 * expected language has an interpreter, the people removed have a safe place and a way to get there.
 */
export function planGaps(plan: Plan, members: readonly ActiveMember[]): string[] {
  const gaps: string[] = [];
  const has = (role: MemberRole) => members.some((m) => m.role === role);
  if (!has('command')) gaps.push('No member commands the operation.');
  if (!plan.startsAt) gaps.push('No date and time set.');
  if (plan.place.trim() === '' || plan.place === 'to be confirmed') gaps.push('The place is not confirmed.');
  if (plan.arrestTargets.length > 0 && !has('arrest'))
    gaps.push('Arrest objective: suspects are named but no member is assigned to arrest.');
  if (plan.arrestTargets.length === 0) gaps.push('Arrest objective: no suspect is named.');
  if (!has('evidence')) gaps.push('Evidence objective: no member is assigned to seize and record evidence.');
  if (plan.expectedEvidence.length === 0) gaps.push('Evidence objective: no expected evidence is listed.');
  if (plan.expectedPeople.count > 0) {
    if (!has('victim_care')) gaps.push('Rescue objective: no member is assigned to victim care.');
    if (!has('transport') && plan.transport.trim() === '')
      gaps.push('Rescue objective: no transport for the people removed.');
    if (!plan.screeningSite) gaps.push('Rescue objective: no safe screening site chosen.');
    if (plan.receivingAgencies.length === 0) gaps.push('Rescue objective: no receiving service named.');
    for (const lang of plan.expectedPeople.languages) {
      if (!members.some((m) => m.role === 'interpreter' && m.language === lang))
        gaps.push(`No interpreter for the expected language "${lang}".`);
    }
  }
  if (plan.expectedPeople.children > plan.expectedPeople.count)
    gaps.push('More children are expected than people in all.');
  return gaps;
}

/** The go/no-go items not yet confirmed: execution starts only when there are none. */
export const noGoItems = (plan: Plan): string[] => plan.goNoGo.filter((i) => !i.done).map((i) => i.item);
