import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { SetUpForm } from '../offline/SetUpForm.tsx';
import { afterUnlock } from '../offline/session.ts';
import { UnlockForm } from '../offline/UnlockForm.tsx';
import { useKitState } from '../offline/useKit.ts';
import type { Me } from '../types.ts';
import { formatClock } from '../ui/datetime.ts';
import { StatusMessage } from '../ui/Live.tsx';

/**
 * The case kept for work without a connection (a shelter with no signal): with the caseworker's field kit open on
 * this device, their open case is kept in it, sealed, as it is opened; otherwise the kit is offered, set up the
 * first time or unlocked. Nothing of the case is kept before the kit is open.
 */
export function KeepCaseOnPhone({ me }: { me: Me }) {
  const { t } = useTranslation('protection');
  const { t: tf } = useTranslation('field');
  const state = useKitState(me.user.id);
  const [asked, setAsked] = useState(false);
  const [status, setStatus] = useState<string | null>(null);
  if (state === null) return null;
  return (
    <section className="panel keep-on-phone" aria-labelledby="keep-case-h">
      <h2 id="keep-case-h">{t('kit.title')}</h2>
      {state === 'unlocked' ? (
        <p>{t('kit.kept')}</p>
      ) : (
        <>
          <p>{t('kit.lead')}</p>
          {!asked ? (
            <button type="button" className="button" onClick={() => setAsked(true)}>
              {state === 'none' ? t('kit.setUp') : t('kit.unlock')}
            </button>
          ) : state === 'none' ? (
            <SetUpForm me={me} done={setStatus} />
          ) : (
            <UnlockForm
              userId={me.user.id}
              title={tf('kit.unlock.title')}
              lead={tf('kit.unlock.lead')}
              unlocked={async () => {
                await afterUnlock(me);
              }}
            />
          )}
        </>
      )}
      <StatusMessage message={status} tone="success" />
    </section>
  );
}

/** Opened from the field kit: when it was kept, and what waits for a connection because it reaches others. */
export function OfflineCaseNotice({ keptAt }: { keptAt: string }) {
  const { t } = useTranslation('protection');
  return (
    <div className="notice notice-info">
      <p>{t('kit.offline', { time: formatClock(keptAt) })}</p>
      <p>{t('kit.connectedOnly')}</p>
    </div>
  );
}
