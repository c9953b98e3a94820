import type { Actor } from '../access/policy.ts';
import type { Db } from '../db/connection.ts';
import type { Assessment } from '../operations/assessment.ts';
import { approve, decide } from '../operations/decisions.ts';
import { addMember } from '../operations/members.ts';
import { createOperation, updatePlan } from '../operations/plans.ts';
import { fullDemoPlan } from './demo-plan.ts';

interface Site {
  id: string;
  label: string;
}

const labourAssessment: Assessment = {
  dangerToLife: 'high',
  childrenPresent: 'yes',
  peopleAtRisk: 12,
  exploitation: ['labour'],
  intelligence: { strongestSourceGrade: '1', strongestInfoGrade: 'B', corroboratingReports: 4 },
  nonTestimonialEvidence: ['financial', 'call_records', 'crossings'],
  risks: { victims: 'high', officers: 'medium', bystanders: 'low', lawfulWorkers: 20 },
  corruptionLeakRisk: 'high',
  servicesReady: true,
};

/**
 * The operations side of the demo: a decision approved and waiting for a plan, and an operation in planning with
 * part of its team named and its remaining gaps showing, received by the demo shelter.
 */
export async function loadDemoOperations(
  database: Db,
  actors: { commander: Actor; deputy: Actor; byUsername: (u: string) => Promise<Actor> },
  sites: readonly Site[],
): Promise<{ decisions: number; operations: number }> {
  const db = database.db;
  const requestId = 'demo-load';
  const [planned, waiting] = sites;
  if (!planned || !waiting) return { decisions: 0, operations: 0 };
  const approved = async (site: Site, rationale: string) => {
    const d = await decide(
      db,
      actors.commander,
      {
        target: { entityId: site.id, label: site.label },
        assessment: labourAssessment,
        decision: 'planned_raid_and_rescue',
        rationale,
      },
      requestId,
    );
    await approve(
      db,
      actors.deputy,
      d.id,
      { approve: true, note: 'Approved: plan with the shelter ready.' },
      requestId,
    );
    return d.id;
  };
  await approved(
    waiting,
    'Debt ledgers and wage deductions seen by inspectors; children reported on the night shift.',
  );
  const decisionId = await approved(
    planned,
    'Passports retained by the supervisor; workers locked in at night; corroborated by call records.',
  );
  const op = await createOperation(db, actors.commander, { decisionId, codeName: 'NIGHTJAR' }, requestId);
  const services = await actors.byUsername('demo.social-worker');
  await updatePlan(
    db,
    actors.commander,
    op.id,
    { version: op.version, plan: fullDemoPlan(planned, services.agencyId ?? '') },
    requestId,
  );
  const team: [string, 'command' | 'evidence' | 'interpreter' | 'victim_care', string | null, string][] = [
    ['demo.deputy', 'command', null, 'Command'],
    ['demo.investigator', 'evidence', null, 'Evidence'],
    ['demo.ngo-screener', 'interpreter', 'my', 'Care'],
    ['demo.screener', 'victim_care', null, 'Care'],
  ];
  for (const [username, role, language, teamName] of team) {
    const who = await actors.byUsername(username);
    await addMember(
      db,
      actors.commander,
      op.id,
      { userId: who.userId ?? '', role, team: teamName, language },
      requestId,
    );
  }
  return { decisions: 2, operations: 1 };
}
