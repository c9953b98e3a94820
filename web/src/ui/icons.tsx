// Small icons drawn as SVG, so they need no font: the bundled Noto families carry no arrows or emoji, and a
// glyph left to the system's fonts may be missing (tofu) on the machine that shows it.

/** The sort of a column: up for ascending, down for descending, both for a column that can be sorted. */
export function SortIcon({ order }: { order: 'asc' | 'desc' | null }) {
  return (
    <svg
      className="icon sort-icon"
      viewBox="0 0 10 14"
      width="10"
      height="14"
      aria-hidden="true"
      focusable="false"
    >
      {order !== 'desc' ? <path d="M5 1 9 6H1z" opacity={order === 'asc' ? 1 : 0.35} /> : null}
      {order !== 'asc' ? <path d="M5 13 1 8h8z" opacity={order === 'desc' ? 1 : 0.35} /> : null}
    </svg>
  );
}

/** A calendar page. */
export function CalendarIcon() {
  return (
    <svg className="icon" viewBox="0 0 16 16" width="18" height="18" aria-hidden="true" focusable="false">
      <rect
        x="1.5"
        y="3"
        width="13"
        height="11.5"
        rx="1.5"
        fill="none"
        stroke="currentColor"
        strokeWidth="1.4"
      />
      <path d="M1.5 6.5h13M5 1.5v3M11 1.5v3" stroke="currentColor" strokeWidth="1.4" />
      <path d="M4 9h2v2H4zM7 9h2v2H7zM10 9h2v2h-2z" fill="currentColor" />
    </svg>
  );
}
