import { href } from '../../router.ts';
import { formatDateTime } from '../../ui/format.ts';
import type { Layer, MapCell, MapCheckpoint, MapSite, MapTip } from './types.ts';

export interface Listed {
  sites: MapSite[];
  checkpoints: MapCheckpoint[];
  cells: MapCell[];
  tips: MapTip[];
}

interface Props {
  shown: Listed;
  /** Country of a point by the bundled boundaries (null until they are loaded, or at sea). */
  countryOf: (lat: number, lon: number) => string | null;
  onShow: (kind: Layer, id: string) => void;
  /** Routes drawn, in words. */
  routes: string[];
}

const MAX = 200;
const HEADINGS: Record<Layer, string> = {
  sites: 'Sites and places',
  checkpoints: 'Checkpoints',
  cells: 'Cells of call records',
  tips: 'Tips',
};

/** The features in view, beside the map: the same picture for keyboard and screen-reader users. */
export function FeatureList({ shown, countryOf, onShow, routes }: Props) {
  const where = (lat: number, lon: number) => {
    const c = countryOf(lat, lon);
    return `${c ?? 'at sea or unknown'} · ${lat.toFixed(4)}, ${lon.toFixed(4)}`;
  };
  const section = (kind: Layer, count: number, items: React.ReactNode[]) =>
    count === 0 ? null : (
      <section aria-labelledby={`map-list-${kind}`} key={kind}>
        <h3 id={`map-list-${kind}`}>
          {HEADINGS[kind]} ({count})
        </h3>
        <ul className="map-list-items">{items}</ul>
        {count > MAX ? (
          <p className="muted small">{count - MAX} more in view: zoom in to list them.</p>
        ) : null}
      </section>
    );
  const show = (kind: Layer, id: string, what: string) => (
    <button
      type="button"
      className="button small"
      onClick={() => onShow(kind, id)}
      aria-label={`Show ${what} on the map`}
    >
      Show
    </button>
  );
  const total = shown.sites.length + shown.checkpoints.length + shown.cells.length + shown.tips.length;
  return (
    <div className="map-list">
      <h2 id="map-list-h">Shown on the map</h2>
      {total === 0 ? <p className="muted">Nothing in view on the layers chosen.</p> : null}
      {routes.length ? (
        <section aria-labelledby="map-list-routes">
          <h3 id="map-list-routes">Routes between them ({routes.length})</h3>
          <ul className="map-list-items">
            {routes.map((r) => (
              <li key={r}>{r}</li>
            ))}
          </ul>
        </section>
      ) : null}
      {section(
        'sites',
        shown.sites.length,
        shown.sites.slice(0, MAX).map((s) => (
          <li key={s.id} data-feature={s.id}>
            <a href={href(`/intel/entities/${encodeURIComponent(s.id)}`)}>{s.label}</a>{' '}
            <span className="muted small">
              {s.kind ? `${s.kind.replaceAll('_', ' ')} · ` : s.type === 'place' ? 'place · ' : ''}
              <span className="map-country">{where(s.lat, s.lon)}</span>
            </span>{' '}
            {show('sites', s.id, s.label)}
          </li>
        )),
      )}
      {section(
        'checkpoints',
        shown.checkpoints.length,
        shown.checkpoints.slice(0, MAX).map((c) => (
          <li key={c.id}>
            {c.entityId ? (
              <a href={href(`/intel/entities/${encodeURIComponent(c.entityId)}`)}>{c.name}</a>
            ) : (
              c.name
            )}{' '}
            <span className="muted small">
              {c.crossings} crossing{c.crossings === 1 ? '' : 's'} recorded
              {c.informal ? ' · informal crossing' : ''}
              {c.locatedBy === 'gazetteer' ? ' · placed by the bundled list of crossings' : ''}
            </span>{' '}
            {show('checkpoints', c.id, c.name)}
          </li>
        )),
      )}
      {section(
        'cells',
        shown.cells.length,
        shown.cells.slice(0, MAX).map((c) => (
          <li key={c.cellId}>
            <span className="mono">{c.cellId}</span>{' '}
            <span className="muted small">
              {c.calls} call{c.calls === 1 ? '' : 's'} · {where(c.lat, c.lon)}
            </span>{' '}
            {show('cells', c.cellId, `cell ${c.cellId}`)}
          </li>
        )),
      )}
      {section(
        'tips',
        shown.tips.length,
        shown.tips.slice(0, MAX).map((t) => (
          <li key={t.id}>
            {t.placeHint ?? 'Tip'}{' '}
            <span className="muted small">
              {formatDateTime(t.receivedAt)} · {t.channel} · TLP:{t.tlp}
            </span>{' '}
            {show('tips', t.id, `the tip of ${formatDateTime(t.receivedAt)}`)}
          </li>
        )),
      )}
    </div>
  );
}
