import { type KeyboardEvent, useEffect, useId, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api, messageOf } from '../../api.ts';
import { ErrorMessage } from '../../ui/Live.tsx';
import { codeWords } from '../labels.ts';
import type { EntityRef, Registry, SearchResult } from '../types.ts';
import './workbench.css';

interface Props {
  reg: Registry;
  label: string;
  /** The types that may be picked (those a link can join); every type when empty. */
  types: readonly string[];
  /** Entities never offered (the entity being linked). */
  exclude: readonly string[];
  value: EntityRef | null;
  onChange: (picked: EntityRef | null) => void;
  hint?: string;
}

const MIN_CHARS = 2;
const PAUSE_MS = 250;

/**
 * Picks an entity by searching as one types, through the one search box's route (names in any spelling, numbers
 * in any format): each hit shows its type and label; only hits of the allowed types are offered. No id is ever
 * typed or pasted.
 */
export function EntityPicker({ reg, label, types, exclude, value, onChange, hint }: Props) {
  const { t } = useTranslation('network');
  const id = useId();
  const [typed, setTyped] = useState('');
  const [hits, setHits] = useState<EntityRef[]>([]);
  const [active, setActive] = useState(0);
  const [open, setOpen] = useState(false);
  const [searching, setSearching] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const ticket = useRef(0);
  const allowed = types.join('|');
  const skip = exclude.join('|');

  useEffect(() => {
    const text = typed.trim();
    const mine = ++ticket.current;
    if (text.length < MIN_CHARS) {
      setHits([]);
      setSearching(false);
      return;
    }
    const timer = setTimeout(() => {
      setSearching(true);
      api.get<SearchResult>(`/api/intel/search?q=${encodeURIComponent(text)}`).then(
        (r) => {
          if (mine !== ticket.current) return;
          const ok = allowed ? allowed.split('|') : null;
          const seen = new Set(skip.split('|'));
          const found: EntityRef[] = [];
          for (const e of r.entities)
            if ((!ok || ok.includes(e.type)) && !seen.has(e.id)) {
              seen.add(e.id);
              found.push({ id: e.id, type: e.type, label: e.label });
            }
          setHits(found);
          setActive(0);
          setOpen(true);
          setSearching(false);
          setError(null);
        },
        (e: unknown) => {
          if (mine !== ticket.current) return;
          setError(messageOf(e));
          setSearching(false);
        },
      );
    }, PAUSE_MS);
    return () => clearTimeout(timer);
  }, [typed, allowed, skip]);

  const pick = (e: EntityRef) => {
    onChange(e);
    setOpen(false);
    setTyped('');
    setHits([]);
  };
  const onKey = (ev: KeyboardEvent<HTMLInputElement>) => {
    if (!open || hits.length === 0) return;
    if (ev.key === 'ArrowDown') {
      ev.preventDefault();
      setActive((a) => Math.min(hits.length - 1, a + 1));
    } else if (ev.key === 'ArrowUp') {
      ev.preventDefault();
      setActive((a) => Math.max(0, a - 1));
    } else if (ev.key === 'Enter') {
      ev.preventDefault();
      const h = hits[active];
      if (h) pick(h);
    } else if (ev.key === 'Escape') setOpen(false);
  };
  const showList = open && typed.trim().length >= MIN_CHARS && !searching;

  if (value)
    return (
      <div className="field entity-picker">
        <span className="label">{label}</span>
        <p className="picked">
          <strong>{value.label}</strong>{' '}
          <span className="muted small">{codeWords('entityType', value.type, reg)}</span>{' '}
          <button type="button" className="button small" onClick={() => onChange(null)}>
            {t('picker.another')}
          </button>
        </p>
      </div>
    );
  return (
    <div className="field entity-picker">
      <label htmlFor={`${id}-q`}>{label}</label>
      <input
        id={`${id}-q`}
        type="search"
        aria-describedby={`${id}-hint`}
        value={typed}
        onChange={(e) => setTyped(e.target.value)}
        onKeyDown={onKey}
        autoComplete="off"
        maxLength={200}
      />
      <p id={`${id}-hint`} className="hint">
        {hint ?? t('picker.hint')}
      </p>
      <ErrorMessage message={error} />
      {searching ? <p className="muted small">{t('picker.searching')}</p> : null}
      {showList ? (
        hits.length ? (
          <ul id={`${id}-list`} className="picker-hits" aria-label={t('picker.found', { label })}>
            {hits.map((h, i) => (
              <li key={h.id}>
                <button
                  type="button"
                  className={i === active ? 'picker-hit active' : 'picker-hit'}
                  onClick={() => pick(h)}
                >
                  <span className="muted small">{codeWords('entityType', h.type, reg)}</span> {h.label}
                </button>
              </li>
            ))}
          </ul>
        ) : (
          <p className="muted small" role="status">
            {t('picker.nothing', { typed: typed.trim() })}
          </p>
        )
      ) : null}
    </div>
  );
}
