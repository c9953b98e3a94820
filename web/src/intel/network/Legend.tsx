import type { Groups } from './communities.ts';
import { TYPE_STYLES } from './style.ts';

/** What the shapes and colours mean, and (when grouped) the communities found with their largest members. */
export function Legend({ groups, name }: { groups: Groups | null; name: (id: string) => string }) {
  return (
    <section className="chart-legend" aria-labelledby="chart-legend-h">
      <h2 id="chart-legend-h" className="visually-hidden">
        Legend
      </h2>
      <ul className="legend-types" aria-label="Node types">
        {Object.entries(TYPE_STYLES).map(([type, s]) => (
          <li key={type}>
            <span className={`type-swatch shape-${s.shape}`} data-type={type} aria-hidden="true" /> {s.label}
          </li>
        ))}
        <li>
          <span className="edge-swatch edge-call" aria-hidden="true" /> calls
        </li>
        <li>
          <span className="edge-swatch edge-transfer" aria-hidden="true" /> transfers
        </li>
        <li>
          <span className="edge-swatch" aria-hidden="true" /> declared links (wider: more calls or transfers)
        </li>
      </ul>
      {groups ? (
        <ul className="legend-groups" aria-label="Communities on the chart">
          {groups.list.length === 0 ? <li>No community of two or more nodes.</li> : null}
          {groups.list.slice(0, 12).map((g, i) => (
            <li key={g.colour + String(i)}>
              <span className="group-swatch" data-group={i % 8} aria-hidden="true" /> Group {i + 1}:{' '}
              {g.members.length} nodes ({g.members.slice(0, 3).map(name).join(', ')}
              {g.members.length > 3 ? '…' : ''})
            </li>
          ))}
        </ul>
      ) : null}
    </section>
  );
}
