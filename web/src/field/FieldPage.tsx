import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { operationApi, operationPath } from '../plans/paths.ts';
import type { Operation } from '../plans/types.ts';
import { href } from '../router.ts';
import type { Me } from '../types.ts';
import { ErrorMessage, StatusMessage } from '../ui/Live.tsx';
import { PageHeading } from '../ui/PageHeading.tsx';
import { useLoad } from '../useLoad.ts';
import { ArrestForm } from './ArrestForm.tsx';
import { ExhibitForm } from './ExhibitForm.tsx';
import { LogList } from './LogList.tsx';
import { NoteForm } from './NoteForm.tsx';
import { QueuePanel } from './QueuePanel.tsx';
import { RemovalForm } from './RemovalForm.tsx';
import { kindWord } from './summary.ts';
import type { EntryKind } from './types.ts';
import { useFieldLog } from './useFieldLog.ts';

/**
 * `#/operations/plan/<id>/field`: the execution screen, made for a phone. Arrests, exhibits, people removed and
 * notes are recorded as they happen; without a connection they wait on the phone and are sent when it returns.
 */
export function FieldPage({ id, me }: { id: string; me: Me }) {
  const { t } = useTranslation('field');
  const loaded = useLoad<Operation>(operationApi(id));
  const log = useFieldLog(id, me.user.id);
  const [kind, setKind] = useState<EntryKind | null>(null);
  const [status, setStatus] = useState<string | null>(null);
  const op = loaded.data;
  const back = (
    <p className="breadcrumb">
      <a href={href(operationPath(id))}>
        {op ? t('page.back', { codeName: op.codeName }) : t('page.backUnnamed')}
      </a>
    </p>
  );
  if (!op) {
    return (
      <>
        {back}
        <PageHeading>{loaded.errorStatus === 404 ? t('page.notFound') : t('page.title')}</PageHeading>
        <ErrorMessage message={loaded.error} />
        {loaded.loading ? <p className="muted">{t('page.loading')}</p> : null}
      </>
    );
  }
  // What this member's role in the operation records (the server refuses the rest).
  const kinds: EntryKind[] = (['arrest', 'exhibit', 'removal', 'note'] as const).filter(
    (k) => op.myLogKinds.includes(k) && (k !== 'exhibit' || me.permissions.includes('evidence.write')),
  );
  const done = (message: string) => {
    setStatus(message);
    setKind(null);
  };
  const forms = {
    arrest: <ArrestForm plan={op.plan} record={log.record} done={done} />,
    exhibit: <ExhibitForm record={log.record} done={done} />,
    removal: <RemovalForm plan={op.plan} record={log.record} done={done} />,
    note: <NoteForm record={log.record} done={done} />,
  };
  return (
    <div className="field-screen">
      {back}
      <PageHeading>{t('page.heading', { codeName: op.codeName })}</PageHeading>
      {op.status === 'executing' ? null : (
        <p className="notice notice-info">{t(`page.notExecuting.${op.status}`)}</p>
      )}
      <QueuePanel
        queue={log.queue}
        online={log.online}
        sending={log.sending}
        error={log.sendError}
        onRetry={() => void log.flush()}
        onDiscard={log.discard}
      />
      {op.status === 'executing' ? (
        <>
          <fieldset className="record-choices">
            <legend className="visually-hidden">{t('page.record')}</legend>
            {kinds.map((k) => (
              <button
                key={k}
                type="button"
                className="button big"
                aria-pressed={kind === k}
                onClick={() => {
                  setStatus(null);
                  setKind(kind === k ? null : k);
                }}
              >
                {kindWord(t, k)}
              </button>
            ))}
          </fieldset>
          <StatusMessage message={status} tone="success" />
          {kind ? forms[kind] : null}
        </>
      ) : null}
      <section className="panel" aria-labelledby="log-h">
        <div className="panel-head">
          <h2 id="log-h">{t('page.recorded')}</h2>
          <button type="button" className="button small" onClick={() => void log.reload()}>
            {t('page.refresh')}
          </button>
        </div>
        <ErrorMessage message={log.loadError} />
        {log.entries ? (
          <LogList entries={log.entries} linkExhibits={me.permissions.includes('evidence.read')} />
        ) : (
          <p className="muted">{t('page.loadingLog')}</p>
        )}
      </section>
    </div>
  );
}
