import { wordFor } from '../screening/labels.ts';
import { CHILDREN, DANGER, EVIDENCE, EXPLOITATION, LEVELS } from './labels.ts';
import type { Assessment } from './types.ts';

const words = (options: Parameters<typeof wordFor>[0], codes: string[]) =>
  codes.length ? codes.map((c) => wordFor(options, c)).join(', ') : 'None';

/** The assessment the decision rests on, as a list of facts. */
export function AssessmentSummary({ a }: { a: Assessment }) {
  const level = (code: string) => wordFor(LEVELS, code);
  return (
    <dl className="facts assessment-facts">
      <dt>Danger to life</dt>
      <dd>{wordFor(DANGER, a.dangerToLife)}</dd>
      <dt>Children present</dt>
      <dd>{wordFor(CHILDREN, a.childrenPresent)}</dd>
      <dt>People at risk</dt>
      <dd>{a.peopleAtRisk}</dd>
      <dt>Exploitation</dt>
      <dd>{words(EXPLOITATION, a.exploitation)}</dd>
      <dt>Intelligence</dt>
      <dd>
        Best grade {a.intelligence.strongestSourceGrade}
        {a.intelligence.strongestInfoGrade}, {a.intelligence.corroboratingReports} corroborating report(s)
      </dd>
      <dt>Other evidence held</dt>
      <dd>{words(EVIDENCE, a.nonTestimonialEvidence)}</dd>
      <dt>Risks</dt>
      <dd>
        Victims {level(a.risks.victims).toLowerCase()}, officers {level(a.risks.officers).toLowerCase()},
        bystanders {level(a.risks.bystanders).toLowerCase()}; {a.risks.lawfulWorkers} lawful worker(s)
        affected
      </dd>
      <dt>Corruption and leak risk</dt>
      <dd>{level(a.corruptionLeakRisk)}</dd>
      <dt>Receiving services</dt>
      <dd>{a.servicesReady ? 'Ready' : 'Not ready'}</dd>
    </dl>
  );
}
