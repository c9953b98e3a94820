import { type FormEvent, useId, useRef, useState } from 'react';
import { api, messageOf } from '../api.ts';
import { ErrorMessage, StatusMessage } from '../ui/Live.tsx';
import { plural } from './labels.ts';
import { SearchResults } from './SearchResults.tsx';
import type { Registry, SearchResult } from './types.ts';

const MAX_CHARS = 200;

/** What the live region says of a result: how many of each were found, or that nothing was. */
export function searchStatus(r: SearchResult): string {
  const phones = r.phones.filter((p) => p.callRecords > 0).length;
  const parts = [
    r.entities.length ? `${r.entities.length} people & things` : '',
    r.reports.length ? plural(r.reports.length, 'report') : '',
    phones ? plural(phones, 'phone number') : '',
    r.tips.length ? plural(r.tips.length, 'tip') : '',
  ].filter(Boolean);
  const total = r.entities.length + r.reports.length + phones + r.tips.length;
  if (total === 0) return `Nothing found for “${r.query}”.`;
  return `${plural(total, 'result')} for “${r.query}”: ${parts.join(', ')}.`;
}

/**
 * The one search box of the Intelligence section: names across spellings and scripts, phone numbers in any
 * format, accounts, plates, documents, the words of reports and of tips. It searches when asked, not per key.
 */
export function SearchPanel({ reg }: { reg: Registry | null }) {
  const id = useId();
  const [q, setQ] = useState('');
  const [result, setResult] = useState<SearchResult | null>(null);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const ticket = useRef(0);
  const submit = (e: FormEvent) => {
    e.preventDefault();
    const text = q.trim();
    if (!text) return setError('Type a name, a number, a plate or some words to search for.');
    if (text.length > MAX_CHARS) return setError(`Search for at most ${MAX_CHARS} characters.`);
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
      <h2 id={`${id}-h`}>Search</h2>
      <form className="search-form" onSubmit={submit} noValidate aria-label="Search intelligence">
        <div className="field">
          <label htmlFor={`${id}-q`}>Name, number, plate or words</label>
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
            Names are found however they are spelled or written; phone numbers in any format, e.g.
            081-234-5678.
          </p>
        </div>
        <button type="submit" className="button primary" disabled={busy}>
          {busy ? 'Searching…' : 'Search'}
        </button>
      </form>
      <ErrorMessage message={error} />
      <StatusMessage message={result && !busy ? searchStatus(result) : null} />
      {result && !busy ? <SearchResults reg={reg} result={result} /> : null}
    </section>
  );
}
