import { useLoad } from '../useLoad.ts';

interface SiteRankReply {
  of: number;
  site: { rank: number; reasons: string[] } | null;
  sentence: string | null;
}

/**
 * Where the evidence-based targeting ranks a site picked from the picture (GET /api/outcomes/targeting/sites/:id):
 * "Rank N of M, because …", so the decision weighs it against the other sites. Shown only for a site.
 */
export function TargetingRank({ entityId }: { entityId: string }) {
  const r = useLoad<SiteRankReply>(`/api/outcomes/targeting/sites/${encodeURIComponent(entityId)}`);
  if (r.loading) return <p className="hint">Reading where the evidence ranks this site…</p>;
  if (r.error || !r.data)
    return <p className="hint">Where the evidence ranks this site could not be read.</p>;
  return (
    <section className="form-group" aria-labelledby="targeting-rank-h">
      <h3 id="targeting-rank-h">Evidence-based targeting</h3>
      <p>
        {r.data.sentence ??
          `No evidence of exploitation ranks this site: none of the ${r.data.of} ranked sites is it.`}
      </p>
    </section>
  );
}
