import type { ParseKeys, TFunction } from 'i18next';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { href } from '../../router.ts';
import { formatDateTime, formatNumber } from '../../ui/format.ts';
import type { Layer, MapCell, MapCheckpoint, MapSite, MapTip } from './types.ts';

export interface Listed {
  sites: MapSite[];
  checkpoints: MapCheckpoint[];
  cells: MapCell[];
  tips: MapTip[];
}

interface Props {
  shown: Listed;
  /** Country of a point by the bundled boundaries, in words (null until they are loaded, or at sea). */
  countryOf: (lat: number, lon: number) => string | null;
  onShow: (kind: Layer, id: string) => void;
  /** Routes drawn, in words. */
  routes: string[];
}

const MAX = 200;

/** A map layer's name ("Sites and places"), as the layer choices and the list's headings say it. */
export const layerName = (t: TFunction<'network'>, layer: Layer): string =>
  t(`codes.mapLayer.${layer}` as ParseKeys<'network'>);

/** A kind of site in words, as it reads inside a line ("scam compound"). */
const siteKindWords = (t: TFunction<'network'>, kind: string): string =>
  t(`codes.siteKind.${kind}` as ParseKeys<'network'>, { defaultValue: kind.replaceAll('_', ' ') });

/** How a tip came in, in words. */
const channelWords = (t: TFunction<'network'>, channel: string): string =>
  t(`codes.tipChannel.${channel}` as ParseKeys<'network'>, { defaultValue: channel.replaceAll('_', ' ') });

/** A coordinate to four decimals (about 10 m), in the chosen language's digits. */
const degrees = (x: number) =>
  formatNumber(x, { minimumFractionDigits: 4, maximumFractionDigits: 4, useGrouping: false });

/** The features in view, beside the map: the same picture for keyboard and screen-reader users. */
export function FeatureList({ shown, countryOf, onShow, routes }: Props) {
  const { t } = useTranslation('network');
  const where = (lat: number, lon: number) =>
    `${countryOf(lat, lon) ?? t('map.list.atSea')} · ${degrees(lat)}, ${degrees(lon)}`;
  const section = (kind: Layer, count: number, items: ReactNode[]) =>
    count === 0 ? null : (
      <section aria-labelledby={`map-list-${kind}`} key={kind}>
        <h3 id={`map-list-${kind}`}>{t('map.list.heading', { layer: layerName(t, kind), n: count })}</h3>
        <ul className="map-list-items">{items}</ul>
        {count > MAX ? <p className="muted small">{t('map.list.more', { count: count - MAX })}</p> : null}
      </section>
    );
  const show = (kind: Layer, id: string, what: string) => (
    <button
      type="button"
      className="button small"
      onClick={() => onShow(kind, id)}
      aria-label={t('map.list.showNamed', { what })}
    >
      {t('map.list.show')}
    </button>
  );
  const total = shown.sites.length + shown.checkpoints.length + shown.cells.length + shown.tips.length;
  return (
    <div className="map-list">
      <h2 id="map-list-h">{t('map.list.title')}</h2>
      {total === 0 ? <p className="muted">{t('map.list.nothing')}</p> : null}
      {routes.length ? (
        <section aria-labelledby="map-list-routes">
          <h3 id="map-list-routes">{t('map.list.routes', { n: routes.length })}</h3>
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
              {s.kind
                ? `${siteKindWords(t, s.kind)} · `
                : s.type === 'place'
                  ? `${t('map.list.place')} · `
                  : ''}
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
              {[
                t('map.list.crossings', { count: c.crossings }),
                c.informal ? t('map.list.informal') : null,
                c.locatedBy === 'gazetteer' ? t('map.list.gazetteer') : null,
              ]
                .filter((x) => x !== null)
                .join(' · ')}
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
              {t('map.list.calls', { count: c.calls })} · {where(c.lat, c.lon)}
            </span>{' '}
            {show('cells', c.cellId, t('map.list.cell', { cell: c.cellId }))}
          </li>
        )),
      )}
      {section(
        'tips',
        shown.tips.length,
        shown.tips.slice(0, MAX).map((tip) => (
          <li key={tip.id}>
            {tip.placeHint ?? t('map.list.tip')}{' '}
            <span className="muted small">
              {formatDateTime(tip.receivedAt)} · {channelWords(t, tip.channel)} · TLP:{tip.tlp}
            </span>{' '}
            {show('tips', tip.id, t('map.list.tipOf', { when: formatDateTime(tip.receivedAt) }))}
          </li>
        )),
      )}
    </div>
  );
}
