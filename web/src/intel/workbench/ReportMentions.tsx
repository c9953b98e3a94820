import { useTranslation } from 'react-i18next';
import { href } from '../../router.ts';
import { formatNumber } from '../../ui/format.ts';
import { ErrorMessage } from '../../ui/Live.tsx';
import { useLoad } from '../../useLoad.ts';
import { codeWords } from '../labels.ts';
import type { Mentions, Registry } from '../types.ts';
import './workbench.css';

/** The people, sites, phones and other entities a report names (those you may see), each opening its page. */
export function ReportMentions({ reportId, reg }: { reportId: string; reg: Registry | null }) {
  const { t } = useTranslation('network');
  const found = useLoad<Mentions>(`/api/intel/reports/${encodeURIComponent(reportId)}/mentions`);
  const entities = found.data?.entities ?? [];
  return (
    <section className="panel mentions" aria-labelledby="mentions-h">
      <h2 id="mentions-h">{t('mentions.title')}</h2>
      <p className="hint">{t('mentions.hint')}</p>
      <ErrorMessage message={found.error} />
      {found.data && entities.length === 0 ? <p className="muted">{t('mentions.none')}</p> : null}
      {entities.length ? (
        <ul>
          {entities.map((e) => (
            <li key={e.id}>
              <a href={href(`/intel/entities/${encodeURIComponent(e.id)}`)}>{e.label}</a>{' '}
              <span className="muted small">
                {codeWords('entityType', e.type, reg)} ·{' '}
                {t('mentions.items', {
                  count: e.items.length,
                  items: e.items.map((i) => formatNumber(i)).join(t('separator')),
                })}
              </span>
            </li>
          ))}
        </ul>
      ) : null}
    </section>
  );
}
