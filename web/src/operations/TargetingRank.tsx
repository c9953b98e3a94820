import type { TFunction } from 'i18next';
import { useTranslation } from 'react-i18next';
import type { z } from 'zod';
import type { siteRankReply, siteReason } from '../../../src/outcomes/targeting-wire.ts';
import { useLoad } from '../useLoad.ts';
import type { Wire } from '../wire.ts';

type SiteRank = Wire<z.output<typeof siteRankReply>>;
type Reason = z.output<typeof siteReason>;

/** How many reasons the sentence gives, the weightiest first. */
const REASONS_SHOWN = 4;

/** One reason in words, from its code and figures. */
function reasonWords(t: TFunction<'operations'>, r: Reason): string {
  const comma = t('targeting.comma');
  switch (r.code) {
    case 'sign': {
      const from = [
        r.tips > 0 ? t('targeting.from.tips', { count: r.tips }) : '',
        r.inspections > 0 ? t('targeting.from.inspections', { count: r.inspections }) : '',
        r.screened > 0 ? t('targeting.from.screened', { count: r.screened }) : '',
      ]
        .filter(Boolean)
        .join(comma);
      if (r.sign === 'premises_locked') return t('targeting.reason.premisesLocked', { from });
      if (r.sign === 'children') return t('targeting.reason.children', { from });
      return t('targeting.reason.sign', { sign: t(`targeting.sign.${r.sign}`), from });
    }
    case 'violence_with_confinement':
      return t('targeting.reason.violenceWithConfinement');
    case 'tips': {
      const within =
        r.withinMetres < 1000
          ? t('targeting.metres', { m: r.withinMetres })
          : t('targeting.km', { km: r.withinMetres / 1000 });
      return [
        r.placed > 0 ? t('targeting.reason.tipsPlaced', { count: r.placed, within }) : '',
        r.named > 0 ? t('targeting.reason.tipsNamed', { count: r.named }) : '',
      ]
        .filter(Boolean)
        .join(comma);
    }
    case 'reports':
      return t('targeting.reason.reports', { count: r.count });
    case 'presumed_victims':
      return t('targeting.reason.presumedVictims', { count: r.screened, presumed: r.presumed });
    case 'brokers':
      return t('targeting.reason.brokers', { n: r.count });
    case 'contacts':
      return t('targeting.reason.contacts', { count: r.count });
  }
}

/**
 * Where the evidence-based targeting ranks a site picked from the picture (GET /api/outcomes/targeting/sites/:id):
 * "Rank N of M, because …", worded here from the rank and the reasons' codes, so the decision weighs it against
 * the other sites. Shown only for a site.
 */
export function TargetingRank({ entityId }: { entityId: string }) {
  const { t } = useTranslation('operations');
  const r = useLoad<SiteRank>(`/api/outcomes/targeting/sites/${encodeURIComponent(entityId)}`);
  if (r.loading) return <p className="hint">{t('targeting.loading')}</p>;
  if (r.error || !r.data) return <p className="hint">{t('targeting.failed')}</p>;
  const site = r.data.site;
  return (
    <section className="form-group" aria-labelledby="targeting-rank-h">
      <h3 id="targeting-rank-h">{t('targeting.title')}</h3>
      <p>
        {site
          ? t('targeting.rank', {
              rank: site.rank,
              of: r.data.of,
              reasons: site.reasons
                .slice(0, REASONS_SHOWN)
                .map((x) => reasonWords(t, x))
                .join(t('targeting.separator')),
            })
          : t('targeting.unranked', { count: r.data.of })}
      </p>
    </section>
  );
}
