import { useTranslation } from 'react-i18next';
import type { z } from 'zod';
import type { siteRankReply } from '../../../src/outcomes/targeting-wire.ts';
import { useLoad } from '../useLoad.ts';
import type { Wire } from '../wire.ts';

type SiteRank = Wire<z.output<typeof siteRankReply>>;

/**
 * Where the evidence-based targeting ranks a site picked from the picture (GET /api/outcomes/targeting/sites/:id):
 * "Rank N of M, because …", so the decision weighs it against the other sites. Shown only for a site.
 */
export function TargetingRank({ entityId }: { entityId: string }) {
  const { t } = useTranslation('operations');
  const r = useLoad<SiteRank>(`/api/outcomes/targeting/sites/${encodeURIComponent(entityId)}`);
  if (r.loading) return <p className="hint">{t('targeting.loading')}</p>;
  if (r.error || !r.data) return <p className="hint">{t('targeting.failed')}</p>;
  return (
    <section className="form-group" aria-labelledby="targeting-rank-h">
      <h3 id="targeting-rank-h">{t('targeting.title')}</h3>
      <p>{r.data.sentence ?? t('targeting.unranked', { count: r.data.of })}</p>
    </section>
  );
}
