import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { type Assessment, INTERVENTIONS, recommend } from './assessment.ts';

const base: Assessment = {
  dangerToLife: 'moderate',
  childrenPresent: 'no',
  peopleAtRisk: 12,
  exploitation: ['labour'],
  intelligence: { strongestSourceGrade: '1', strongestInfoGrade: 'B', corroboratingReports: 3 },
  nonTestimonialEvidence: ['financial', 'call_records'],
  risks: { victims: 'medium', officers: 'low', bystanders: 'low', lawfulWorkers: 40 },
  corruptionLeakRisk: 'low',
  servicesReady: true,
};
const a = (over: Partial<Assessment>): Assessment => ({ ...base, ...over });

describe('intervention decision rules', () => {
  it('immediate danger to life → rescue, even on thin intelligence', () => {
    expect(recommend(a({ dangerToLife: 'immediate' })).recommendation).toBe('immediate_rescue');
    expect(
      recommend(
        a({
          dangerToLife: 'immediate',
          intelligence: { strongestSourceGrade: '3', strongestInfoGrade: 'E', corroboratingReports: 0 },
        }),
      ).recommendation,
    ).toBe('immediate_rescue');
  });
  it('labour-only exploitation with low danger → inspection', () => {
    const r = recommend(a({ dangerToLife: 'low' }));
    expect(r.recommendation).toBe('labour_inspection');
    expect(r.reasons).toEqual([{ code: 'labour_only' }]);
  });
  it('thin intelligence → build-up', () => {
    for (const intelligence of [
      { strongestSourceGrade: '3' as const, strongestInfoGrade: 'B' as const, corroboratingReports: 0 },
      { strongestSourceGrade: '1' as const, strongestInfoGrade: 'E' as const, corroboratingReports: 1 },
      { strongestSourceGrade: '2' as const, strongestInfoGrade: 'C' as const, corroboratingReports: 0 },
    ]) {
      expect(recommend(a({ intelligence, dangerToLife: 'high' })).recommendation).toBe(
        'intelligence_build_up',
      );
    }
    expect(
      recommend(
        a({
          intelligence: { strongestSourceGrade: '2', strongestInfoGrade: 'C', corroboratingReports: 1 },
          dangerToLife: 'high',
        }),
      ).reasons,
    ).toEqual([{ code: 'thin_intelligence', grade: '2C', reports: 1 }]);
    // Corroboration lifts it.
    expect(
      recommend(
        a({
          intelligence: { strongestSourceGrade: '3', strongestInfoGrade: 'C', corroboratingReports: 2 },
          dangerToLife: 'low',
        }),
      ).recommendation,
    ).toBe('labour_inspection');
  });
  it('children, sexual exploitation, forced criminality or high danger → planned raid and rescue', () => {
    expect(recommend(a({ childrenPresent: 'yes' })).recommendation).toBe('planned_raid_and_rescue');
    expect(recommend(a({ exploitation: ['sexual'] })).recommendation).toBe('planned_raid_and_rescue');
    expect(recommend(a({ exploitation: ['labour', 'forced_criminality'] })).recommendation).toBe(
      'planned_raid_and_rescue',
    );
    expect(recommend(a({ dangerToLife: 'high' })).recommendation).toBe('planned_raid_and_rescue');
  });
  it('unknown whether children are present → not an inspection; monitoring when nothing warrants more', () => {
    expect(recommend(a({ childrenPresent: 'unknown', dangerToLife: 'low' })).recommendation).toBe(
      'community_monitoring',
    );
  });
  it('warns of what a raid would harm or miss', () => {
    const r = recommend(
      a({
        dangerToLife: 'high',
        servicesReady: false,
        corruptionLeakRisk: 'high',
        nonTestimonialEvidence: [],
      }),
    );
    expect(r.cautions).toEqual(
      expect.arrayContaining([
        { code: 'services_not_ready' },
        { code: 'leak_risk' },
        { code: 'lawful_workers', count: 40 },
        { code: 'no_independent_evidence' },
      ]),
    );
  });
  it('always gives one of the interventions with at least one reason', () => {
    const grade = fc.constantFrom('1', '2', '3');
    fc.assert(
      fc.property(
        fc.record({
          dangerToLife: fc.constantFrom('immediate', 'high', 'moderate', 'low'),
          childrenPresent: fc.constantFrom('yes', 'no', 'unknown'),
          exploitation: fc.subarray(['labour', 'sexual', 'forced_criminality'] as const, { minLength: 1 }),
          source: grade,
          info: fc.constantFrom('A', 'B', 'C', 'D', 'E'),
          corroborating: fc.integer({ min: 0, max: 5 }),
        }),
        (x) => {
          const r = recommend(
            a({
              dangerToLife: x.dangerToLife,
              childrenPresent: x.childrenPresent,
              exploitation: x.exploitation,
              intelligence: {
                strongestSourceGrade: x.source,
                strongestInfoGrade: x.info,
                corroboratingReports: x.corroborating,
              },
            }),
          );
          expect(INTERVENTIONS).toContain(r.recommendation);
          expect(r.reasons.length).toBeGreaterThan(0);
          if (x.dangerToLife === 'immediate') expect(r.recommendation).toBe('immediate_rescue');
        },
      ),
    );
  });
});
