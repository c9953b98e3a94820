import { href } from '../router.ts';
import { formatDate } from '../ui/format.ts';
import type { ProtectionCaseRef } from './types.ts';

interface Props {
  pseudonym: string;
  protectionCase: ProtectionCaseRef;
  /** Whether the reader may open the Protection section's list of cases. */
  canSeeCases: boolean;
}

/** The presumed victim's protection case, opened when the screening was completed. */
export function ProtectionCaseNote({ pseudonym, protectionCase, canSeeCases }: Props) {
  return (
    <p className="notice notice-success">
      <strong>Protection case opened</strong> under the pseudonym {pseudonym} on{' '}
      {formatDate(protectionCase.openedAt)}: services are offered there, each by the person’s choice.
      {canSeeCases ? (
        <>
          {' '}
          <a href={href('/protection')}>See the protection cases</a>.
        </>
      ) : null}
    </p>
  );
}
