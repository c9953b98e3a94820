import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { SetUpForm } from '../../offline/SetUpForm.tsx';
import { afterUnlock } from '../../offline/session.ts';
import { UnlockForm } from '../../offline/UnlockForm.tsx';
import { useKitState } from '../../offline/useKit.ts';
import type { Me } from '../../types.ts';
import { StatusMessage } from '../../ui/Live.tsx';

/**
 * The inspection kept for work without a connection: with the field kit open on this phone an inspection the user
 * is on is kept in it, sealed, as it is opened; otherwise the kit is offered, set up the first time or unlocked,
 * as the field screen does. Nothing of the inspection is kept before the kit is open.
 */
export function KeepInspectionOnPhone({ me }: { me: Me }) {
  const { t } = useTranslation('monitoring');
  const { t: tf } = useTranslation('field');
  const state = useKitState(me.user.id);
  const [asked, setAsked] = useState(false);
  const [status, setStatus] = useState<string | null>(null);
  if (state === null) return null;
  return (
    <section className="panel keep-on-phone" aria-labelledby="insp-keep-h">
      <h2 id="insp-keep-h">{t('inspections.kit.title')}</h2>
      {state === 'unlocked' ? (
        <p>{t('inspections.kit.kept')}</p>
      ) : (
        <>
          <p>{t('inspections.kit.lead')}</p>
          {!asked ? (
            <button type="button" className="button" onClick={() => setAsked(true)}>
              {state === 'none' ? t('inspections.kit.setUp') : t('inspections.kit.unlock')}
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
