import { DEFAULT_BRIEFING, DEFAULT_GO_NO_GO, type Plan } from '../operations/plan-schema.ts';

/** The demo operation's plan: a week ahead, most of it filled, arrest team and a Khmer interpreter still missing. */
export function fullDemoPlan(site: { id: string; label: string }, receivingAgency: string): Plan {
  const start = new Date(Date.now() + 7 * 86_400_000);
  start.setUTCHours(22, 0, 0, 0);
  return {
    target: { entityId: site.id, label: site.label },
    place: `${site.label}: the processing hall and the dormitory behind it`,
    startsAt: start.toISOString(),
    readyBy: new Date(start.getTime() - 86_400_000).toISOString().slice(0, 10),
    screeningSite: {
      name: 'Protection and Occupational Development Centre, interview rooms',
      kind: 'shelter',
      address: 'Nonthaburi',
    },
    transport: 'Two vans from the centre; a police pick-up for suspects, kept apart',
    expectedPeople: {
      count: 12,
      children: 2,
      languages: ['my', 'km'],
      medicalNeeds: 'One worker with an untreated hand injury',
    },
    arrestTargets: [
      { label: 'The night supervisor', entityId: null },
      { label: 'The recruiter who collects the debts', entityId: null },
    ],
    expectedEvidence: [
      { category: 'ledger', note: 'Debt ledger kept in the office' },
      { category: 'retained_passport', note: 'Passports held by the supervisor' },
      { category: 'phone', note: "The supervisor's phone" },
    ],
    briefing: DEFAULT_BRIEFING,
    goNoGo: DEFAULT_GO_NO_GO,
    receivingAgencies: receivingAgency ? [receivingAgency] : [],
  };
}
