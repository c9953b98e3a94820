import type { TFunction } from 'i18next';
import { useTranslation } from 'react-i18next';
import { formatDateTime, formatNumber } from '../ui/format.ts';
import { DangerBadge, TipBadges } from './DangerBadge.tsx';
import { dueWords } from './due.ts';
import { word } from './labels.ts';
import type { NamedPerson, Reporter, TipDetail, TipPageData } from './types.ts';

const shareWords = (t: TFunction<'monitoring'>, consent: boolean) =>
  consent ? t('summary.mayShare') : t('summary.notShared');

/** Where it happens: the place as described, its country and its point, as far as they are known. */
function whereWords(t: TFunction<'monitoring'>, tip: TipDetail): string {
  let place = tip.placeHint || t('summary.notSaid');
  if (tip.country) place = t('summary.placeCountry', { place, country: word('country', tip.country) });
  if (tip.lat !== null && tip.lon !== null)
    place = t('summary.placePoint', { place, lat: tip.lat.toFixed(5), lon: tip.lon.toFixed(5) });
  return place;
}

function reporterWords(t: TFunction<'monitoring'>, r: Reporter | null): string {
  if (!r) return t('summary.anonymous');
  const o = {
    name: r.name || t('summary.noName'),
    contact: r.contact,
    share: shareWords(t, r.consentToShare),
  };
  return r.contact ? t('summary.reporterContact', o) : t('summary.reporter', o);
}

function personWords(t: TFunction<'monitoring'>, p: NamedPerson): string {
  const o = {
    name: p.name,
    role: word('personRole', p.role),
    share: p.role === 'suspect' ? t('summary.suspectShared') : shareWords(t, p.consentToShare),
    note: p.note,
  };
  return p.note ? t('summary.personNote', o) : t('summary.person', o);
}

/** What the tip says and what the intake recorded, then who reported it and who is named (when the reader may see). */
export function TipSummary({ page }: { page: TipPageData }) {
  const { t } = useTranslation('monitoring');
  const tip = page.tip;
  const d = page.details;
  const status = word('tipStatus', tip.status ?? 'new');
  const cameIn = {
    channel: word('channel', tip.channel),
    at: formatDateTime(tip.receivedAt),
    by: tip.enteredBy,
  };
  return (
    <section className="panel" aria-labelledby="tip-summary-h">
      <h2 id="tip-summary-h">{t('summary.title')}</h2>
      <blockquote className="tip-text" lang={tip.language ?? undefined}>
        {tip.text}
      </blockquote>
      <dl className="facts">
        <dt>{t('summary.danger')}</dt>
        <dd>
          <DangerBadge danger={tip.danger} /> <TipBadges overdue={tip.overdue} escalated={tip.escalated} />
        </dd>
        <dt>{t('summary.status')}</dt>
        <dd>
          {tip.status === 'new' && tip.dueAt
            ? t('summary.statusDue', { status, due: dueWords(t, tip.dueAt), at: formatDateTime(tip.dueAt) })
            : status}
        </dd>
        <dt>{t('summary.kind')}</dt>
        <dd>{word('kind', tip.kind ?? 'unknown')}</dd>
        <dt>{t('summary.cameInLabel')}</dt>
        <dd>{tip.enteredBy ? t('summary.cameInBy', cameIn) : t('shared.channelAt', cameIn)}</dd>
        <dt>{t('summary.language')}</dt>
        <dd>{tip.language ? word('tipLanguage', tip.language) : t('summary.notRecorded')}</dd>
        <dt>{t('summary.when')}</dt>
        <dd>{tip.occurred || t('summary.notSaid')}</dd>
        <dt>{t('summary.where')}</dt>
        <dd>{whereWords(t, tip)}</dd>
        <dt>{t('summary.howMany')}</dt>
        <dd>{tip.peopleCount === null ? t('summary.notKnown') : formatNumber(tip.peopleCount)}</dd>
        <dt>{t('summary.children')}</dt>
        <dd>{word('children', tip.children ?? 'unknown')}</dd>
        <dt>{t('summary.marking')}</dt>
        <dd>{tip.tlp ? word('tlp', tip.tlp) : t('summary.noMarking')}</dd>
      </dl>
      <h3>{t('summary.whoTitle')}</h3>
      {d === null ? (
        <p className="muted">{t('summary.whoHidden')}</p>
      ) : (
        <>
          <p>{reporterWords(t, d.reporter)}</p>
          {d.people.length > 0 ? (
            <ul aria-label={t('summary.peopleNamed')}>
              {d.people.map((p, i) => (
                // biome-ignore lint/suspicious/noArrayIndexKey: the list is the tip's, in its order, never edited here
                <li key={i}>{personWords(t, p)}</li>
              ))}
            </ul>
          ) : (
            <p>{t('summary.noOneElse')}</p>
          )}
          {d.phones.length > 0 ? <p>{t('summary.phones', { list: d.phones.join(', ') })}</p> : null}
          {d.plates.length > 0 ? <p>{t('summary.plates', { list: d.plates.join(', ') })}</p> : null}
        </>
      )}
    </section>
  );
}
