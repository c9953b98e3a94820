import { useTranslation } from 'react-i18next';
import { listWords } from '../../ui/format.ts';
import { NodeLink } from './NodeLink.tsx';
import type { TiedSite } from './types.ts';

/**
 * Sites a group's people are tied to outside the group (owned, managed, worked at, named with them in a report),
 * strongest first, each with the people it is tied through: where a site registered in a nominee's name, or run
 * with outsiders, shows up.
 */
export function TiedSiteList({ sites }: { sites: TiedSite[] }) {
  const { t } = useTranslation('network');
  if (sites.length === 0) return <span className="muted">{t('groups.noTiedSite')}</span>;
  return (
    <ul className="node-list tied-sites">
      {sites.map((s) => (
        <li key={s.id}>
          <NodeLink node={s} />{' '}
          <span className="small muted">
            {t('groups.tiedThrough', { people: listWords(s.through.map((p) => p.label)) })}
          </span>
        </li>
      ))}
    </ul>
  );
}
