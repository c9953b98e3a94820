import { useId, useState } from 'react';
import { api } from '../../api.ts';
import type { Me } from '../../types.ts';
import { ConfirmButton } from '../../ui/ConfirmButton.tsx';
import { Field } from '../../ui/Field.tsx';
import { formatDate } from '../../ui/format.ts';
import { ErrorMessage } from '../../ui/Live.tsx';
import { useSubmit } from '../../ui/useSubmit.ts';
import { figureLines, STATUS_WORDS } from './figure-words.ts';
import { type Summary, type SummaryKind, summaryApi } from './types.ts';

interface Props {
  s: Summary;
  kind: SummaryKind;
  me: Me;
  onChanged: (message: string) => void;
  /** An action starts: the panel clears what it said about the last one. */
  onStart: () => void;
}

/** Who did what to the summary so far, in one sentence. */
function history(s: Summary): string {
  const drafted = `Written by ${s.draftedBy || 'someone'} on ${formatDate(s.draftedAt)}`;
  const approved = s.approvedBy ? `; approved by ${s.approvedBy}` : '';
  const released = s.releasedAt ? `; released on ${formatDate(s.releasedAt)}` : '';
  return `${drafted}${approved}${released}.`;
}

/** One summary: its status, the figures it rests on, its words (editable until released), and the next steps. */
export function SummaryReview({ s, kind, me, onChanged, onStart }: Props) {
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
    await api.put(base, { headline: headline.trim(), body: body.trim() });
    onChanged(
      s.status === 'approved'
        ? 'Text saved. It was approved before the change: it needs approving again.'
        : 'Text saved.',
    );
  });
  const step = (path: string, payload: unknown, message: string) =>
    handle(async () => {
      onStart();
      await api.post(`${base}/${path}`, payload);
      onChanged(message);
    });
  const approve = step('approve', undefined, 'Summary approved: it may now be released.');
  const release = step('release', undefined, 'Summary released: the coordination office and donors read it.');
  const withdraw = () => {
    if (!reason.trim()) {
      setError('Say why the summary is withdrawn.');
      return;
    }
    void step('withdraw', { reason: reason.trim() }, 'Summary withdrawn.')();
  };
  return (
    <div className="stack summary-review">
      <p className="summary-status">
        <strong>{STATUS_WORDS[s.status]}</strong> <span className="muted">{history(s)}</span>
      </p>
      {s.status === 'withdrawn' ? <p>Why it was withdrawn: {s.withdrawnReason}</p> : null}
      <h3>The figures it rests on</h3>
      <ul className="summary-figures">
        {figureLines(s.figures).map((line) => (
          <li key={line}>{line}</li>
        ))}
      </ul>
      {open ? (
        <form className="stack form-wide" aria-label="Words of the summary" onSubmit={save}>
          <h3>Words for the press</h3>
          <Field label="Headline" value={headline} onChange={setHeadline} required maxLength={200} />
          <div className="field">
            <label htmlFor={bodyId}>Text</label>
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
              Save the text
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
      {s.status === 'draft' && writer ? (
        <p className="muted">You wrote this text: another member of your agency approves it.</p>
      ) : null}
      <div className="actions">
        {s.status === 'draft' && !writer ? (
          <button type="button" className="button primary" disabled={busy} onClick={() => void approve()}>
            Approve for release
          </button>
        ) : null}
        {s.status === 'approved' ? (
          <ConfirmButton
            label="Release to the press"
            question="Release this summary? The coordination office, donors and the press office will read it."
            confirmLabel="Yes, release it"
            primary
            busy={busy}
            onConfirm={() => void release()}
          />
        ) : null}
      </div>
      {s.status !== 'withdrawn' ? (
        <div className="stack withdraw">
          <Field
            label="Reason to withdraw"
            value={reason}
            onChange={setReason}
            maxLength={300}
            hint="Withdrawing takes the summary back; a new one may be drafted."
          />
          <div className="actions">
            <ConfirmButton
              label="Withdraw the summary"
              question="Withdraw this summary for the reason given?"
              confirmLabel="Yes, withdraw it"
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
