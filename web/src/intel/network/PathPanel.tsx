import { Trans, useTranslation } from 'react-i18next';
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
  const { t } = useTranslation('network');
  const [a, b] = selected;
  const edge = new Map((paths?.edges ?? []).map((e) => [e.id, e]));
  return (
    <section className="panel chart-paths" aria-labelledby="chart-paths-h">
      <h2 id="chart-paths-h">{t('paths.title')}</h2>
      {selected.length === 2 && a && b ? (
        <p>
          <Trans
            t={t}
            i18nKey="paths.between"
            values={{ a: name(a), b: name(b) }}
            components={{ 1: <strong />, 2: <strong /> }}
          />{' '}
          <button type="button" className="button small primary" disabled={busy} onClick={onFind}>
            {t('paths.find')}
          </button>
        </p>
      ) : (
        <p className="muted">{t('paths.hint')}</p>
      )}
      {paths ? (
        paths.paths.length === 0 ? (
          <p>{t('paths.none')}</p>
        ) : (
          <>
            <ol className="path-list" aria-label={t('paths.found')}>
              {paths.paths.map((p) => (
                <li key={p.edges.join('|')}>
                  <span className="muted">{t('paths.steps', { count: p.edges.length })}</span>{' '}
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
                              aria-label={t('paths.why', {
                                from: name(e.from),
                                link: e.label,
                                to: name(e.to),
                              })}
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
              {t('paths.clear')}
            </button>
          </>
        )
      ) : null}
    </section>
  );
}
