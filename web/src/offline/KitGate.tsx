import type { ReactNode } from 'react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Me } from '../types.ts';
import { StatusMessage } from '../ui/Live.tsx';
import { PageHeading } from '../ui/PageHeading.tsx';
import { SetUpForm } from './SetUpForm.tsx';
import { afterUnlock } from './session.ts';
import { UnlockForm } from './UnlockForm.tsx';
import { useKitState } from './useKit.ts';

/**
 * The field screen opens on an open field kit only, so nothing it keeps is ever written in the clear: the first
 * time on a device the kit is set up, after that it is unlocked (silently at a password sign-in when it is sealed
 * with that password).
 */
export function KitGate({ me, children }: { me: Me; children: ReactNode }) {
  const { t } = useTranslation('field');
  const state = useKitState(me.user.id);
  const [status, setStatus] = useState<string | null>(null);
  if (state === null) return <p className="muted">{t('kit.opening')}</p>;
  return (
    <>
      {state === 'unlocked' ? null : <PageHeading>{t('kit.title')}</PageHeading>}
      <StatusMessage message={status} tone="success" />
      {state === 'unlocked' ? (
        children
      ) : state === 'none' ? (
        <SetUpForm me={me} done={setStatus} />
      ) : (
        <UnlockForm
          userId={me.user.id}
          title={t('kit.unlock.title')}
          lead={t('kit.unlock.lead')}
          note={t('kit.unlock.whyAgain')}
          unlocked={async () => {
            await afterUnlock(me);
          }}
        />
      )}
    </>
  );
}
