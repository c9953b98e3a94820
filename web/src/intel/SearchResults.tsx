import type { ParseKeys } from 'i18next';
import type { ReactNode } from 'react';
import { Trans, useTranslation } from 'react-i18next';
import { href } from '../router.ts';
import { formatDay } from '../ui/datetime.ts';
import { formatDateTime, formatNumber } from '../ui/format.ts';
import { dayOf, entityTypeLabel, joinWords } from './labels.ts';
import { TlpBadge } from './Marks.tsx';
import { WrittenName } from './people/RecordCard.tsx';
import { channelWords, tlpReminder } from './tipWords.ts';
import type { Registry, SearchEntity, SearchResult } from './types.ts';

/** A search's findings in groups: people and things, reports, phone numbers, tips; a group with none is left out. */
export function SearchResults({ reg, result: r }: { reg: Registry | null; result: SearchResult }) {
  const { t } = useTranslation('intel');
  const phones = r.phones.filter((p) => p.callRecords > 0);
  const unrecorded = r.phones.filter((p) => p.callRecords === 0);
  return (
    <div className="search-results">
      {r.entities.length > 0 ? (
        <Group id="search-entities-h" title={t('search.entitiesGroup')}>
          {r.entities.map((e) => (
            <EntityHit key={`${e.id}|${e.kind}|${e.value}`} reg={reg} hit={e} />
          ))}
        </Group>
      ) : null}
      {r.reports.length > 0 ? (
        <Group id="search-reports-h" title={t('search.reportsGroup')}>
          {r.reports.map((x) => (
            <li key={x.id}>
              <a href={href(`/intel/reports/${encodeURIComponent(x.id)}`)}>{x.title}</a>{' '}
              <time className="muted small" dateTime={dayOf(x.reportedOn)}>
                {formatDay(dayOf(x.reportedOn))}
              </time>
              <span className="excerpt">{x.excerpt}</span>
            </li>
          ))}
        </Group>
      ) : null}
      {phones.length > 0 ? (
        <Group id="search-phones-h" title={t('search.phonesGroup')}>
          {phones.map((p) => (
            <li key={p.number}>
              <a
                className="mono"
                href={href(
                  p.entityId
                    ? `/intel/entities/${encodeURIComponent(p.entityId)}`
                    : `/intel/phones/${encodeURIComponent(p.number)}`,
                )}
              >
                {p.number}
              </a>{' '}
              — {t('search.callRecords', { count: p.callRecords })}
            </li>
          ))}
        </Group>
      ) : null}
      {unrecorded.length > 0 && phones.length === 0 ? (
        <p className="muted small">
          {t('search.readAs', { numbers: joinWords(unrecorded.map((p) => p.number)) })}
        </p>
      ) : null}
      {r.tips.length > 0 ? (
        <Group id="search-tips-h" title={t('search.tipsGroup')}>
          {r.tips.map((x) => (
            <li key={x.id} className="tip-hit">
              <span className="tip-head">
                <TlpBadge tlp={x.tlp} /> <span className="small">{tlpReminder(x.tlp)}</span>
              </span>
              <span className="muted small">
                <time dateTime={x.receivedAt}>{formatDateTime(x.receivedAt)}</time> ·{' '}
                {channelWords(x.channel)}
                {x.placeHint ? ` · ${x.placeHint}` : ''}
              </span>
              <span className="excerpt tip-text">{x.excerpt}</span>
            </li>
          ))}
        </Group>
      ) : null}
    </div>
  );
}

function Group({ id, title, children }: { id: string; title: string; children: ReactNode }) {
  return (
    <section className="search-group" aria-labelledby={id}>
      <h3 id={id}>{title}</h3>
      <ul className="search-hits">{children}</ul>
    </section>
  );
}

/** How close a name match is: its words and its level. */
const strength = (score: number) =>
  score >= 0.8
    ? ({ words: 'search.close', level: 'strong' } as const)
    : score >= 0.5
      ? ({ words: 'search.fair', level: 'fair' } as const)
      : ({ words: 'search.weak', level: 'weak' } as const);

function EntityHit({ reg, hit: e }: { reg: Registry | null; hit: SearchEntity }) {
  const { t } = useTranslation('intel');
  const s = strength(e.score);
  // A number found with one character wrong, missing, added or two swapped scores under 1.
  const exact =
    e.score < 1
      ? t('search.near')
      : t(`codes.exactMatch.${e.kind}` as ParseKeys<'intel'>, { defaultValue: t('search.exact') });
  return (
    <li>
      <a href={href(`/intel/entities/${encodeURIComponent(e.id)}`)}>
        <WrittenName name={e.label} />
      </a>{' '}
      <span className="muted small">{entityTypeLabel(reg, e.type)}</span>{' '}
      {e.kind === 'name' ? (
        <span className={`match match-${s.level}`}>
          {t(s.words, {
            percent: formatNumber(e.score, { style: 'percent', maximumFractionDigits: 0 }),
          })}
        </span>
      ) : (
        <span className={`match match-${e.score < 1 ? 'fair' : 'exact'}`}>{exact}</span>
      )}
      {e.value !== e.label ? (
        <span className="sub">
          <Trans
            t={t}
            i18nKey={e.kind === 'name' ? 'search.written' : 'search.matched'}
            components={{ 1: <WrittenName name={e.value} /> }}
          />
        </span>
      ) : null}
    </li>
  );
}
