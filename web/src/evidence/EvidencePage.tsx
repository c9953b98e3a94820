import { ExhibitList } from '../plans/ExhibitList.tsx';
import type { OperationRow } from '../plans/types.ts';
import type { Me } from '../types.ts';
import { ErrorMessage } from '../ui/Live.tsx';
import { PageHeading } from '../ui/PageHeading.tsx';
import { useLoad } from '../useLoad.ts';

const SEIZING = ['executing', 'concluded'];

/** `#/evidence`: the exhibits seized by the operations you are a member of, each opening its custody record. */
export function EvidencePage({ me }: { me: Me }) {
  const reads = me.permissions.includes('operations.read');
  const ops = useLoad<{ operations: OperationRow[] }>(reads ? '/api/operations/plans' : null);
  const seizing = (ops.data?.operations ?? []).filter((o) => SEIZING.includes(o.status));
  return (
    <>
      <PageHeading>Evidence</PageHeading>
      <p className="lead">
        Exhibits are registered as they are seized, from an operation's execution screen. Each keeps a chain
        of custody in which every entry is chained by its hash to the one before, and re-verified whenever it
        is read.
      </p>
      <ErrorMessage message={ops.error} />
      {ops.data && seizing.length === 0 ? (
        <p className="panel">None of your operations has seized exhibits yet.</p>
      ) : null}
      {!reads ? <p className="muted">Open an exhibit from the link you were given to its record.</p> : null}
      {seizing.map((o) => (
        <ExhibitList key={o.id} id={o.id} canRead title={`Exhibits of operation ${o.codeName}`} />
      ))}
    </>
  );
}
