import { href } from '../router.ts';
import { entityTypeLabel } from './labels.ts';
import { ProvenanceNote } from './Marks.tsx';
import type { Entity, Registry } from './types.ts';

interface Props {
  reg: Registry | null;
  entity: Entity;
  titles: ReadonlyMap<string, string>;
}

/** The entity's links as sentences ("Ko Aung uses phone +66…"), the other end opening its own page. */
export function LinkList({ reg, entity, titles }: Props) {
  if (entity.links.length === 0) return <p className="muted">No links you may see yet.</p>;
  return (
    <ul className="entity-links">
      {entity.links.map((l) => {
        const other = (
          <a href={href(`/intel/entities/${encodeURIComponent(l.other.id)}`)}>
            {l.other.label || l.other.id}
          </a>
        );
        return (
          <li key={l.id} className="entity-link">
            <span className="link-sentence">
              {l.direction === 'out' ? entity.label : other} <strong>{l.label}</strong>{' '}
              {l.direction === 'out' ? other : entity.label}{' '}
              <span className="muted small">({entityTypeLabel(reg, l.other.type)})</span>
            </span>
            <ProvenanceNote reg={reg} provenance={l.provenance} titles={titles} />
          </li>
        );
      })}
    </ul>
  );
}
