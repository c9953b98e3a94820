import { ErrorMessage } from '../ui/Live.tsx';
import { PageHeading } from '../ui/PageHeading.tsx';
import { useLoad } from '../useLoad.ts';
import { BriefView } from './BriefView.tsx';
import type { Brief } from './types.ts';

/** `#/operations/briefs/<id>`: one logistics brief (the read is audited). */
export function BriefPage({ id }: { id: string }) {
  const loaded = useLoad<Brief>(`/api/operations/briefs/${encodeURIComponent(id)}`);
  const b = loaded.data;
  return (
    <>
      <p className="breadcrumb">
        <a href="#/operations/briefs">Operation briefs</a>
      </p>
      <PageHeading>{b ? `Brief for operation ${b.codeName}` : 'Operation brief'}</PageHeading>
      <ErrorMessage message={loaded.error} />
      {loaded.loading && !b ? <p className="muted">Loading the brief…</p> : null}
      {b ? (
        <section className="panel" aria-labelledby="brief-h">
          <h2 id="brief-h">What to prepare</h2>
          <BriefView b={b} />
        </section>
      ) : null}
    </>
  );
}
