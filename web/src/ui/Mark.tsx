/** Lantern's mark: a small lantern, drawn inline so no image file or external asset is needed. */
export function Mark({ size = 28 }: { size?: number }) {
  return (
    <svg width={size} height={size} viewBox="0 0 32 32" aria-hidden="true" focusable="false" className="mark">
      <path d="M12 4h8M16 4v3" stroke="currentColor" strokeWidth="2" strokeLinecap="round" fill="none" />
      <rect x="9" y="7" width="14" height="19" rx="4" fill="none" stroke="currentColor" strokeWidth="2" />
      <path d="M16 11c2.6 3 3 5.4 0 9-3-3.6-2.6-6 0-9z" className="mark-flame" />
      <path d="M11 28h10" stroke="currentColor" strokeWidth="2" strokeLinecap="round" />
    </svg>
  );
}
