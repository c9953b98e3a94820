import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ApiError, api } from '../api.ts';
import { newId } from '../field/uuid.ts';
import { NoteField } from '../operations/NoteField.tsx';
import { SelectField } from '../screening/controls.tsx';
import { fromLocalInput, toLocalInput } from '../ui/datetime.ts';
import { Field } from '../ui/Field.tsx';
import { formatNumber } from '../ui/format.ts';
import { ErrorMessage, StatusMessage } from '../ui/Live.tsx';
import { useSubmit } from '../ui/useSubmit.ts';
import { custodyActionOptions, custodyMethodOptions } from './labels.ts';
import type { CustodyAction, CustodyBody, CustodyMethod, CustodyRecorded, Exhibit } from './types.ts';
import { useMembers } from './useMembers.ts';

interface Props {
  x: Exhibit;
  canReadOperations: boolean;
  onRecorded: () => void;
}

/**
 * Records the next custody entry: to whom (a member of the operation, or a person or body outside Lantern), why,
 * under what authority, how, where and when. A re-verified digital hash keeps the custodian.
 */
export function CustodyForm({ x, canReadOperations, onRecorded }: Props) {
  const { t } = useTranslation('evidence');
  const members = useMembers(x.operation?.id ?? null, canReadOperations);
  const [action, setAction] = useState<CustodyAction | ''>('');
  const [toUserId, setToUserId] = useState('');
  const [toExternal, setToExternal] = useState('');
  const [purpose, setPurpose] = useState('');
  const [authority, setAuthority] = useState('');
  const [method, setMethod] = useState<CustodyMethod>('in_person');
  const [place, setPlace] = useState('');
  const [at, setAt] = useState(() => toLocalInput(new Date().toISOString(), true));
  const [atTouched, setAtTouched] = useState(false);
  const [hash, setHash] = useState('');
  const [note, setNote] = useState('');
  const [status, setStatus] = useState<string | null>(null);
  // The entry's id, kept until it is recorded: sent again after a lost answer, it is not chained twice.
  const [entryId, setEntryId] = useState(newId);
  const { busy, error, setError, handle } = useSubmit();
  const keeps = action === 'hash_reverified';
  const digital = x.nature === 'digital';
  const submit = handle(async () => {
    setStatus(null);
    if (!action) return setError(t('form.chooseAction'));
    if (!keeps && !toUserId && !toExternal.trim()) return setError(t('form.nameCustodian'));
    if (!keeps && toUserId && toExternal.trim()) return setError(t('form.oneCustodian'));
    if (!purpose.trim() || !authority.trim() || !place.trim())
      return setError(t('form.purposeAuthorityPlace'));
    const when = atTouched ? fromLocalInput(at) : new Date().toISOString();
    if (!when) return setError(t('form.giveWhen'));
    if (hash.trim() && !/^[0-9a-f]{64}$/i.test(hash.trim())) return setError(t('form.hashFormat'));
    if (keeps && !hash.trim()) return setError(t('form.hashNeeded'));
    const send = () =>
      api.post<CustodyRecorded>(`/api/evidence/exhibits/${encodeURIComponent(x.id)}/custody`, {
        action,
        toUserId: keeps || !toUserId ? null : toUserId,
        toExternal: keeps || toUserId ? null : toExternal.trim(),
        purpose: purpose.trim(),
        authority: authority.trim(),
        method,
        place: place.trim(),
        at: when,
        hashObserved: digital && hash.trim() ? hash.trim().toLowerCase() : null,
        note: note.trim(),
        id: entryId,
        // The chain as shown: if someone has recorded an entry since, the server refuses this one (409) and the
        // chain is read again before anything is chained after their move.
        afterSeq: x.custody.length,
      } satisfies CustodyBody);
    let r: CustodyRecorded;
    try {
      r = await send();
    } catch (e) {
      if (e instanceof ApiError && e.status === 409) onRecorded();
      throw e;
    }
    setStatus(
      r.hashMatches === false
        ? t('form.recordedMismatch', { seq: formatNumber(r.seq, { useGrouping: false }) })
        : t('form.recorded', { seq: formatNumber(r.seq, { useGrouping: false }) }),
    );
    setEntryId(newId());
    setAction('');
    setToUserId('');
    setToExternal('');
    setHash('');
    setNote('');
    setAtTouched(false);
    onRecorded();
  });
  return (
    <section className="panel no-print" aria-labelledby="custody-form-h">
      <h2 id="custody-form-h">{t('form.title')}</h2>
      <form className="stack form-wide" onSubmit={submit} noValidate>
        <div className="row">
          <SelectField
            label={t('form.action')}
            value={action}
            onChange={(v) => setAction(v as CustodyAction | '')}
            options={custodyActionOptions()}
            placeholder={t('form.choose')}
          />
          <SelectField
            label={t('form.method')}
            value={method}
            onChange={(v) => setMethod(v as CustodyMethod)}
            options={custodyMethodOptions()}
          />
        </div>
        {keeps ? null : (
          <div className="row">
            {members.length ? (
              <SelectField
                label={t('form.member')}
                value={toUserId}
                onChange={setToUserId}
                options={members.map(
                  (m) => [m.userId, t('form.memberWords', { name: m.name, agency: m.agency })] as const,
                )}
                placeholder={t('form.noMember')}
              />
            ) : null}
            <Field
              label={t('form.outside')}
              value={toExternal}
              onChange={setToExternal}
              hint={t('form.outsideHint')}
              disabled={Boolean(toUserId)}
              autoComplete="off"
            />
          </div>
        )}
        <div className="row">
          <Field label={t('form.purpose')} value={purpose} onChange={setPurpose} autoComplete="off" />
          <Field
            label={t('form.authority')}
            value={authority}
            onChange={setAuthority}
            hint={t('form.authorityHint')}
            autoComplete="off"
          />
        </div>
        <div className="row">
          <Field label={t('form.place')} value={place} onChange={setPlace} autoComplete="off" />
          <Field
            label={t('form.when')}
            type="datetime-local"
            step={1}
            value={at}
            onChange={(v) => {
              setAt(v);
              setAtTouched(true);
            }}
            hint={t('form.whenHint')}
          />
        </div>
        {digital ? (
          <Field
            label={t('form.hash')}
            value={hash}
            onChange={setHash}
            className="mono"
            spellCheck={false}
            autoComplete="off"
            hint={t('form.hashHint')}
          />
        ) : null}
        <NoteField label={t('form.note')} value={note} onChange={setNote} />
        <ErrorMessage message={error} />
        <StatusMessage message={status} tone="success" />
        <div>
          <button type="submit" className="button primary" disabled={busy}>
            {t('form.submit')}
          </button>
        </div>
      </form>
    </section>
  );
}
