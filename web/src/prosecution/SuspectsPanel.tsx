import { useTranslation } from 'react-i18next';
import { useCaseAction } from '../protection/useCaseAction.ts';
import { href } from '../router.ts';
import { formatDay } from '../ui/datetime.ts';
import { formatDate } from '../ui/format.ts';
import { ErrorMessage, StatusMessage } from '../ui/Live.tsx';
import { TableWrap } from '../ui/TableWrap.tsx';
import { word } from './codes.ts';
import { AddSuspectForm, RoleForm, StepForm } from './SuspectForms.tsx';
import type { CaseFile, Suspect } from './types.ts';

interface Props {
  c: CaseFile;
  editable: boolean;
  onChanged: () => void;
  canReadIntel: boolean;
}

/** The case's suspects: the role each played and its tier, arrest, cooperation and confession; the forms to change them. */
export function SuspectsPanel({ c, editable, onChanged, canReadIntel }: Props) {
  const { t } = useTranslation('prosecution');
  const action = useCaseAction(onChanged);
  return (
    <section className="panel" aria-labelledby="suspects-h">
      <h2 id="suspects-h">{t('suspects.heading')}</h2>
      <p className="hint">{t('suspects.hint')}</p>
      {c.suspects.length === 0 ? (
        <p className="muted">{t('suspects.none')}</p>
      ) : (
        <TableWrap>
          <table>
            <caption className="visually-hidden">{t('suspects.caption')}</caption>
            <thead>
              <tr>
                <th scope="col">{t('words.suspect')}</th>
                <th scope="col">{t('suspects.role')}</th>
                <th scope="col">{t('suspects.arrested')}</th>
                <th scope="col">{t('suspects.standing')}</th>
              </tr>
            </thead>
            <tbody>
              {c.suspects.map((s) => (
                <SuspectRow key={s.id} s={s} canReadIntel={canReadIntel} />
              ))}
            </tbody>
          </table>
        </TableWrap>
      )}
      <ErrorMessage message={action.error} />
      <StatusMessage message={action.done} tone="success" />
      {editable && c.suspects.length > 0 ? <RoleForm c={c} action={action} /> : null}
      {editable && c.suspects.length > 0 ? <StepForm c={c} action={action} /> : null}
      {editable ? <AddSuspectForm c={c} action={action} /> : null}
    </section>
  );
}

function SuspectRow({ s, canReadIntel }: { s: Suspect; canReadIntel: boolean }) {
  const { t } = useTranslation('prosecution');
  const role = word(t, 'suspectRole', s.role);
  return (
    <tr>
      <th scope="row">
        {s.entityId && canReadIntel ? (
          <a href={href(`/intel/entities/${encodeURIComponent(s.entityId)}`)}>{s.label}</a>
        ) : (
          s.label
        )}
      </th>
      <td>
        {role ? <span>{role}</span> : <span className="muted">{t('suspects.notSet')}</span>}
        {s.tier ? <span className="sub">{word(t, 'tier', s.tier)}</span> : null}
      </td>
      <td className="nowrap">
        {s.arrested
          ? s.arrestedAt
            ? t('suspects.yesOn', { day: formatDate(s.arrestedAt) })
            : t('suspects.yes')
          : t('suspects.no')}
      </td>
      <td>
        {s.steps.length === 0 ? (
          <span className="muted">{t('suspects.nothing')}</span>
        ) : (
          <>
            {s.cooperation ? (
              <span>{t('suspects.state', { words: word(t, 'cooperation', s.cooperation) })} </span>
            ) : null}
            {s.confession ? (
              <span>{t('suspects.state', { words: word(t, 'confession', s.confession) })}</span>
            ) : null}
            <ul className="plain-list sub">
              {s.steps.map((x) => (
                <li key={`${x.step}-${x.recordedAt}`}>
                  {t('words.stepOn', { step: word(t, 'suspectStep', x.step), day: formatDay(x.on) })}
                </li>
              ))}
            </ul>
          </>
        )}
      </td>
    </tr>
  );
}
