import { useTranslation } from 'react-i18next';
import type { Groups } from './communities.ts';
import { TYPE_STYLES, typeName } from './style.ts';

/** What the shapes and colours mean, and (when grouped) the communities found with their largest members. */
export function Legend({ groups, name }: { groups: Groups | null; name: (id: string) => string }) {
  const { t } = useTranslation('network');
  return (
    <section className="chart-legend" aria-labelledby="chart-legend-h">
      <h2 id="chart-legend-h" className="visually-hidden">
        {t('legend.title')}
      </h2>
      <ul className="legend-types" aria-label={t('legend.types')}>
        {Object.entries(TYPE_STYLES).map(([type, s]) => (
          <li key={type}>
            <span className={`type-swatch shape-${s.shape}`} data-type={type} aria-hidden="true" />{' '}
            {typeName(t, type)}
          </li>
        ))}
        <li>
          <span className="edge-swatch edge-call" aria-hidden="true" /> {t('legend.calls')}
        </li>
        <li>
          <span className="edge-swatch edge-transfer" aria-hidden="true" /> {t('legend.transfers')}
        </li>
        <li>
          <span className="edge-swatch" aria-hidden="true" /> {t('legend.declared')}
        </li>
      </ul>
      {groups ? (
        <ul className="legend-groups" aria-label={t('legend.groups')}>
          {groups.list.length === 0 ? <li>{t('legend.noGroup')}</li> : null}
          {groups.list.slice(0, 12).map((g, i) => (
            <li key={g.colour + String(i)}>
              <span className="group-swatch" data-group={i % 8} aria-hidden="true" />{' '}
              {t(g.members.length > 3 ? 'legend.groupMore' : 'legend.group', {
                number: i + 1,
                count: g.members.length,
                names: g.members.slice(0, 3).map(name).join(t('separator')),
              })}
            </li>
          ))}
        </ul>
      ) : null}
    </section>
  );
}
