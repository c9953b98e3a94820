import { type KeyboardEvent, type ReactNode, useRef } from 'react';

export interface Tab {
  key: string;
  label: string;
  panel: ReactNode;
}

/** Where each key moves from tab `i` of `n`. */
const STEPS: Record<string, (i: number, n: number) => number> = {
  ArrowRight: (i, n) => (i + 1) % n,
  ArrowLeft: (i, n) => (i - 1 + n) % n,
  Home: () => 0,
  End: (_, n) => n - 1,
};

interface Props {
  label: string;
  tabs: Tab[];
  current: string;
  onSelect: (key: string) => void;
}

/**
 * Tabs as WAI-ARIA describes them: arrow keys, Home and End move between tabs; Tab moves into the panel. Every
 * panel stays mounted (hidden when not shown) so that a half-written form survives a look at another tab.
 */
export function Tabs({ label, tabs, current, onSelect }: Props) {
  const refs = useRef(new Map<string, HTMLButtonElement>());
  const move = (e: KeyboardEvent, index: number) => {
    const step = STEPS[e.key];
    const to = step ? step(index, tabs.length) : null;
    const tab = to === null ? undefined : tabs[to];
    if (!tab) return;
    e.preventDefault();
    onSelect(tab.key);
    refs.current.get(tab.key)?.focus();
  };
  return (
    <>
      <div role="tablist" aria-label={label} className="tabs">
        {tabs.map((t, i) => (
          <button
            key={t.key}
            ref={(el) => {
              if (el) refs.current.set(t.key, el);
            }}
            type="button"
            role="tab"
            id={`tab-${t.key}`}
            aria-selected={t.key === current}
            aria-controls={`panel-${t.key}`}
            tabIndex={t.key === current ? 0 : -1}
            className="tab"
            onClick={() => onSelect(t.key)}
            onKeyDown={(e) => move(e, i)}
          >
            {t.label}
          </button>
        ))}
      </div>
      {tabs.map((t) => (
        <div
          key={t.key}
          role="tabpanel"
          id={`panel-${t.key}`}
          aria-labelledby={`tab-${t.key}`}
          hidden={t.key !== current}
          className="tab-panel"
        >
          {t.panel}
        </div>
      ))}
    </>
  );
}
