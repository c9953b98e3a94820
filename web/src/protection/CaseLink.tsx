import type { ReactNode } from 'react';
import { href } from '../router.ts';

/** A link whose words come from the sentence it stands in (a numbered tag of `<Trans>`). */
export function TagLink({
  to,
  download,
  children,
}: {
  to: string;
  download?: boolean;
  children?: ReactNode;
}) {
  return (
    <a href={to} download={download}>
      {children}
    </a>
  );
}

/** A link to a protection case's page, its words from the sentence it stands in. */
export function CaseLink({ id, children }: { id: string; children?: ReactNode }) {
  return <TagLink to={href(`/protection/${encodeURIComponent(id)}`)}>{children}</TagLink>;
}
