import { type FormEvent, useState } from 'react';
import { Trans, useTranslation } from 'react-i18next';
import { FEEDBACK_STATUSES, INFO_GRADE_CODES, SOURCE_GRADE_CODES } from '../../../src/monitoring/codes.ts';
import { api } from '../api.ts';
import { href } from '../router.ts';
import { SelectField } from '../screening/controls.tsx';
import { ErrorMessage, StatusMessage } from '../ui/Live.tsx';
import { feedbackStatusOptions, infoGradeOptions, onCode, sourceGradeOptions } from './labels.ts';
import { TextBox } from './TextBox.tsx';
import type { FeedbackBody, InboxItem, ReceiveBody, Received } from './types.ts';
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
  const { t } = useTranslation('monitoring');
  const [sourceGrade, setSourceGrade] = useState<ReceiveBody['sourceGrade']>('2');
  const [infoGrade, setInfoGrade] = useState<ReceiveBody['infoGrade']>('C');
  const [status, setStatus] = useState<FeedbackBody['status']>('acting');
  const [feedback, setFeedback] = useState('');
  const [reportId, setReportId] = useState<string | null>(item.reportId);
  const action = useTipAction(onChanged);
  const finding = item.itemType === 'inspection';
  const agency = { agency: item.fromAgencyName };

  const receive = (event: FormEvent) => {
    event.preventDefault();
    void action.run(
      async () => {
        const r = await api.post<Received>(routingApi(item.routingId, '/receive'), {
          sourceGrade,
          infoGrade,
        } satisfies ReceiveBody);
        setReportId(r.reportId);
        return r.reportId;
      },
      (report) => (report ? t('inboxActions.receivedFiled') : t('inboxActions.received')),
    )();
  };
  const tell = (event: FormEvent) => {
    event.preventDefault();
    if (action.refuse(feedback.trim() ? null : t('inboxActions.writeFeedback'))) return;
    void action.run(async () => {
      await api.post(routingApi(item.routingId, '/feedback'), {
        status,
        feedback: feedback.trim(),
      } satisfies FeedbackBody);
      setFeedback('');
    }, t('inboxActions.told'))();
  };

  const report = reportId ?? item.reportId;
  return (
    <>
      {item.status === 'sent' ? (
        <form
          className="stack subform"
          onSubmit={receive}
          noValidate
          aria-label={
            finding ? t('inboxActions.receiveFinding', agency) : t('inboxActions.receiveTip', agency)
          }
        >
          <div className="row">
            <SelectField
              label={t('inboxActions.sourceGrade')}
              value={sourceGrade}
              onChange={onCode(SOURCE_GRADE_CODES, setSourceGrade)}
              options={sourceGradeOptions()}
            />
            <SelectField
              label={t('inboxActions.infoGrade')}
              value={infoGrade}
              onChange={onCode(INFO_GRADE_CODES, setInfoGrade)}
              options={infoGradeOptions()}
            />
          </div>
          <div>
            <button type="submit" className="button primary" disabled={action.busy}>
              <Trans
                t={t}
                i18nKey={
                  finding
                    ? keepsIntel
                      ? 'inboxActions.receiveFindingIntelButton'
                      : 'inboxActions.receiveFindingButton'
                    : keepsIntel
                      ? 'inboxActions.receiveTipIntelButton'
                      : 'inboxActions.receiveTipButton'
                }
                values={agency}
                components={{ 1: <span className="visually-hidden" /> }}
              />
            </button>
          </div>
        </form>
      ) : null}
      {report ? (
        <p>
          {canReadIntel ? (
            <a href={href(`/intel/reports/${encodeURIComponent(report)}`)}>{t('inboxActions.openReport')}</a>
          ) : (
            t('inboxActions.filed')
          )}
        </p>
      ) : null}
      {item.status !== 'sent' ? (
        <form
          className="stack subform"
          onSubmit={tell}
          noValidate
          aria-label={finding ? t('inboxActions.tellFinding', agency) : t('inboxActions.tellTip', agency)}
        >
          <div className="row">
            <SelectField
              label={t('inboxActions.doing')}
              value={status}
              onChange={onCode(FEEDBACK_STATUSES, setStatus)}
              options={feedbackStatusOptions()}
            />
          </div>
          <TextBox
            label={t('inboxActions.feedback')}
            value={feedback}
            onChange={setFeedback}
            rows={2}
            hint={t('inboxActions.feedbackHint')}
          />
          <div>
            <button type="submit" className="button" disabled={action.busy}>
              {t('inboxActions.tell')}
            </button>
          </div>
        </form>
      ) : null}
      <ErrorMessage message={action.error} />
      <StatusMessage message={action.done} tone="success" />
    </>
  );
}
