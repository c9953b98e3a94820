import { type FormEvent, useState } from 'react';
import { Trans, useTranslation } from 'react-i18next';
import { api } from '../api.ts';
import { Field } from '../ui/Field.tsx';
import { formatNumber } from '../ui/format.ts';
import { ErrorMessage, StatusMessage } from '../ui/Live.tsx';
import { TableWrap } from '../ui/TableWrap.tsx';
import type { CasePage, Stay } from './case-types.ts';
import { formatDay, isoDay, stayWarningWords } from './labels.ts';
import { StayForm } from './StayForm.tsx';
import type { StayEndBody } from './types.ts';
import { type CaseAction, casePath, refuse, useCaseAction } from './useCaseAction.ts';

interface Props {
  c: CasePage;
  editable: boolean;
  onChanged: () => void;
}

/** The person's shelter stays, each with its days and warnings, the shelter-days in all; recording and ending. */
export function StaysPanel({ c, editable, onChanged }: Props) {
  const { t } = useTranslation('protection');
  const action = useCaseAction(onChanged);
  const open = c.stays.find((s) => s.endedOn === null);
  return (
    <section className="panel" aria-labelledby="stays-h">
      <h2 id="stays-h">{t('stays.title')}</h2>
      <p>
        <Trans
          t={t}
          i18nKey="stays.shelterDays"
          values={{ days: c.shelterDays }}
          components={{ 1: <strong /> }}
        />
      </p>
      {c.stays.length === 0 ? (
        <p className="muted">{t('stays.none')}</p>
      ) : (
        <TableWrap>
          <table>
            <caption>{t('stays.caption')}</caption>
            <thead>
              <tr>
                <th scope="col">{t('stays.place')}</th>
                <th scope="col">{t('stays.dates')}</th>
                <th scope="col">{t('stays.days')}</th>
                <th scope="col">{t('stays.freeToLeave')}</th>
                <th scope="col">{t('stays.courtDate')}</th>
                <th scope="col">{t('stays.warnings')}</th>
              </tr>
            </thead>
            <tbody>
              {c.stays.map((s) => (
                <StayRow key={s.id} s={s} />
              ))}
            </tbody>
          </table>
        </TableWrap>
      )}
      <ErrorMessage message={action.error} />
      <StatusMessage message={action.done} tone="success" />
      {editable && open ? <EndStay caseId={c.id} stay={open} action={action} /> : null}
      {editable && !open ? <StayForm caseId={c.id} action={action} /> : null}
    </section>
  );
}

function StayRow({ s }: { s: Stay }) {
  const { t } = useTranslation('protection');
  return (
    <tr>
      <th scope="row">{s.place}</th>
      <td>
        {s.endedOn
          ? t('stays.fromTo', { from: formatDay(s.startedOn), to: formatDay(s.endedOn) })
          : t('stays.fromStill', { from: formatDay(s.startedOn) })}
      </td>
      <td>{formatNumber(s.days)}</td>
      <td>{s.freeToLeave ? t('words.yes') : t('words.no')}</td>
      <td className="nowrap">{s.courtDate ? formatDay(s.courtDate) : t('words.none')}</td>
      <td>
        {s.warnings.length === 0 ? (
          <span className="muted">{t('words.none')}</span>
        ) : (
          <ul>
            {s.warnings.map((w) => (
              <li key={w}>
                <strong>{stayWarningWords(t, w)}</strong>
              </li>
            ))}
          </ul>
        )}
      </td>
    </tr>
  );
}

function EndStay({ caseId, stay, action }: { caseId: string; stay: Stay; action: CaseAction }) {
  const { t } = useTranslation('protection');
  const [endedOn, setEndedOn] = useState(isoDay());
  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (refuse(action, endedOn ? null : t('stays.end.problem'))) return;
    void action.run(
      () =>
        api.post(casePath(caseId, `/stays/${encodeURIComponent(stay.id)}/end`), {
          endedOn,
        } satisfies StayEndBody),
      t('stays.end.done'),
    )();
  };
  return (
    <form className="stack form-wide subform" onSubmit={submit} noValidate aria-labelledby="end-h">
      <h3 id="end-h">{t('stays.end.title', { place: stay.place })}</h3>
      <Field
        label={t('stays.end.endedOn')}
        type="date"
        value={endedOn}
        onChange={setEndedOn}
        min={stay.startedOn}
      />
      <div>
        <button type="submit" className="button" disabled={action.busy}>
          {action.busy ? t('stays.end.busy') : t('stays.end.submit')}
        </button>
      </div>
    </form>
  );
}
