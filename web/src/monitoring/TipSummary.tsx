import { wordFor } from '../screening/labels.ts';
import { formatDateTime } from '../ui/format.ts';
import { DangerBadge, TipBadges } from './DangerBadge.tsx';
import { dueWords } from './due.ts';
import {
  CHANNELS,
  CHILDREN,
  COUNTRIES,
  KINDS,
  PERSON_ROLES,
  TIP_LANGUAGES,
  TIP_STATUSES,
  TLP_OPTIONS,
} from './labels.ts';
import type { TipPageData } from './types.ts';

const shareWords = (consent: boolean) =>
  consent ? 'may be shared with the agency that acts' : 'not to be shared: withheld from any routing';

/** What the tip says and what the intake recorded, then who reported it and who is named (when the reader may see). */
export function TipSummary({ page }: { page: TipPageData }) {
  const t = page.tip;
  const d = page.details;
  return (
    <section className="panel" aria-labelledby="tip-summary-h">
      <h2 id="tip-summary-h">What was reported</h2>
      <blockquote className="tip-text" lang={t.language ?? undefined}>
        {t.text}
      </blockquote>
      <dl className="facts">
        <dt>Danger</dt>
        <dd>
          <DangerBadge danger={t.danger} /> <TipBadges overdue={t.overdue} escalated={t.escalated} />
        </dd>
        <dt>Status</dt>
        <dd>
          {wordFor(TIP_STATUSES, t.status ?? 'new')}
          {t.status === 'new' && t.dueAt ? `, ${dueWords(t.dueAt)} (${formatDateTime(t.dueAt)})` : ''}
        </dd>
        <dt>Kind</dt>
        <dd>{wordFor(KINDS, t.kind ?? 'unknown')}</dd>
        <dt>Came in</dt>
        <dd>
          {wordFor(CHANNELS, t.channel)}, {formatDateTime(t.receivedAt)}
          {t.enteredBy ? `, entered by ${t.enteredBy}` : ''}
        </dd>
        <dt>Language</dt>
        <dd>{t.language ? wordFor(TIP_LANGUAGES, t.language) : 'Not recorded'}</dd>
        <dt>When it happened</dt>
        <dd>{t.occurred || 'Not said'}</dd>
        <dt>Where</dt>
        <dd>
          {t.placeHint || 'Not said'}
          {t.country ? `, ${wordFor(COUNTRIES, t.country)}` : ''}
          {t.lat !== null && t.lon !== null ? ` (${t.lat.toFixed(5)}, ${t.lon.toFixed(5)})` : ''}
        </dd>
        <dt>How many people</dt>
        <dd>{t.peopleCount === null ? 'Not known' : t.peopleCount}</dd>
        <dt>Children</dt>
        <dd>{wordFor(CHILDREN, t.children ?? 'unknown')}</dd>
        <dt>Marking</dt>
        <dd>{t.tlp ? wordFor(TLP_OPTIONS, t.tlp) : 'No marking'}</dd>
      </dl>
      <h3>Who reported it and who is named</h3>
      {d === null ? (
        <p className="muted">Who reported it and the people it names are not shown to you.</p>
      ) : (
        <>
          <p>
            {d.reporter
              ? `Reporter: ${d.reporter.name || 'no name given'}${d.reporter.contact ? `, ${d.reporter.contact}` : ''} — ${shareWords(d.reporter.consentToShare)}.`
              : 'The reporter gave no name: an anonymous report.'}
          </p>
          {d.people.length > 0 ? (
            <ul aria-label="People named">
              {d.people.map((p, i) => (
                // biome-ignore lint/suspicious/noArrayIndexKey: the list is the tip's, in its order, never edited here
                <li key={i}>
                  {p.name} ({wordFor(PERSON_ROLES, p.role)}) —{' '}
                  {p.role === 'suspect'
                    ? 'goes with the tip: a suspect is whom the agency acts on'
                    : shareWords(p.consentToShare)}
                  {p.note ? `. ${p.note}` : ''}
                </li>
              ))}
            </ul>
          ) : (
            <p>No one else is named.</p>
          )}
          {d.phones.length > 0 ? <p>Phone numbers: {d.phones.join(', ')}</p> : null}
          {d.plates.length > 0 ? <p>Vehicle plates: {d.plates.join(', ')}</p> : null}
        </>
      )}
    </section>
  );
}
