import type { ReactNode } from 'react';
import { href } from '../router.ts';
import { formatDay } from '../ui/datetime.ts';
import { formatDateTime } from '../ui/format.ts';
import { dayOf, entityTypeLabel } from './labels.ts';
import { TlpBadge } from './Marks.tsx';
import { WrittenName } from './people/RecordCard.tsx';
import { channelWords, tlpReminder } from './tipWords.ts';
import type { Registry, SearchEntity, SearchResult } from './types.ts';

const EXACT_WORDS: Record<string, string> = {
  phone: 'Same phone number',
  account: 'Same account number',
  plate: 'Same plate',
  document: 'Same document number',
  registration: 'Same registration number',
};

/** A number found with one character wrong, missing, added or two swapped (score under 1). */
const NEAR_WORDS = 'Near match: one character differs';

const callRecords = (n: number) => `${n.toLocaleString('en-US')} call record${n === 1 ? '' : 's'}`;

/** A search's findings in groups: people and things, reports, phone numbers, tips; a group with none is left out. */
export function SearchResults({ reg, result: r }: { reg: Registry | null; result: SearchResult }) {
  const phones = r.phones.filter((p) => p.callRecords > 0);
  const unrecorded = r.phones.filter((p) => p.callRecords === 0);
  return (
    <div className="search-results">
      {r.entities.length > 0 ? (
        <Group id="search-entities-h" title="People & things">
          {r.entities.map((e) => (
            <EntityHit key={`${e.id}|${e.kind}|${e.value}`} reg={reg} hit={e} />
          ))}
        </Group>
      ) : null}
      {r.reports.length > 0 ? (
        <Group id="search-reports-h" title="Reports">
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
        <Group id="search-phones-h" title="Phone numbers">
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
              — {callRecords(p.callRecords)}
            </li>
          ))}
        </Group>
      ) : null}
      {unrecorded.length > 0 && phones.length === 0 ? (
        <p className="muted small">
          Read as {unrecorded.map((p) => p.number).join(', ')}: in none of your agency’s call records.
        </p>
      ) : null}
      {r.tips.length > 0 ? (
        <Group id="search-tips-h" title="Tips">
          {r.tips.map((t) => (
            <li key={t.id} className="tip-hit">
              <span className="tip-head">
                <TlpBadge tlp={t.tlp} /> <span className="small">{tlpReminder(t.tlp)}</span>
              </span>
              <span className="muted small">
                <time dateTime={t.receivedAt}>{formatDateTime(t.receivedAt)}</time> ·{' '}
                {channelWords(t.channel)}
                {t.placeHint ? ` · ${t.placeHint}` : ''}
              </span>
              <span className="excerpt tip-text">{t.excerpt}</span>
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

/** How close a name match is, in words and as a share. */
const strength = (score: number): { words: string; level: string } =>
  score >= 0.8
    ? { words: 'Close match', level: 'strong' }
    : score >= 0.5
      ? { words: 'Fair match', level: 'fair' }
      : { words: 'Weak match', level: 'weak' };

function EntityHit({ reg, hit: e }: { reg: Registry | null; hit: SearchEntity }) {
  const s = strength(e.score);
  return (
    <li>
      <a href={href(`/intel/entities/${encodeURIComponent(e.id)}`)}>
        <WrittenName name={e.label} />
      </a>{' '}
      <span className="muted small">{entityTypeLabel(reg, e.type)}</span>{' '}
      {e.kind === 'name' ? (
        <span className={`match match-${s.level}`}>
          {s.words} {Math.round(e.score * 100)}%
        </span>
      ) : (
        <span className={`match match-${e.score < 1 ? 'fair' : 'exact'}`}>
          {e.score < 1 ? NEAR_WORDS : (EXACT_WORDS[e.kind] ?? 'Exact match')}
        </span>
      )}
      {e.value !== e.label ? (
        <span className="sub">
          {e.kind === 'name' ? 'Written' : 'Matched'} “<WrittenName name={e.value} />”
          {e.kind === 'name' ? ' in the matching record' : ''}
        </span>
      ) : null}
    </li>
  );
}
