import { useTranslation } from 'react-i18next';
import { formatDay } from '../protection/labels.ts';
import { useCaseAction } from '../protection/useCaseAction.ts';
import { ErrorMessage, StatusMessage } from '../ui/Live.tsx';
import { TableWrap } from '../ui/TableWrap.tsx';
import { useLoad } from '../useLoad.ts';
import { word } from './codes.ts';
import { caseFilePath } from './paths.ts';
import { RemedyStepForm, RequestRemedyForm } from './RemedyForm.tsx';
import type { RemediesPage, Remedy } from './remedy-types.ts';
import type { CaseFile } from './types.ts';

interface Props {
  c: CaseFile;
  editable: boolean;
  onChanged: () => void;
}

/**
 * Civil and administrative remedies beside the criminal case (a site closed, a licence revoked, taxes assessed, a
 * civil suit), each against a suspect or the case's site, with its steps; requesting one and recording its steps.
 */
export function RemediesPanel({ c, editable }: Props) {
  const { t } = useTranslation('prosecution');
  const page = useLoad<RemediesPage>(caseFilePath(c.id, '/remedies'));
  const action = useCaseAction(page.reload);
  const remedies = page.data?.remedies ?? [];
  const open = remedies.filter((r) => r.next.length > 0);
  return (
    <section className="panel" aria-labelledby="remedies-h">
      <h2 id="remedies-h">{t('remedies.heading')}</h2>
      <p className="hint">{t('remedies.hint')}</p>
      <ErrorMessage message={page.error} />
      {page.loading && !page.data ? <p className="muted">{t('remedies.loading')}</p> : null}
      {page.data && remedies.length === 0 ? <p className="muted">{t('remedies.none')}</p> : null}
      {remedies.length > 0 ? (
        <TableWrap>
          <table>
            <caption className="visually-hidden">{t('remedies.caption')}</caption>
            <thead>
              <tr>
                <th scope="col">{t('remedies.remedy')}</th>
                <th scope="col">{t('remedies.against')}</th>
                <th scope="col">{t('words.authority')}</th>
                <th scope="col">{t('words.status')}</th>
                <th scope="col">{t('remedies.steps')}</th>
              </tr>
            </thead>
            <tbody>
              {remedies.map((r) => (
                <RemedyRow key={r.id} r={r} />
              ))}
            </tbody>
          </table>
        </TableWrap>
      ) : null}
      <ErrorMessage message={action.error} />
      <StatusMessage message={action.done} tone="success" />
      {editable && open.length > 0 ? <RemedyStepForm c={c} remedies={open} action={action} /> : null}
      {editable ? <RequestRemedyForm c={c} action={action} /> : null}
    </section>
  );
}

function RemedyRow({ r }: { r: Remedy }) {
  const { t } = useTranslation('prosecution');
  return (
    <tr>
      <th scope="row">{word(t, 'remedyKind', r.kind)}</th>
      <td>
        {r.target === 'site'
          ? word(t, 'remedyTarget', 'site')
          : (r.suspect?.label ?? word(t, 'remedyTarget', 'suspect'))}
      </td>
      <td className="word-break">
        {r.authority}
        {r.reference ? <span className="sub">{t('words.ref', { ref: r.reference })}</span> : null}
      </td>
      <td>
        <strong>{word(t, 'remedyStatus', r.status)}</strong>
      </td>
      <td>
        <ol className="plain-list">
          {r.steps.map((s) => (
            <li key={`${s.status}-${s.recordedAt}`}>
              {t('words.stepOn', { step: word(t, 'remedyStatus', s.status), day: formatDay(s.on) })}
              {s.reference && s.reference !== r.reference ? (
                <span className="sub">{t('words.ref', { ref: s.reference })}</span>
              ) : null}
            </li>
          ))}
        </ol>
      </td>
    </tr>
  );
}
