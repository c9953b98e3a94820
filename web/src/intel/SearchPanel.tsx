import type { TFunction } from 'i18next';
import { type FormEvent, useId, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api, messageOf } from '../api.ts';
import { ErrorMessage, StatusMessage } from '../ui/Live.tsx';
import { joinWords } from './labels.ts';
import { SearchResults } from './SearchResults.tsx';
import type { Registry, SearchResult } from './types.ts';

const MAX_CHARS = 200;

/** What the live region says of a result: how many of each were found, or that nothing was. */
export function searchStatus(t: TFunction<'intel'>, r: SearchResult): string {
  const phones = r.phones.filter((p) => p.callRecords > 0).length;
  const parts = [
    r.entities.length ? t('search.entities', { count: r.entities.length }) : '',
    r.reports.length ? t('search.reports', { count: r.reports.length }) : '',
    phones ? t('search.phones', { count: phones }) : '',
    r.tips.length ? t('search.tips', { count: r.tips.length }) : '',
  ].filter(Boolean);
  const total = r.entities.length + r.reports.length + phones + r.tips.length;
  if (total === 0) return t('search.nothing', { query: r.query });
  return t('search.found', { count: total, query: r.query, parts: joinWords(parts) });
}

/**
 * The one search box of the Intelligence section: names across spellings and scripts, phone numbers in any
 * format, accounts, plates, documents, the words of reports and of tips. It searches when asked, not per key.
 */
export function SearchPanel({ reg }: { reg: Registry | null }) {
  const { t } = useTranslation('intel');
  const id = useId();
  const [q, setQ] = useState('');
  const [result, setResult] = useState<SearchResult | null>(null);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const ticket = useRef(0);
  const submit = (e: FormEvent) => {
    e.preventDefault();
    const text = q.trim();
    if (!text) return setError(t('search.empty'));
    if (text.length > MAX_CHARS) return setError(t('search.tooLong', { max: MAX_CHARS }));
    const mine = ++ticket.current;
    setBusy(true);
    setError(null);
    api.get<SearchResult>(`/api/intel/search?q=${encodeURIComponent(text)}`).then(
      (r) => {
        if (mine !== ticket.current) return;
        setResult(r);
        setBusy(false);
      },
      (err: unknown) => {
        if (mine !== ticket.current) return;
        setResult(null);
        setError(messageOf(err));
        setBusy(false);
      },
    );
  };
  return (
    <section className="panel search-panel" aria-labelledby={`${id}-h`}>
      <h2 id={`${id}-h`}>{t('search.heading')}</h2>
      <form className="search-form" onSubmit={submit} noValidate aria-label={t('search.formLabel')}>
        <div className="field">
          <label htmlFor={`${id}-q`}>{t('search.field')}</label>
          <input
            id={`${id}-q`}
            type="search"
            value={q}
            onChange={(e) => setQ(e.target.value)}
            aria-describedby={`${id}-hint`}
            autoComplete="off"
            maxLength={MAX_CHARS}
          />
          <p id={`${id}-hint`} className="hint">
            {t('search.hint')}
          </p>
        </div>
        <button type="submit" className="button primary" disabled={busy}>
          {busy ? t('search.searching') : t('search.heading')}
        </button>
      </form>
      <ErrorMessage message={error} />
      <StatusMessage message={result && !busy ? searchStatus(t, result) : null} />
      {result && !busy ? <SearchResults reg={reg} result={result} /> : null}
    </section>
  );
}
