import { type ReactNode, useEffect, useRef } from 'react';

/**
 * A polite live region for what an action changed, which may hold links (to the person a record is now part
 * of). When `focus` is set, focus moves to the message: the control that was pressed may have left the page.
 */
export function Outcome({ children, focus }: { children: ReactNode; focus?: number }) {
  const ref = useRef<HTMLParagraphElement>(null);
  useEffect(() => {
    if (focus) ref.current?.focus();
  }, [focus]);
  return (
    <div className="live" aria-live="polite" aria-atomic="true">
      {children ? (
        <p ref={ref} tabIndex={-1} className="notice notice-success">
          {children}
        </p>
      ) : null}
    </div>
  );
}
