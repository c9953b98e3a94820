import { useTranslation } from 'react-i18next';
import { formatDay } from '../protection/labels.ts';
import { useCaseAction } from '../protection/useCaseAction.ts';
import { keyed } from '../ui/keyed.ts';
import { ErrorMessage, StatusMessage } from '../ui/Live.tsx';
import { TableWrap } from '../ui/TableWrap.tsx';
import { listWords, word } from './codes.ts';
import { chargeName, countryName } from './court-labels.ts';
import type { Court, MlaRequest } from './court-types.ts';
import { MlaForm, MlaStepForm } from './MlaForm.tsx';
import { MLA_NEXT } from './mla-labels.ts';
import type { CaseFile } from './types.ts';

interface Props {
  c: CaseFile;
  /** The case in court, which carries the requests (null while it loads or when it failed). */
  court: Court | null;
  error: string | null;
  editable: boolean;
  onChanged: () => void;
}

/** Requests for mutual legal assistance to other countries: what is asked, whom it concerns, and their steps. */
export function MlaPanel({ c, court, error, editable, onChanged }: Props) {
  const { t } = useTranslation('prosecution');
  const action = useCaseAction(onChanged);
  const requests = court?.mla ?? [];
  const open = requests.filter((r) => (MLA_NEXT[r.status] ?? []).length > 0);
  return (
    <section className="panel" aria-labelledby="mla-h">
      <h2 id="mla-h">{t('mla.heading')}</h2>
      <p className="hint">{t('mla.hint')}</p>
      <ErrorMessage message={court ? null : error} />
      {court && requests.length === 0 ? <p className="muted">{t('mla.none')}</p> : null}
      {court && requests.length > 0 ? (
        <TableWrap>
          <table>
            <caption className="visually-hidden">{t('mla.caption')}</caption>
            <thead>
              <tr>
                <th scope="col">{t('mla.request')}</th>
                <th scope="col">{t('mla.to')}</th>
                <th scope="col">{t('mla.asks')}</th>
                <th scope="col">{t('mla.concerns')}</th>
                <th scope="col">{t('words.status')}</th>
              </tr>
            </thead>
            <tbody>
              {requests.map((r) => (
                <MlaRow key={r.id} r={r} c={c} court={court} />
              ))}
            </tbody>
          </table>
        </TableWrap>
      ) : null}
      <ErrorMessage message={action.error} />
      <StatusMessage message={action.done} tone="success" />
      {editable && court && open.length > 0 ? (
        <MlaStepForm court={court} requests={open} action={action} />
      ) : null}
      {editable && court ? <MlaForm c={c} court={court} action={action} /> : null}
    </section>
  );
}

function MlaRow({ r, c, court }: { r: MlaRequest; c: CaseFile; court: Court }) {
  const { t } = useTranslation('prosecution');
  const concerns = [
    ...r.suspectIds.map((id) => c.suspects.find((s) => s.id === id)?.label ?? t('words.aSuspectCap')),
    ...r.chargeIds.map((id) => {
      const ch = court.charges.find((x) => x.id === id);
      return ch ? chargeName(t, ch) : t('words.aCharge');
    }),
  ];
  return (
    <tr>
      <th scope="row" className="nowrap">
        {r.ref}
      </th>
      <td>
        {countryName(t, r.toCountry)}
        <span className="sub">{r.authority}</span>
      </td>
      <td>
        {listWords(
          t,
          r.asks.map((a) => word(t, 'mlaAsk', a)),
        )}
        {r.note ? <span className="sub word-break">{r.note}</span> : null}
      </td>
      <td>
        <ul className="plain-list">
          {keyed(concerns, (x) => x).map(({ key, item }) => (
            <li key={key}>{item}</li>
          ))}
        </ul>
      </td>
      <td>
        <strong>{word(t, 'mlaStatus', r.status)}</strong>
        {r.responseDueOn && (r.status === 'sent' || r.status === 'acknowledged') ? (
          <span className="sub">{t('mla.responseDue', { day: formatDay(r.responseDueOn) })}</span>
        ) : null}
        <ol className="plain-list sub" aria-label={t('mla.steps', { ref: r.ref })}>
          {keyed(r.steps, (s) => `${s.status}-${s.on}`).map(({ key, item: s }) => (
            <li key={key}>
              {t('words.stepOn', { step: word(t, 'mlaStatus', s.status), day: formatDay(s.on) })}
            </li>
          ))}
        </ol>
      </td>
    </tr>
  );
}
