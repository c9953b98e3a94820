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

export interface Recommendation {
  recommendation: Intervention;
  reasons: string[];
  cautions: string[];
}

/** Intelligence too thin to act on: a poor or untested source, or unknown or doubtful information, uncorroborated. */
export function thinIntelligence(a: Assessment): boolean {
  const { strongestSourceGrade: s, strongestInfoGrade: i, corroboratingReports: c } = a.intelligence;
  const weak = s === '3' || i === 'D' || i === 'E' || (s === '2' && i === 'C');
  return weak && c < 2;
}

function cautionsFor(a: Assessment, intervention: Intervention): string[] {
  const out: string[] = [];
  if (intervention === 'immediate_rescue' || intervention === 'planned_raid_and_rescue') {
    if (!a.servicesReady)
      out.push(
        'Receiving services are not ready: prepare the safe screening site, shelter places and interpreters before the operation.',
      );
    if (a.corruptionLeakRisk !== 'low')
      out.push('Leak risk: keep the operation a compartment and brief its members as late as possible.');
    if (a.risks.lawfulWorkers > 0)
      out.push(
        `${a.risks.lawfulWorkers} lawful worker(s) would be disrupted: plan to keep their work and pay.`,
      );
    if (a.risks.officers === 'high')
      out.push('High risk to officers: plan entry and scene security with that in mind.');
    if (a.nonTestimonialEvidence.length === 0)
      out.push(
        "No non-testimonial evidence is held yet: plan to seize it, so the case does not rest on victims' testimony.",
      );
  }
  if (a.childrenPresent !== 'no')
    out.push('Children may be present: a child protection officer and guardian must be part of the plan.');
  return out;
}

/** The recommended intervention with its reasons, rule by rule. */
export function recommend(a: Assessment): Recommendation {
  const reasons: string[] = [];
  let r: Intervention;
  const labourOnly = a.exploitation.every((e) => e === 'labour');
  if (a.dangerToLife === 'immediate') {
    r = 'immediate_rescue';
    reasons.push(
      'There is immediate danger to life: that always warrants a rescue now, whatever else is known.',
    );
  } else if (thinIntelligence(a)) {
    r = 'intelligence_build_up';
    reasons.push(
      `The intelligence is thin (best grade ${a.intelligence.strongestSourceGrade}${a.intelligence.strongestInfoGrade}, ${a.intelligence.corroboratingReports} corroborating report(s)): build it up before any intervention.`,
    );
  } else if (labourOnly && a.dangerToLife !== 'high' && a.childrenPresent === 'no') {
    r = 'labour_inspection';
    reasons.push(
      'Labour exploitation only, without high danger or children: a labour inspection serves better than a raid and disrupts lawful work least.',
    );
  } else if (
    a.dangerToLife === 'high' ||
    a.childrenPresent === 'yes' ||
    a.exploitation.includes('sexual') ||
    a.exploitation.includes('forced_criminality')
  ) {
    r = 'planned_raid_and_rescue';
    if (a.dangerToLife === 'high') reasons.push('High danger to the people at risk.');
    if (a.childrenPresent === 'yes') reasons.push('Children are present.');
    if (a.exploitation.includes('sexual')) reasons.push('Sexual exploitation.');
    if (a.exploitation.includes('forced_criminality'))
      reasons.push('Forced criminality (people held to commit crimes).');
    reasons.push(
      `${a.peopleAtRisk} people at risk; the intelligence supports a planned operation with three objectives: arrest, seize evidence, rescue.`,
    );
  } else {
    r = 'community_monitoring';
    reasons.push(
      'No high danger and no grounds for a raid or an inspection yet: community and NGO monitoring keeps watch with the least harm.',
    );
  }
  return { recommendation: r, reasons, cautions: cautionsFor(a, r) };
}
