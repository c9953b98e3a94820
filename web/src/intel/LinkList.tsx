import type { ReactNode } from 'react';
import { Trans, useTranslation } from 'react-i18next';
import { href } from '../router.ts';
import { codeWords, entityTypeLabel } from './labels.ts';
import { ProvenanceNote } from './Marks.tsx';
import type { Entity, Registry } from './types.ts';

interface Props {
  reg: Registry | null;
  entity: Entity;
  titles: ReadonlyMap<string, string>;
}

/** A link to an entity's page, its words given by the sentence it stands in. */
function EntityAnchor({ id, children }: { id: string; children?: ReactNode }) {
  return <a href={href(`/intel/entities/${encodeURIComponent(id)}`)}>{children}</a>;
}

/** The entity's links as sentences ("Ko Aung uses phone +66…"), the other end opening its own page. */
export function LinkList({ reg, entity, titles }: Props) {
  const { t } = useTranslation('intel');
  if (entity.links.length === 0) return <p className="muted">{t('links.none')}</p>;
  return (
    <ul className="entity-links">
      {entity.links.map((l) => {
        const other = <EntityAnchor id={l.other.id} />;
        const self = <span />;
        const otherLabel = l.other.label || l.other.id;
        const out = l.direction === 'out';
        return (
          <li key={l.id} className="entity-link">
            <span className="link-sentence">
              <Trans
                t={t}
                i18nKey="links.sentence"
                values={{
                  from: out ? entity.label : otherLabel,
                  link: codeWords('linkType', l.type, reg),
                  to: out ? otherLabel : entity.label,
                }}
                components={{ 1: out ? self : other, 2: <strong />, 3: out ? other : self }}
              />{' '}
              <span className="muted small">({entityTypeLabel(reg, l.other.type)})</span>
            </span>
            <ProvenanceNote reg={reg} provenance={l.provenance} titles={titles} />
          </li>
        );
      })}
    </ul>
  );
}
