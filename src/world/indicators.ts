import type { Rng } from './rng.ts';

/**
 * The ILO–European Commission operational indicators of trafficking in human beings (Delphi, 2009), labour
 * exploitation lists for adults and children, with each indicator's strength: S strong, M medium, W weak, '-' not
 * on that list (children's lists have no weak tier). The world gives each person the indicators that truly apply;
 * the screening rules read the same published lists on their own.
 */
export type Strength = 'S' | 'M' | 'W' | '-';

export const ELEMENTS = [
  'deceptive_recruitment',
  'coercive_recruitment',
  'recruitment_abuse_of_vulnerability',
  'exploitative_conditions_of_work',
  'coercion_at_destination',
  'abuse_of_vulnerability_at_destination',
] as const;
export type Element = (typeof ELEMENTS)[number];

export interface Indicator {
  id: string;
  element: Element;
  label: string;
  adult: Strength;
  child: Strength;
}

// id, label, adults, children
const ROWS: [string, string, Strength, Strength][] = [
  [
    'deceptive_recruitment.deceived_about_the_nature_of_the_job_location_or',
    'Deceived about the nature of the job, location or employer',
    'S',
    'S',
  ],
  ['deceptive_recruitment.deceived_about_wages_earnings', 'Deceived about wages/earnings', 'M', 'M'],
  ['deceptive_recruitment.deceived_about_conditions_of_work', 'Deceived about conditions of work', 'M', 'M'],
  [
    'deceptive_recruitment.deceived_about_content_or_legality_of_work_contr',
    'Deceived about content or legality of work contract',
    'M',
    'M',
  ],
  [
    'deceptive_recruitment.deceived_about_housing_and_living_conditions',
    'Deceived about housing and living conditions',
    'M',
    'M',
  ],
  [
    'deceptive_recruitment.deceived_about_legal_documentation_or_obtaining',
    'Deceived about legal documentation or obtaining legal migration status',
    'M',
    'M',
  ],
  [
    'deceptive_recruitment.deceived_about_travel_and_recruitment_conditions',
    'Deceived about travel and recruitment conditions',
    'M',
    'M',
  ],
  [
    'deceptive_recruitment.deceived_about_family_reunification',
    'Deceived about family reunification',
    'M',
    'M',
  ],
  [
    'deceptive_recruitment.deceived_through_promises_of_marriage_or_adoptio',
    'Deceived through promises of marriage or adoption',
    'M',
    'M',
  ],
  [
    'deceptive_recruitment.deceived_about_access_to_education_opportunities',
    'Deceived about access to education opportunities',
    'W',
    'S',
  ],
  ['coercive_recruitment.violence_on_victims', 'Violence on victims', 'S', 'S'],
  ['coercive_recruitment.threats_of_violence_against_victim', 'Threats of violence against victim', 'M', 'S'],
  [
    'coercive_recruitment.abduction_forced_marriage_forced_adoption_or_sel',
    'Abduction, forced marriage, forced adoption or selling of victim',
    'M',
    'S',
  ],
  ['coercive_recruitment.debt_bondage', 'Debt bondage', 'M', 'S'],
  ['coercive_recruitment.confiscation_of_documents', 'Confiscation of documents', 'M', 'M'],
  [
    'coercive_recruitment.isolation_confinement_or_surveillance',
    'Isolation, confinement or surveillance',
    'M',
    'M',
  ],
  [
    'coercive_recruitment.threat_of_denunciation_to_authorities',
    'Threat of denunciation to authorities',
    'M',
    'M',
  ],
  [
    'coercive_recruitment.threats_to_inform_family_community_or_public',
    'Threats to inform family, community or public',
    'M',
    'M',
  ],
  ['coercive_recruitment.violence_on_family', 'Violence on family (threats or effective)', 'M', 'M'],
  ['coercive_recruitment.withholding_of_money', 'Withholding of money', 'M', 'M'],
  [
    'recruitment_abuse_of_vulnerability.abuse_of_difficult_family_situation',
    'Abuse of difficult family situation',
    'M',
    'M',
  ],
  ['recruitment_abuse_of_vulnerability.abuse_of_illegal_status', 'Abuse of illegal status', 'M', 'M'],
  [
    'recruitment_abuse_of_vulnerability.abuse_of_lack_of_education',
    'Abuse of lack of education (language)',
    'M',
    'M',
  ],
  [
    'recruitment_abuse_of_vulnerability.abuse_of_lack_of_information',
    'Abuse of lack of information',
    'M',
    'M',
  ],
  ['recruitment_abuse_of_vulnerability.control_of_exploiters', 'Control of exploiters', 'M', 'M'],
  ['recruitment_abuse_of_vulnerability.economic_reasons', 'Economic reasons', 'M', 'M'],
  [
    'recruitment_abuse_of_vulnerability.false_information_about_successful_migration',
    'False information about successful migration',
    'M',
    'M',
  ],
  [
    'recruitment_abuse_of_vulnerability.false_information_about_law_attitude_of_authorit',
    'False information about law, attitude of authorities',
    'M',
    '-',
  ],
  ['recruitment_abuse_of_vulnerability.family_situation', 'Family situation', 'M', 'M'],
  ['recruitment_abuse_of_vulnerability.personal_situation', 'Personal situation', 'M', 'M'],
  [
    'recruitment_abuse_of_vulnerability.psychological_and_emotional_dependency',
    'Psychological and emotional dependency',
    'M',
    'M',
  ],
  [
    'recruitment_abuse_of_vulnerability.relationship_with_authorities_legal_status',
    'Relationship with authorities/legal status',
    'M',
    'M',
  ],
  ['recruitment_abuse_of_vulnerability.difficulties_in_the_past', 'Difficulties in the past', 'M', 'M'],
  [
    'recruitment_abuse_of_vulnerability.difficulty_to_organise_the_travel',
    'Difficulty to organise the travel',
    'M',
    'M',
  ],
  [
    'recruitment_abuse_of_vulnerability.abuse_of_cultural_religious_beliefs',
    'Abuse of cultural/religious beliefs',
    'W',
    'M',
  ],
  ['recruitment_abuse_of_vulnerability.general_context', 'General context', 'W', 'M'],
  [
    'exploitative_conditions_of_work.excessive_working_days_or_hours',
    'Excessive working days or hours',
    'S',
    'S',
  ],
  ['exploitative_conditions_of_work.low_or_no_salary', 'Low or no salary', 'M', 'M'],
  ['exploitative_conditions_of_work.wage_manipulation', 'Wage manipulation', 'M', 'M'],
  ['exploitative_conditions_of_work.bad_living_conditions', 'Bad living conditions', 'M', 'M'],
  ['exploitative_conditions_of_work.very_bad_working_conditions', 'Very bad working conditions', 'M', 'M'],
  ['exploitative_conditions_of_work.hazardous_work', 'Hazardous work', 'M', 'M'],
  [
    'exploitative_conditions_of_work.no_respect_of_labour_laws_or_contract_signed',
    'No respect of labour laws or contract signed',
    'M',
    'M',
  ],
  [
    'exploitative_conditions_of_work.no_social_protection',
    'No social protection (contract, social insurance, etc.)',
    'M',
    '-',
  ],
  ['exploitative_conditions_of_work.no_access_to_education', 'No access to education', 'W', 'M'],
  ['coercion_at_destination.confiscation_of_documents', 'Confiscation of documents', 'S', 'S'],
  ['coercion_at_destination.debt_bondage', 'Debt bondage', 'S', 'S'],
  [
    'coercion_at_destination.isolation_confinement_or_surveillance',
    'Isolation, confinement or surveillance',
    'S',
    'S',
  ],
  ['coercion_at_destination.violence_on_victims', 'Violence on victims', 'S', 'S'],
  [
    'coercion_at_destination.threats_of_violence_against_victim',
    'Threats of violence against victim',
    'M',
    'S',
  ],
  [
    'coercion_at_destination.forced_into_illicit_criminal_activities',
    'Forced into illicit/criminal activities',
    'M',
    'S',
  ],
  ['coercion_at_destination.forced_tasks_or_clients', 'Forced tasks or clients', 'M', 'S'],
  ['coercion_at_destination.under_strong_influence', 'Under strong influence', 'M', 'S'],
  ['coercion_at_destination.forced_to_act_against_peers', 'Forced to act against peers', 'M', 'M'],
  [
    'coercion_at_destination.forced_to_lie_to_authorities_family_etc',
    'Forced to lie to authorities, family, etc.',
    'M',
    'M',
  ],
  [
    'coercion_at_destination.threat_of_denunciation_to_authorities',
    'Threat of denunciation to authorities',
    'M',
    'M',
  ],
  [
    'coercion_at_destination.threat_to_impose_even_worse_working_conditions',
    'Threat to impose even worse working conditions',
    'M',
    'M',
  ],
  ['coercion_at_destination.violence_on_family', 'Violence on family (threats or effective)', 'M', 'M'],
  ['coercion_at_destination.withholding_of_wages', 'Withholding of wages', 'M', 'M'],
  [
    'coercion_at_destination.threats_to_inform_family_community_or_public',
    'Threats to inform family, community or public',
    'W',
    'M',
  ],
  ['abuse_of_vulnerability_at_destination.dependency_on_exploiters', 'Dependency on exploiters', 'M', 'M'],
  [
    'abuse_of_vulnerability_at_destination.difficulty_to_live_in_an_unknown_area',
    'Difficulty to live in an unknown area',
    'M',
    'M',
  ],
  ['abuse_of_vulnerability_at_destination.economic_reasons', 'Economic reasons', 'M', 'M'],
  ['abuse_of_vulnerability_at_destination.family_situation', 'Family situation', 'M', 'M'],
  [
    'abuse_of_vulnerability_at_destination.relationship_with_authorities_legal_status',
    'Relationship with authorities/legal status',
    'M',
    'M',
  ],
  ['abuse_of_vulnerability_at_destination.difficulties_in_the_past', 'Difficulties in the past', 'W', 'M'],
  ['abuse_of_vulnerability_at_destination.personal_characteristics', 'Personal characteristics', 'W', 'M'],
];

export const INDICATORS: readonly Indicator[] = ROWS.map(([id, label, adult, child]) => ({
  id,
  element: id.slice(0, id.indexOf('.')) as Element,
  label,
  adult,
  child,
}));

export const INDICATOR_BY_ID: ReadonlyMap<string, Indicator> = new Map(INDICATORS.map((i) => [i.id, i]));

const strengthOf = (i: Indicator, child: boolean): Strength => (child ? i.child : i.adult);

/**
 * An element is positive on at least: two strong; one strong and one medium or weak; three medium; or two medium
 * and one weak (the published combination rule).
 */
export function elementPositive(ids: readonly string[], element: Element, child: boolean): boolean {
  let s = 0;
  let m = 0;
  let w = 0;
  for (const id of ids) {
    const ind = INDICATOR_BY_ID.get(id);
    if (!ind || ind.element !== element) continue;
    const st = strengthOf(ind, child);
    if (st === 'S') s++;
    else if (st === 'M') m++;
    else if (st === 'W') w++;
  }
  return s >= 2 || (s >= 1 && m + w >= 1) || m >= 3 || (m >= 2 && w >= 1);
}

export type VictimStatus = 'trafficked' | 'exploited_not_trafficked' | 'not_indicated';

/**
 * The published outcome, computed independently of the screening module: recruitment (any of the three
 * recruitment elements) and exploitation and coercion or abuse of vulnerability at destination make an adult a
 * presumed victim; a child needs no means, so recruitment (the act) and exploitation suffice. Exploitation alone
 * is a labour-rights case.
 */
export function statusOf(ids: readonly string[], child: boolean): VictimStatus {
  const has = (e: Element) => elementPositive(ids, e, child);
  const recruitment =
    has('deceptive_recruitment') || has('coercive_recruitment') || has('recruitment_abuse_of_vulnerability');
  const exploitation = has('exploitative_conditions_of_work');
  const destination = has('coercion_at_destination') || has('abuse_of_vulnerability_at_destination');
  if (exploitation && recruitment && (child || destination)) return 'trafficked';
  if (exploitation) return 'exploited_not_trafficked';
  return 'not_indicated';
}

function ofElement(element: Element, child: boolean, strength: Strength): Indicator[] {
  return INDICATORS.filter((i) => i.element === element && strengthOf(i, child) === strength);
}

/** Just enough indicators of one element to make it positive (one strong and one more, or three medium). */
function makePositive(rng: Rng, element: Element, child: boolean, prefer: readonly string[] = []): string[] {
  const strong = ofElement(element, child, 'S');
  const medium = ofElement(element, child, 'M');
  const preferred = prefer.filter((id) => INDICATOR_BY_ID.get(id)?.element === element);
  if (strong.length > 0 && rng.chance(0.75)) {
    const s = preferred.find((id) => strong.some((i) => i.id === id)) ?? rng.pick(strong).id;
    const rest = [...strong, ...medium].map((i) => i.id).filter((id) => id !== s);
    return [s, ...rng.sample(rest, rng.int(1, 2))];
  }
  return rng.sample(
    medium.map((i) => i.id),
    Math.min(medium.length, rng.int(3, 4)),
  );
}

/** A few indicators of an element that stay below its threshold (at most one medium and one weak). */
function belowThreshold(rng: Rng, element: Element, child: boolean): string[] {
  const medium = ofElement(element, child, 'M');
  const weak = ofElement(element, child, 'W');
  const out: string[] = [];
  if (medium.length > 0 && rng.chance(0.5)) out.push(rng.pick(medium).id);
  if (weak.length > 0 && rng.chance(0.3)) out.push(rng.pick(weak).id);
  return out;
}

const RECRUITMENT: Element[] = [
  'deceptive_recruitment',
  'coercive_recruitment',
  'recruitment_abuse_of_vulnerability',
];
const DESTINATION: Element[] = ['coercion_at_destination', 'abuse_of_vulnerability_at_destination'];

/**
 * Indicators that truly apply to a person of the given status. `severe` adds violence and confinement;
 * `prefer` lists indicators a site is known for (e.g. retained passports), used where they fit.
 */
export function indicatorsFor(
  rng: Rng,
  status: VictimStatus,
  child: boolean,
  opts: { severe?: boolean; prefer?: readonly string[] } = {},
): string[] {
  const set = new Set<string>();
  const add = (ids: string[]) => {
    for (const id of ids) set.add(id);
  };
  if (status === 'trafficked') {
    add(makePositive(rng, rng.pick(RECRUITMENT), child, opts.prefer));
    if (rng.chance(0.4)) add(makePositive(rng, rng.pick(RECRUITMENT), child, opts.prefer));
    add(makePositive(rng, 'exploitative_conditions_of_work', child, opts.prefer));
    if (!child || rng.chance(0.7)) add(makePositive(rng, rng.pick(DESTINATION), child, opts.prefer));
    if (opts.severe) {
      add([
        'coercion_at_destination.violence_on_victims',
        'coercion_at_destination.isolation_confinement_or_surveillance',
      ]);
    }
  } else if (status === 'exploited_not_trafficked') {
    add(makePositive(rng, 'exploitative_conditions_of_work', child));
    // Means stay below every threshold: no deception, coercion or abuse that counts.
    for (const e of [...RECRUITMENT, ...DESTINATION]) if (rng.chance(0.2)) add(belowThreshold(rng, e, child));
  } else {
    for (const e of ELEMENTS) if (rng.chance(0.08)) add(belowThreshold(rng, e, child));
  }
  const ids = [...set].sort();
  // The draw must land on the status asked for; the rule, not the drawing, is the authority.
  if (statusOf(ids, child) !== status) return indicatorsFor(rng, status, child, opts);
  return ids;
}
