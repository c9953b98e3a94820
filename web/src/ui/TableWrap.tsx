import type { ReactNode } from 'react';

/**
 * The frame of a wide table: it scrolls sideways on a narrow screen, so it takes keyboard focus (WCAG 2.1.1: a
 * region that scrolls must be reachable without a mouse), named by `label` when there is no caption to say what it
 * holds.
 */
export function TableWrap({ label, children }: { label?: string; children: ReactNode }) {
  return (
    <div className="table-wrap" tabIndex={0} role={label ? 'region' : undefined} aria-label={label}>
      {children}
    </div>
  );
}
