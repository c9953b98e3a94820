import { type ReactNode, useEffect, useRef } from 'react';

/** The page's h1; it takes focus when the page opens so keyboard and screen-reader users start there. */
export function PageHeading({ children }: { children: ReactNode }) {
  const ref = useRef<HTMLHeadingElement>(null);
  useEffect(() => {
    ref.current?.focus();
  }, []);
  return (
    <h1 ref={ref} tabIndex={-1} className="page-title">
      {children}
    </h1>
  );
}
