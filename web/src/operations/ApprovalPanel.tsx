import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ApiError, api } from '../api.ts';
import { formatDateTime } from '../ui/format.ts';
import { ErrorMessage } from '../ui/Live.tsx';
import { useSubmit } from '../ui/useSubmit.ts';
import { NoteField } from './NoteField.tsx';
import { StatusBadge } from './StatusBadge.tsx';
import type { ApprovalBody, Decision } from './types.ts';

/** Approval by a second commander: the note and the verdict, or the form to give them. */
export function ApprovalPanel({ d, canWrite, userId, onChange }: Props) {
  const { t } = useTranslation('operations');
  const [note, setNote] = useState('');
  const { busy, error, handle } = useSubmit();
  const send = (approve: boolean) =>
    handle(async () => {
      const path = `/api/operations/decisions/${encodeURIComponent(d.id)}/approval`;
      try {
        onChange(await api.post<Decision>(path, { approve, note: note.trim() } satisfies ApprovalBody));
      } catch (e) {
        throw e instanceof ApiError && e.status === 403 ? new ApiError(403, e.code, t('approval.own')) : e;
      }
    });
  const verdict = () => {
    const status = d.status === 'approved' ? 'approved' : 'rejected';
    const name = d.approvedBy ?? t('approval.unknown');
    const sentences = [
      d.approvedAt
        ? t(`approval.verdict.${status}`, { name, date: formatDateTime(d.approvedAt) })
        : t(`approval.verdictUndated.${status}`, { name }),
    ];
    // A compartmented decision's note is withheld (sent empty).
    const note =
      d.target.compartmented && d.approvalNote !== null ? t('decision.textWithheld') : d.approvalNote;
    if (note) sentences.push(t('approval.noteWords', { note }));
    return sentences.join(' ');
  };
  return (
    <section className="panel" aria-labelledby="approval-h">
      <h2 id="approval-h">{t('approval.title')}</h2>
      <p>
        <StatusBadge status={d.status} />
      </p>
      {d.status !== 'awaiting_approval' ? (
        <p>{verdict()}</p>
      ) : canWrite && d.decidedById === userId ? (
        // Nobody approves their own decision: the form is for the other commanders.
        <p className="muted">{t('approval.own')}</p>
      ) : canWrite ? (
        <form className="stack" onSubmit={send(true)} noValidate>
          <p className="hint">{t('approval.hint')}</p>
          <NoteField label={t('approval.note')} value={note} onChange={setNote} />
          <div className="actions">
            <button type="submit" className="button primary" disabled={busy}>
              {t('approval.approve')}
            </button>
            <button type="button" className="button" disabled={busy} onClick={() => void send(false)()}>
              {t('approval.reject')}
            </button>
          </div>
          <ErrorMessage message={error} />
        </form>
      ) : (
        <p className="muted">{t('approval.waiting')}</p>
      )}
    </section>
  );
}

interface Props {
  d: Decision;
  canWrite: boolean;
  /** The signed-in user: the one who decided sees no approval form. */
  userId: string;
  onChange: (d: Decision) => void;
}
