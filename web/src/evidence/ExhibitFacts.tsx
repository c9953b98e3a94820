import { EVIDENCE_CATEGORIES } from '../plans/labels.ts';
import { operationPath } from '../plans/paths.ts';
import { href } from '../router.ts';
import { wordFor } from '../screening/labels.ts';
import { formatInstant } from '../ui/format.ts';
import { EXHIBIT_STATES } from './labels.ts';
import type { Exhibit } from './types.ts';

/** What the exhibit is, who seized it, when and where, its seal or hash, and where it is now. */
export function ExhibitFacts({ x }: { x: Exhibit }) {
  return (
    <dl className="facts exhibit-facts">
      <dt>Agency</dt>
      <dd>{x.agency}</dd>
      {x.operation ? (
        <>
          <dt>Operation</dt>
          <dd>
            <a href={href(operationPath(x.operation.id))}>{x.operation.codeName}</a>
          </dd>
        </>
      ) : null}
      <dt>Kind</dt>
      <dd>
        {wordFor(EVIDENCE_CATEGORIES, x.category)} (
        {x.nature === 'digital' ? 'digital copy' : 'physical item'})
      </dd>
      <dt>Description</dt>
      <dd>{x.description}</dd>
      <dt>Collected by</dt>
      <dd>{x.collectedBy ?? 'Unknown'}</dd>
      <dt>Collected at</dt>
      <dd>{formatInstant(x.collectedAt)}</dd>
      <dt>Collected where</dt>
      <dd>{x.collectedWhere}</dd>
      {x.sealNumber ? (
        <>
          <dt>Seal number</dt>
          <dd>{x.sealNumber}</dd>
        </>
      ) : null}
      {x.digitalHash ? (
        <>
          <dt>{(x.hashAlgorithm ?? 'hash').toUpperCase()} at collection</dt>
          <dd className="mono hash">{x.digitalHash}</dd>
        </>
      ) : null}
      <dt>State</dt>
      <dd>{wordFor(EXHIBIT_STATES, x.state)}</dd>
      <dt>Custodian</dt>
      <dd>{x.custodian}</dd>
      <dt>Location</dt>
      <dd>{x.location}</dd>
    </dl>
  );
}
