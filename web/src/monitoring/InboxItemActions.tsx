import { type FormEvent, useState } from 'react';
import { api } from '../api.ts';
import { href } from '../router.ts';
import { SelectField } from '../screening/controls.tsx';
import { ErrorMessage, StatusMessage } from '../ui/Live.tsx';
import { FEEDBACK_STATUSES, INFO_GRADES, SOURCE_GRADES } from './labels.ts';
import { TextBox } from './TextBox.tsx';
import type { InboxItem } from './types.ts';
import { useTipAction } from './useTipAction.ts';

const routingApi = (id: string, tail: string) => `/api/monitoring/routings/${encodeURIComponent(id)}${tail}`;

interface Props {
  item: InboxItem;
  /** The reader may open the intelligence report made on receipt. */
  canReadIntel: boolean;
  /** The reader records intelligence: receiving files the item as a graded report. */
  keepsIntel: boolean;
  onChanged: () => void;
}

/**
 * Receiving a routed item (graded: how reliable the sender is, how the information is known), which files it as an
 * intelligence report; then telling the sender what the agency does with it.
 */
export function InboxItemActions({ item, canReadIntel, keepsIntel, onChanged }: Props) {
  const [sourceGrade, setSourceGrade] = useState('2');
  const [infoGrade, setInfoGrade] = useState('C');
  const [status, setStatus] = useState('acting');
  const [feedback, setFeedback] = useState('');
  const [reportId, setReportId] = useState<string | null>(item.reportId);
  const action = useTipAction(onChanged);
  const what = item.itemType === 'inspection' ? 'the finding' : 'the tip';
  const label = `${what} from ${item.fromAgencyName}`;

  const receive = (event: FormEvent) => {
    event.preventDefault();
    void action.run(
      async () => {
        const r = await api.post<{ reportId: string | null; entities: number }>(
          routingApi(item.routingId, '/receive'),
          { sourceGrade, infoGrade },
        );
        setReportId(r.reportId);
        return r.reportId;
      },
      (report) => (report ? 'Received and filed as an intelligence report.' : 'Received.'),
    )();
  };
  const tell = (event: FormEvent) => {
    event.preventDefault();
    if (action.refuse(feedback.trim() ? null : 'Write what the sender should know.')) return;
    void action.run(async () => {
      await api.post(routingApi(item.routingId, '/feedback'), { status, feedback: feedback.trim() });
      setFeedback('');
    }, 'The sender has been told.')();
  };

  const report = reportId ?? item.reportId;
  return (
    <>
      {item.status === 'sent' ? (
        <form className="stack subform" onSubmit={receive} noValidate aria-label={`Receive ${label}`}>
          <div className="row">
            <SelectField
              label="How reliable is the sender"
              value={sourceGrade}
              onChange={setSourceGrade}
              options={SOURCE_GRADES}
            />
            <SelectField
              label="How the information is known"
              value={infoGrade}
              onChange={setInfoGrade}
              options={INFO_GRADES}
            />
          </div>
          <div>
            <button type="submit" className="button primary" disabled={action.busy}>
              Receive<span className="visually-hidden"> {label}</span>
              {keepsIntel ? ' into intelligence' : ''}
            </button>
          </div>
        </form>
      ) : null}
      {report ? (
        <p>
          {canReadIntel ? (
            <a href={href(`/intel/reports/${encodeURIComponent(report)}`)}>Open the intelligence report</a>
          ) : (
            'Filed as an intelligence report of your agency.'
          )}
        </p>
      ) : null}
      {item.status !== 'sent' ? (
        <form className="stack subform" onSubmit={tell} noValidate aria-label={`Tell the sender ${label}`}>
          <div className="row">
            <SelectField
              label="What you are doing"
              value={status}
              onChange={setStatus}
              options={FEEDBACK_STATUSES}
            />
          </div>
          <TextBox
            label="What the sender may know"
            value={feedback}
            onChange={setFeedback}
            rows={2}
            hint="The sender reads it. Nothing about an operation that has not ended."
          />
          <div>
            <button type="submit" className="button" disabled={action.busy}>
              Tell the sender
            </button>
          </div>
        </form>
      ) : null}
      <ErrorMessage message={action.error} />
      <StatusMessage message={action.done} tone="success" />
    </>
  );
}
