import type { ReactNode } from 'react';
import { wordFor } from '../screening/labels.ts';
import { EVIDENCE_CATEGORIES } from './labels.ts';
import type { Figures } from './types.ts';

const kinds = (codes: string[]) =>
  codes.length ? codes.map((c) => wordFor(EVIDENCE_CATEGORIES, c)).join(', ') : 'none';

function Objective({ name, met, children }: { name: string; met: boolean; children: ReactNode }) {
  const id = `objective-${name.toLowerCase()}`;
  return (
    <section className={`objective ${met ? 'met' : 'not-met'}`} aria-labelledby={id}>
      <h3 id={id}>{name}</h3>
      <p className="objective-verdict">{met ? 'Met' : 'Not met'}</p>
      <dl className="facts">{children}</dl>
    </section>
  );
}

/** The three objectives, and only these: arrest the suspects, seize the evidence, rescue the people. */
export function ObjectiveFigures({ f }: { f: Figures }) {
  return (
    <div className="objectives">
      <Objective name="Arrest" met={f.arrest.met}>
        <dt>Suspects named</dt>
        <dd>{f.arrest.suspectsNamed}</dd>
        <dt>Named suspects arrested</dt>
        <dd>{f.arrest.namedSuspectsArrested}</dd>
        <dt>Arrests made</dt>
        <dd>{f.arrest.arrestsMade}</dd>
        <dt>Not kept apart from victims</dt>
        <dd>{f.arrest.notSeparated}</dd>
      </Objective>
      <Objective name="Evidence" met={f.evidence.met}>
        <dt>Exhibits seized</dt>
        <dd>{f.evidence.seized}</dd>
        <dt>Expected</dt>
        <dd>{kinds(f.evidence.expected)}</dd>
        <dt>Found</dt>
        <dd>{kinds(f.evidence.found)}</dd>
        <dt>Missing</dt>
        <dd>{kinds(f.evidence.missing)}</dd>
      </Objective>
      <Objective name="Rescue" met={f.rescue.met}>
        <dt>People expected</dt>
        <dd>{f.rescue.expected}</dd>
        <dt>People removed</dt>
        <dd>{f.rescue.removed}</dd>
        <dt>Children removed</dt>
        <dd>{f.rescue.childrenRemoved}</dd>
        <dt>Screened</dt>
        <dd>{f.rescue.screened}</dd>
        <dt>Presumed trafficked</dt>
        <dd>{f.rescue.presumedTrafficked}</dd>
      </Objective>
    </div>
  );
}
