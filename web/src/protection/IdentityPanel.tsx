import { useState } from 'react';
import { Trans, useTranslation } from 'react-i18next';
import { api, messageOf } from '../api.ts';
import { href } from '../router.ts';
import { formatDateTime } from '../ui/format.ts';
import { ErrorMessage, StatusMessage } from '../ui/Live.tsx';
import { TagLink } from './CaseLink.tsx';
import type { CasePage } from './case-types.ts';
import { IdentityForm } from './IdentityForm.tsx';
import { IdentityView } from './IdentityView.tsx';
import type { IdentityReply } from './identity-types.ts';
import { LetInForm } from './LetInForm.tsx';
import type { IdentityAccessBody } from './types.ts';
import { casePath, useCaseAction } from './useCaseAction.ts';
import './case-parts.css';

interface Props {
  c: CasePage;
  editable: boolean;
  language: string;
  onChanged: () => void;
}

/** The link to an earlier case of the same person, as `#/protection/<id>`. */
export const earlierCaseLink = (id: string) => href(`/protection/${encodeURIComponent(id)}`);

/**
 * The person's identity: whether it is recorded and who may read it. It is shown only when someone who may read it
 * asks ("Show identity"), since every read is audited; the caseworker records or corrects it, lets a colleague
 * in and takes their access back. A person recognised from an earlier case is said so, with a link to that case.
 */
export function IdentityPanel({ c, editable, onChanged }: Props) {
  const { t } = useTranslation('protection');
  const access = c.identity;
  const [shown, setShown] = useState<IdentityReply | null>(null);
  const [reading, setReading] = useState(false);
  const [readError, setReadError] = useState<string | null>(null);
  const [editing, setEditing] = useState(false);
  const [earlier, setEarlier] = useState<string | null>(null);
  const action = useCaseAction(onChanged);

  const show = async () => {
    setReading(true);
    setReadError(null);
    try {
      setShown(await api.get<IdentityReply>(casePath(c.id, '/identity')));
    } catch (e) {
      setReadError(messageOf(e));
    } finally {
      setReading(false);
    }
  };
  const hide = () => {
    setShown(null);
    setEditing(false);
  };
  const takeOut = (reader: { id: string; name: string }) =>
    action.run(
      () =>
        api.put(casePath(c.id, `/identity-readers/${encodeURIComponent(reader.id)}`), {
          allow: false,
        } satisfies IdentityAccessBody),
      t('identity.takenOut', { name: reader.name }),
    );
  // The action reloads the case after the save; what was typed is not kept on show.
  const saved = (earlierCaseId: string | null) => {
    setEarlier(earlierCaseId);
    setEditing(false);
    setShown(null);
  };

  const canShow = access.recorded && access.mayRead;

  return (
    <section className="panel" aria-labelledby="identity-h">
      <h2 id="identity-h">{t('identity.title')}</h2>
      <p className="hint">{t('identity.hint')}</p>
      <p>
        <strong>{access.recorded ? t('identity.recorded') : t('identity.notRecorded')}</strong>
        {access.recorded && !access.mayRead ? ` ${t('identity.mayNotRead')}` : ''}
      </p>
      <div className="live" aria-live="polite" aria-atomic="true">
        {earlier ? (
          <p className="notice notice-info">
            <Trans
              t={t}
              i18nKey="identity.recognised"
              components={{ 1: <TagLink to={earlierCaseLink(earlier)} /> }}
            />
          </p>
        ) : null}
      </div>
      <Readers
        access={access}
        owner={c.owner?.name ?? null}
        editable={editable}
        busy={action.busy}
        takeOut={takeOut}
      />
      {editable ? <LetInForm caseId={c.id} action={action} readers={access.readers.length} /> : null}
      {canShow ? (
        <div className="actions">
          {shown ? (
            <button type="button" className="button" onClick={hide}>
              {t('identity.hide')}
            </button>
          ) : (
            <button type="button" className="button" disabled={reading} onClick={() => void show()}>
              {reading ? t('identity.reading') : t('identity.show')}
            </button>
          )}
          {shown && editable && !editing ? (
            <button type="button" className="button" onClick={() => setEditing(true)}>
              {t('identity.correct')}
            </button>
          ) : null}
        </div>
      ) : null}
      <ErrorMessage message={readError} />
      {shown?.identity && !editing ? (
        <IdentityView identity={shown.identity} updatedAt={shown.updatedAt} />
      ) : null}
      {shown && !shown.identity ? <p className="muted">{t('identity.notRecorded')}</p> : null}
      {editable && (!access.recorded || (editing && shown)) ? (
        <IdentityForm
          caseId={c.id}
          action={action}
          start={editing ? (shown?.identity ?? null) : null}
          onSaved={saved}
          onCancel={editing ? () => setEditing(false) : undefined}
        />
      ) : null}
      <ErrorMessage message={action.error} />
      <StatusMessage message={action.done} tone="success" />
    </section>
  );
}

interface ReadersProps {
  access: { readers: { id: string; name: string; since: string }[] };
  owner: string | null;
  editable: boolean;
  busy: boolean;
  takeOut: (reader: { id: string; name: string }) => () => void;
}

function Readers({ access, owner, editable, busy, takeOut }: ReadersProps) {
  const { t } = useTranslation('protection');
  return (
    <div>
      <h3 id="readers-h" className="case-part">
        {t('identity.readers')}
      </h3>
      <ul aria-labelledby="readers-h">
        <li>{owner ? t('identity.owner', { name: owner }) : t('identity.noOwner')}</li>
        {access.readers.map((r) => (
          <li key={r.id}>
            {t('identity.letIn', { name: r.name, when: formatDateTime(r.since) })}{' '}
            {editable ? (
              <button type="button" className="button small" disabled={busy} onClick={takeOut(r)}>
                <Trans
                  t={t}
                  i18nKey="identity.takeOut"
                  values={{ name: r.name }}
                  components={{ 1: <span className="visually-hidden" /> }}
                />
              </button>
            ) : null}
          </li>
        ))}
      </ul>
    </div>
  );
}
