import { useTranslation } from 'react-i18next';
import { formatDateTime, formatNumber, languageName } from '../ui/format.ts';
import { TlpBadge } from './Marks.tsx';
import { channelWords, tlpReminder } from './tipWords.ts';
import type { Tip } from './types.ts';

const coordinate = (x: number) => formatNumber(x, { minimumFractionDigits: 4, maximumFractionDigits: 4 });

/** Tips newest first, each under its TLP marking and what the marking asks, with its full text as written. */
export function TipList({ tips }: { tips: readonly Tip[] }) {
  const { t } = useTranslation('intel');
  return (
    <ol className="tip-list" aria-label={t('tips.listHeading')}>
      {tips.map((tip) => (
        <li key={tip.id} className="tip">
          <p className="tip-head">
            <TlpBadge tlp={tip.tlp} /> <span className="tip-reminder">{tlpReminder(tip.tlp)}</span>
          </p>
          <p className="tip-meta">
            <time dateTime={tip.receivedAt}>{formatDateTime(tip.receivedAt)}</time>
            <span>{channelWords(tip.channel)}</span>
            {tip.language ? <span>{languageName(tip.language)}</span> : null}
            {tip.placeHint ? <span>{tip.placeHint}</span> : null}
            {tip.lat !== null && tip.lon !== null ? (
              <span className="mono">
                {coordinate(tip.lat)}, {coordinate(tip.lon)}
              </span>
            ) : null}
            {tip.ref ? <span className="mono">{tip.ref}</span> : null}
          </p>
          <p className="tip-text" lang={tip.language ?? undefined}>
            {tip.text}
          </p>
        </li>
      ))}
    </ol>
  );
}
