import { useTranslation } from 'react-i18next';
import { href } from '../../router.ts';
import { codeWords } from '../labels.ts';
import type { Named } from './types.ts';

/** Where a node's page is: an entity's, a number's; an account nobody holds has none. */
export function nodeHref(n: Named): string | null {
  if (n.id.startsWith('tel:')) return href(`/intel/phones/${encodeURIComponent(n.id.slice(4))}`);
  if (n.id.includes(':')) return null;
  return href(`/intel/entities/${encodeURIComponent(n.id)}`);
}

/** A node's name, linking to its page, with its type in words when asked. */
export function NodeLink({ node, withType = false }: { node: Named; withType?: boolean }) {
  const to = nodeHref(node);
  return (
    <>
      {to ? <a href={to}>{node.label}</a> : <span>{node.label}</span>}
      {withType ? (
        <span className="node-type"> ({codeWords('entityType', node.type).toLowerCase()})</span>
      ) : null}
    </>
  );
}

/** Nodes as an inline list of links ("A, B and C"), or `none` when there are none. */
export function NodeList({ nodes, none }: { nodes: Named[]; none?: string }) {
  const { t } = useTranslation('network');
  if (nodes.length === 0) return <span className="muted">{none ?? t('analysis.none')}</span>;
  return (
    <ul className="node-list">
      {nodes.map((n) => (
        <li key={n.id}>
          <NodeLink node={n} />
        </li>
      ))}
    </ul>
  );
}

/** The link chart opened on a node. */
export const chartHref = (id: string): string => href(`/intel/network?node=${encodeURIComponent(id)}`);
/** The map opened on an entity. */
export const mapHref = (id: string): string => href(`/intel/map?entity=${encodeURIComponent(id)}`);
