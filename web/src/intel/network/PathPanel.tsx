import type { PathAnswer } from './types.ts';

/** Two nodes selected: the shortest paths between them, each step a link whose "why" can be opened. */
export function PathPanel({
  selected,
  name,
  paths,
  busy,
  onFind,
  onWhy,
  onClear,
}: {
  selected: string[];
  name: (id: string) => string;
  paths: PathAnswer | null;
  busy: boolean;
  onFind: () => void;
  onWhy: (edgeId: string) => void;
  onClear: () => void;
}) {
  const [a, b] = selected;
  const edge = new Map((paths?.edges ?? []).map((e) => [e.id, e]));
  return (
    <section className="panel chart-paths" aria-labelledby="chart-paths-h">
      <h2 id="chart-paths-h">Shortest paths</h2>
      {selected.length === 2 && a && b ? (
        <p>
          Between <strong>{name(a)}</strong> and <strong>{name(b)}</strong>.{' '}
          <button type="button" className="button small primary" disabled={busy} onClick={onFind}>
            Find the shortest paths
          </button>
        </p>
      ) : (
        <p className="muted">
          Select two nodes (on the chart with Shift or Ctrl, or in the list) to find the paths between them.
        </p>
      )}
      {paths ? (
        paths.paths.length === 0 ? (
          <p>No path within six steps under the current filters.</p>
        ) : (
          <>
            <ol className="path-list" aria-label="Paths found">
              {paths.paths.map((p) => (
                <li key={p.edges.join('|')}>
                  <span className="muted">{p.edges.length} step(s): </span>
                  {p.nodes.map((n, i) => {
                    const e = edge.get(p.edges[i] ?? '');
                    return (
                      <span key={n}>
                        {name(n)}
                        {e ? (
                          <>
                            {' '}
                            <button
                              type="button"
                              className="button small link"
                              onClick={() => onWhy(e.id)}
                              aria-label={`Why: ${name(e.from)} ${e.label} ${name(e.to)}`}
                            >
                              {e.label}
                            </button>{' '}
                          </>
                        ) : null}
                      </span>
                    );
                  })}
                </li>
              ))}
            </ol>
            <button type="button" className="button small" onClick={onClear}>
              Clear the highlight
            </button>
          </>
        )
      ) : null}
    </section>
  );
}
