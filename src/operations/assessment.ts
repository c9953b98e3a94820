import { z } from 'zod';

/**
 * The structured risk assessment behind an intervention decision, and the rules that recommend an intervention
 * with their reasons. A raid happens only when necessary; a less intrusive intervention is chosen whenever it
 * serves better; danger to life always warrants an immediate rescue.
 */
const level = z.enum(['low', 'medium', 'high']);

export const assessmentSchema = z.strictObject({
  dangerToLife: z.enum(['immediate', 'high', 'moderate', 'low']),
  childrenPresent: z.enum(['yes', 'no', 'unknown']),
  peopleAtRisk: z.number().int().min(0).max(100_000),
  exploitation: z.array(z.enum(['labour', 'sexual', 'forced_criminality'])).min(1),
  intelligence: z.strictObject({
    strongestSourceGrade: z.enum(['1', '2', '3']),
    strongestInfoGrade: z.enum(['A', 'B', 'C', 'D', 'E']),
    corroboratingReports: z.number().int().min(0).max(10_000),
  }),
  nonTestimonialEvidence: z
    .array(
      z.enum(['financial', 'call_records', 'documents', 'surveillance', 'inspection_findings', 'crossings']),
    )
    .max(6),
  risks: z.strictObject({
    victims: level,
    officers: level,
    bystanders: level,
    lawfulWorkers: z.number().int().min(0).max(100_000),
  }),
  corruptionLeakRisk: level,
  servicesReady: z.boolean(),
});
export type Assessment = z.output<typeof assessmentSchema>;

export const INTERVENTIONS = [
  'immediate_rescue',
  'planned_raid_and_rescue',
  'labour_inspection',
  'intelligence_build_up',
  'community_monitoring',
] as const;
export type Intervention = (typeof INTERVENTIONS)[number];

/** Why the rules recommend what they do, as codes with their values (the screens word them). */
export const recommendationReason = z.discriminatedUnion('code', [
  z.object({
    code: z.enum([
      'danger_to_life',
      'labour_only',
      'high_danger',
      'children_present',
      'sexual',
      'forced_criminality',
      'monitoring',
    ]),
  }),
  /** The best grade held (source then information, e.g. "3D") and the corroborating reports. */
  z.object({ code: z.literal('thin_intelligence'), grade: z.string(), reports: z.number().int() }),
  z.object({ code: z.literal('planned_operation'), people: z.number().int() }),
]);

/** What to prepare for or keep in mind with the intervention, as codes with their values. */
export const recommendationCaution = z.discriminatedUnion('code', [
  z.object({
    code: z.enum([
      'services_not_ready',
      'leak_risk',
      'officers_at_risk',
      'no_independent_evidence',
      'children_may_be_present',
    ]),
  }),
  z.object({ code: z.literal('lawful_workers'), count: z.number().int() }),
]);

export type RecommendationReason = z.output<typeof recommendationReason>;
export type RecommendationCaution = z.output<typeof recommendationCaution>;

export interface Recommendation {
  recommendation: Intervention;
  reasons: RecommendationReason[];
  cautions: RecommendationCaution[];
}

/** Intelligence too thin to act on: a poor or untested source, or unknown or doubtful information, uncorroborated. */
export function thinIntelligence(a: Assessment): boolean {
  const { strongestSourceGrade: s, strongestInfoGrade: i, corroboratingReports: c } = a.intelligence;
  const weak = s === '3' || i === 'D' || i === 'E' || (s === '2' && i === 'C');
  return weak && c < 2;
}

function cautionsFor(a: Assessment, intervention: Intervention): RecommendationCaution[] {
  const out: RecommendationCaution[] = [];
  if (intervention === 'immediate_rescue' || intervention === 'planned_raid_and_rescue') {
    if (!a.servicesReady) out.push({ code: 'services_not_ready' });
    if (a.corruptionLeakRisk !== 'low') out.push({ code: 'leak_risk' });
    if (a.risks.lawfulWorkers > 0) out.push({ code: 'lawful_workers', count: a.risks.lawfulWorkers });
    if (a.risks.officers === 'high') out.push({ code: 'officers_at_risk' });
    if (a.nonTestimonialEvidence.length === 0) out.push({ code: 'no_independent_evidence' });
  }
  if (a.childrenPresent !== 'no') out.push({ code: 'children_may_be_present' });
  return out;
}

/** The recommended intervention with its reasons, rule by rule. */
export function recommend(a: Assessment): Recommendation {
  const reasons: RecommendationReason[] = [];
  let r: Intervention;
  const labourOnly = a.exploitation.every((e) => e === 'labour');
  if (a.dangerToLife === 'immediate') {
    // Danger to life always warrants a rescue now, whatever else is known.
    r = 'immediate_rescue';
    reasons.push({ code: 'danger_to_life' });
  } else if (thinIntelligence(a)) {
    r = 'intelligence_build_up';
    const { strongestSourceGrade: s, strongestInfoGrade: i, corroboratingReports: c } = a.intelligence;
    reasons.push({ code: 'thin_intelligence', grade: `${s}${i}`, reports: c });
  } else if (labourOnly && a.dangerToLife !== 'high' && a.childrenPresent === 'no') {
    r = 'labour_inspection';
    reasons.push({ code: 'labour_only' });
  } else if (
    a.dangerToLife === 'high' ||
    a.childrenPresent === 'yes' ||
    a.exploitation.includes('sexual') ||
    a.exploitation.includes('forced_criminality')
  ) {
    r = 'planned_raid_and_rescue';
    if (a.dangerToLife === 'high') reasons.push({ code: 'high_danger' });
    if (a.childrenPresent === 'yes') reasons.push({ code: 'children_present' });
    if (a.exploitation.includes('sexual')) reasons.push({ code: 'sexual' });
    if (a.exploitation.includes('forced_criminality')) reasons.push({ code: 'forced_criminality' });
    reasons.push({ code: 'planned_operation', people: a.peopleAtRisk });
  } else {
    r = 'community_monitoring';
    reasons.push({ code: 'monitoring' });
  }
  return { recommendation: r, reasons, cautions: cautionsFor(a, r) };
}
