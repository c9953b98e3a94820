import type { TFunction } from 'i18next';
import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api } from '../../api.ts';
import type { Me } from '../../types.ts';
import { ConfirmButton } from '../../ui/ConfirmButton.tsx';
import { Field } from '../../ui/Field.tsx';
import { formatDate } from '../../ui/format.ts';
import { ErrorMessage } from '../../ui/Live.tsx';
import { useSubmit } from '../../ui/useSubmit.ts';
import { figureLines, statusWord } from './figure-words.ts';
import {
  type Summary,
  type SummaryKind,
  type SummaryWithdrawBody,
  type SummaryWordsBody,
  summaryApi,
} from './types.ts';

interface Props {
  s: Summary;
  kind: SummaryKind;
  me: Me;
  onChanged: (message: string) => void;
  /** An action starts: the panel clears what it said about the last one. */
  onStart: () => void;
}

/** Who did what to the summary so far, in one sentence. */
function history(t: TFunction<'outcomes'>, s: Summary): string {
  const who = {
    by: s.draftedBy || t('summary.someone'),
    on: formatDate(s.draftedAt),
    approver: s.approvedBy ?? '',
    released: s.releasedAt ? formatDate(s.releasedAt) : '',
  };
  if (s.approvedBy && s.releasedAt) return t('summary.historyApprovedReleased', who);
  if (s.approvedBy) return t('summary.historyApproved', who);
  if (s.releasedAt) return t('summary.historyReleased', who);
  return t('summary.history', who);
}

/** One summary: its status, the figures it rests on, its words (editable until released), and the next steps. */
export function SummaryReview({ s, kind, me, onChanged, onStart }: Props) {
  const { t } = useTranslation('outcomes');
  const [headline, setHeadline] = useState(s.headline);
  const [body, setBody] = useState(s.body);
  const [reason, setReason] = useState('');
  const { busy, error, setError, handle } = useSubmit();
  const bodyId = useId();
  const base = `${summaryApi(kind)}/public-summaries/${encodeURIComponent(s.id)}`;
  const open = s.status === 'draft' || s.status === 'approved';
  const writer = s.draftedById === me.user.id;
  const save = handle(async () => {
    onStart();
    await api.put(base, { headline: headline.trim(), body: body.trim() } satisfies SummaryWordsBody);
    onChanged(s.status === 'approved' ? t('summary.savedReapprove') : t('summary.saved'));
  });
  const step = (send: () => Promise<unknown>, message: string) =>
    handle(async () => {
      onStart();
      await send();
      onChanged(message);
    });
  const approve = step(() => api.post(`${base}/approve`), t('summary.approved'));
  const release = step(() => api.post(`${base}/release`), t('summary.released'));
  const withdraw = () => {
    if (!reason.trim()) {
      setError(t('summary.sayWhy'));
      return;
    }
    void step(
      () => api.post(`${base}/withdraw`, { reason: reason.trim() } satisfies SummaryWithdrawBody),
      t('summary.withdrawn'),
    )();
  };
  return (
    <div className="stack summary-review">
      <p className="summary-status">
        <strong>{statusWord(t, s.status)}</strong> <span className="muted">{history(t, s)}</span>
      </p>
      {s.status === 'withdrawn' ? <p>{t('summary.why', { reason: s.withdrawnReason ?? '' })}</p> : null}
      <h3>{t('summary.figures')}</h3>
      <ul className="summary-figures">
        {figureLines(t, s.figures).map((line) => (
          <li key={line}>{line}</li>
        ))}
      </ul>
      {open ? (
        <form className="stack form-wide" aria-label={t('summary.words')} onSubmit={save}>
          <h3>{t('summary.forPress')}</h3>
          <Field
            label={t('summary.headline')}
            value={headline}
            onChange={setHeadline}
            required
            maxLength={200}
          />
          <div className="field">
            <label htmlFor={bodyId}>{t('summary.text')}</label>
            <textarea
              id={bodyId}
              rows={6}
              value={body}
              onChange={(e) => setBody(e.target.value)}
              required
              maxLength={4000}
            />
          </div>
          <div className="actions">
            <button type="submit" className="button" disabled={busy}>
              {t('summary.saveText')}
            </button>
          </div>
        </form>
      ) : (
        <blockquote className="summary-text">
          <p>
            <strong>{s.headline}</strong>
          </p>
          <p>{s.body}</p>
        </blockquote>
      )}
      {s.status === 'draft' && writer ? <p className="muted">{t('summary.youWrote')}</p> : null}
      <div className="actions">
        {s.status === 'draft' && !writer ? (
          <button type="button" className="button primary" disabled={busy} onClick={() => void approve()}>
            {t('summary.approve')}
          </button>
        ) : null}
        {s.status === 'approved' ? (
          <ConfirmButton
            label={t('summary.release')}
            question={t('summary.releaseQuestion')}
            confirmLabel={t('summary.yesRelease')}
            primary
            busy={busy}
            onConfirm={() => void release()}
          />
        ) : null}
      </div>
      {s.status !== 'withdrawn' ? (
        <div className="stack withdraw">
          <Field
            label={t('summary.reason')}
            value={reason}
            onChange={setReason}
            maxLength={300}
            hint={t('summary.reasonHint')}
          />
          <div className="actions">
            <ConfirmButton
              label={t('summary.withdraw')}
              question={t('summary.withdrawQuestion')}
              confirmLabel={t('summary.yesWithdraw')}
              busy={busy}
              onConfirm={withdraw}
            />
          </div>
        </div>
      ) : null}
      <ErrorMessage message={error} />
    </div>
  );
}
