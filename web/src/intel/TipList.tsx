import { formatDateTime } from '../ui/format.ts';
import { TlpBadge } from './Marks.tsx';
import { channelWords, languageName, tlpReminder } from './tipWords.ts';
import type { Tip } from './types.ts';

/** Tips newest first, each under its TLP marking and what the marking asks, with its full text as written. */
export function TipList({ tips }: { tips: readonly Tip[] }) {
  return (
    <ol className="tip-list" aria-label="Tips, newest first">
      {tips.map((t) => (
        <li key={t.id} className="tip">
          <p className="tip-head">
            <TlpBadge tlp={t.tlp} /> <span className="tip-reminder">{tlpReminder(t.tlp)}</span>
          </p>
          <p className="tip-meta">
            <time dateTime={t.receivedAt}>{formatDateTime(t.receivedAt)}</time>
            <span>{channelWords(t.channel)}</span>
            {t.language ? <span>{languageName(t.language)}</span> : null}
            {t.placeHint ? <span>{t.placeHint}</span> : null}
            {t.lat !== null && t.lon !== null ? (
              <span className="mono">
                {t.lat.toFixed(4)}, {t.lon.toFixed(4)}
              </span>
            ) : null}
            {t.ref ? <span className="mono">{t.ref}</span> : null}
          </p>
          <p className="tip-text" lang={t.language ?? undefined}>
            {t.text}
          </p>
        </li>
      ))}
    </ol>
  );
}
