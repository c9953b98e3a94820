import type { ReactNode } from 'react';
import { Trans, useTranslation } from 'react-i18next';
import { href } from '../router.ts';
import { formatDate } from '../ui/format.ts';
import type { ProtectionCaseRef } from './types.ts';

interface Props {
  pseudonym: string;
  protectionCase: ProtectionCaseRef;
  /** Whether the reader may open the Protection section's list of cases. */
  canSeeCases: boolean;
}

/** The link to the protection cases; Trans gives it its words. */
const CasesLink = ({ children }: { children?: ReactNode }) => <a href={href('/protection')}>{children}</a>;

/** The presumed victim's protection case, opened when the screening was completed. */
export function ProtectionCaseNote({ pseudonym, protectionCase, canSeeCases }: Props) {
  const { t } = useTranslation('screening');
  return (
    <p className="notice notice-success">
      <Trans
        t={t}
        i18nKey="caseNote.opened"
        values={{ pseudonym, date: formatDate(protectionCase.openedAt) }}
        components={{ 1: <strong /> }}
      />
      {canSeeCases ? (
        <>
          {' '}
          <Trans t={t} i18nKey="caseNote.seeCases" components={{ 1: <CasesLink /> }} />
        </>
      ) : null}
    </p>
  );
}
