import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { KitGate } from '../offline/KitGate.tsx';
import { operationPath } from '../plans/paths.ts';
import { href } from '../router.ts';
import type { Me } from '../types.ts';
import { formatClock } from '../ui/datetime.ts';
import { ErrorMessage, StatusMessage } from '../ui/Live.tsx';
import { PageHeading } from '../ui/PageHeading.tsx';
import { ArrestForm } from './ArrestForm.tsx';
import { CorrectionForm } from './CorrectionForm.tsx';
import { ExhibitForm } from './ExhibitForm.tsx';
import { LogList } from './LogList.tsx';
import { NoteForm } from './NoteForm.tsx';
import { QueuePanel } from './QueuePanel.tsx';
import { RemovalForm } from './RemovalForm.tsx';
import { kindWord } from './summary.ts';
import type { EntryKind, LogEntry } from './types.ts';
import { useFieldLog } from './useFieldLog.ts';
import { useKeptOperation } from './useKeptOperation.ts';

/**
 * `#/operations/plan/<id>/field`: the execution screen, made for a phone. It opens on the field kit, the sealed
 * store on this phone (set up the first time, unlocked after), which keeps what it needs to work offline.
 */
export function FieldPage({ id, me, offline = false }: { id: string; me: Me; offline?: boolean }) {
  return (
    <KitGate me={me}>
      <FieldScreen id={id} me={me} offline={offline} />
    </KitGate>
  );
}

/**
 * Arrests, exhibits, people removed and notes are recorded as they happen, and entries corrected; without a
 * connection they wait on the phone, sealed, and are sent when it returns.
 */
function FieldScreen({ id, me, offline }: { id: string; me: Me; offline: boolean }) {
  const { t } = useTranslation('field');
  const loaded = useKeptOperation(id);
  const author = useMemo(
    () => ({ id: me.user.id, name: me.user.displayName }),
    [me.user.id, me.user.displayName],
  );
  const log = useFieldLog(id, author);
  const [kind, setKind] = useState<EntryKind | null>(null);
  const [correcting, setCorrecting] = useState<LogEntry | null>(null);
  const [status, setStatus] = useState<string | null>(null);
  const op = loaded.data;
  // Opened offline there is no operation page to go back to.
  const back = offline ? null : (
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
    setCorrecting(null);
  };
  const commander = op.myRole === 'command';
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
        onDiscard={(x) => void log.discard(x)}
        onKeepMine={(x) => void log.keepMine(x)}
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
                  setCorrecting(null);
                  setKind(kind === k ? null : k);
                }}
              >
                {kindWord(t, k)}
              </button>
            ))}
          </fieldset>
          {kind ? forms[kind] : null}
        </>
      ) : null}
      <StatusMessage message={status} tone="success" />
      {correcting ? (
        <CorrectionForm
          key={correcting.id}
          entry={correcting}
          correct={log.correct}
          done={done}
          cancel={() => setCorrecting(null)}
        />
      ) : null}
      <section className="panel" aria-labelledby="log-h">
        <div className="panel-head">
          <h2 id="log-h">{t('page.recorded')}</h2>
          <button type="button" className="button small" onClick={() => void log.reload()}>
            {t('page.refresh')}
          </button>
        </div>
        <ErrorMessage message={log.loadError} />
        {log.keptAt ? <p className="muted">{t('kit.keptAt', { time: formatClock(log.keptAt) })}</p> : null}
        {log.entries ? (
          <LogList
            entries={log.entries}
            linkExhibits={!offline && me.permissions.includes('evidence.read')}
            mayCorrect={(e) => commander || e.recordedBy === me.user.displayName}
            onCorrect={(e) => {
              setStatus(null);
              setKind(null);
              setCorrecting(e);
            }}
          />
        ) : (
          <p className="muted">{t('page.loadingLog')}</p>
        )}
      </section>
    </div>
  );
}
