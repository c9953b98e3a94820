import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Me } from '../types.ts';
import { StatusMessage } from '../ui/Live.tsx';
import { SetUpForm } from './SetUpForm.tsx';
import { afterUnlock } from './session.ts';
import { UnlockForm } from './UnlockForm.tsx';
import { useKitState } from './useKit.ts';

/** What a field screen says of keeping its record on this device, in its own words. */
export interface KeepTexts {
  title: string;
  /** Said once the kit is open: the record is kept as it is opened. */
  kept: string;
  /** Said while the kit is closed or not set up: what keeping it would do. */
  lead: string;
  setUp: string;
  unlock: string;
}

/**
 * A record kept for work without a connection (an interview, an inspection, a case): with the field kit open on
 * this device the record is kept in it, sealed, as it is opened; otherwise the kit is offered, set up the first
 * time or unlocked, as the field screen does. Nothing of the record is kept before the kit is open.
 */
export function KeepOnDevice({ me, headingId, texts }: { me: Me; headingId: string; texts: KeepTexts }) {
  const { t: tf } = useTranslation('field');
  const state = useKitState(me.user.id);
  const [asked, setAsked] = useState(false);
  const [status, setStatus] = useState<string | null>(null);
  if (state === null) return null;
  return (
    <section className="panel keep-on-phone" aria-labelledby={headingId}>
      <h2 id={headingId}>{texts.title}</h2>
      {state === 'unlocked' ? (
        <p>{texts.kept}</p>
      ) : (
        <>
          <p>{texts.lead}</p>
          {!asked ? (
            <button type="button" className="button" onClick={() => setAsked(true)}>
              {state === 'none' ? texts.setUp : texts.unlock}
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
