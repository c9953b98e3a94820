import type { ReactNode } from 'react';

/**
 * The frame of a wide table: it scrolls sideways on a narrow screen, so it takes keyboard focus (WCAG 2.1.1: a
 * region that scrolls must be reachable without a mouse); the table's caption says what it holds.
 */
export function TableWrap({ children }: { children: ReactNode }) {
  return (
    // biome-ignore lint/a11y/noNoninteractiveTabindex: a scrolling region must be reachable and scrollable by keyboard
    <div className="table-wrap" tabIndex={0}>
      {children}
    </div>
  );
}
