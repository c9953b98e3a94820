import type { z } from 'zod';
import type { MemberRole, Plan } from './plan-schema.ts';
import type { planGapReply } from './wire.ts';

export type PlanGap = z.output<typeof planGapReply>;

export interface ActiveMember {
  role: MemberRole;
  language: string | null;
}

/**
 * What still stands between a plan and its approval: every objective has someone responsible for it, each
 * expected language has an interpreter, the people removed have a safe place and a way to get there. Each gap is a
 * code (with the language for a missing interpreter) that the screens put in words.
 */
export function planGaps(plan: Plan, members: readonly ActiveMember[]): PlanGap[] {
  const gaps: PlanGap[] = [];
  const has = (role: MemberRole) => members.some((m) => m.role === role);
  if (!has('command')) gaps.push({ code: 'no_commander' });
  if (!plan.startsAt) gaps.push({ code: 'no_date' });
  if (plan.place.trim() === '' || plan.place === 'to be confirmed') gaps.push({ code: 'place_unconfirmed' });
  if (plan.arrestTargets.length > 0 && !has('arrest')) gaps.push({ code: 'no_arrest_member' });
  if (plan.arrestTargets.length === 0) gaps.push({ code: 'no_suspect' });
  if (!has('evidence')) gaps.push({ code: 'no_evidence_member' });
  if (plan.expectedEvidence.length === 0) gaps.push({ code: 'no_expected_evidence' });
  if (plan.expectedPeople.count > 0) {
    if (!has('victim_care')) gaps.push({ code: 'no_victim_care' });
    if (!has('transport') && plan.transport.trim() === '') gaps.push({ code: 'no_transport' });
    if (!plan.screeningSite) gaps.push({ code: 'no_screening_site' });
    if (plan.receivingAgencies.length === 0) gaps.push({ code: 'no_receiver' });
    for (const lang of plan.expectedPeople.languages) {
      if (!members.some((m) => m.role === 'interpreter' && m.language === lang))
        gaps.push({ code: 'no_interpreter', language: lang });
    }
  }
  if (plan.expectedPeople.children > plan.expectedPeople.count) gaps.push({ code: 'children_exceed' });
  return gaps;
}

/** The go/no-go items not yet confirmed: execution starts only when there are none. */
export const noGoItems = (plan: Plan): string[] => plan.goNoGo.filter((i) => !i.done).map((i) => i.item);
