import { useTranslation } from 'react-i18next';
import { api } from '../api.ts';
import { navigate } from '../router.ts';
import { languageOptions, wordFor } from '../screening/labels.ts';
import { ErrorMessage } from '../ui/Live.tsx';
import { TableWrap } from '../ui/TableWrap.tsx';
import { useSubmit } from '../ui/useSubmit.ts';
import { AddMemberForm } from './AddMemberForm.tsx';
import { memberRoleOptions } from './labels.ts';
import { operationApi } from './paths.ts';
import type { MemberRemoved, Operation } from './types.ts';

interface Props {
  op: Operation;
  commands: boolean;
  onChange: (op: Operation) => void;
}

/** The named members: only they see the operation. Commanders add and remove them. */
export function TeamPanel({ op, commands, onChange }: Props) {
  const { t } = useTranslation('plans');
  const { busy, error, handle } = useSubmit();
  const open = op.status !== 'concluded' && op.status !== 'cancelled';
  const remove = (memberId: string) =>
    handle(async () => {
      const r = await api.delete<MemberRemoved>(
        `${operationApi(op.id)}/members/${encodeURIComponent(memberId)}`,
      );
      if ('left' in r) navigate('/operations');
      else onChange(r);
    });
  const roles = memberRoleOptions();
  const languages = languageOptions();
  return (
    <section className="panel" aria-labelledby="team-h">
      <h2 id="team-h">{t('team.title')}</h2>
      <p className="hint">{t('team.hint')}</p>
      <TableWrap>
        <table>
          <caption className="visually-hidden">{t('team.caption', { codeName: op.codeName })}</caption>
          <thead>
            <tr>
              <th scope="col">{t('team.name')}</th>
              <th scope="col">{t('team.agency')}</th>
              <th scope="col">{t('team.role')}</th>
              <th scope="col">{t('team.team')}</th>
              <th scope="col">{t('team.language')}</th>
              {commands && open ? <th scope="col">{t('team.remove')}</th> : null}
            </tr>
          </thead>
          <tbody>
            {op.members.map((m) => (
              <tr key={m.id}>
                <th scope="row">{m.name}</th>
                <td>{m.agency}</td>
                <td>{wordFor(roles, m.role)}</td>
                <td>{m.team}</td>
                <td>{m.language ? wordFor(languages, m.language) : ''}</td>
                {commands && open ? (
                  <td>
                    <button
                      type="button"
                      className="button small"
                      disabled={busy}
                      aria-label={t('team.removeName', { name: m.name })}
                      onClick={() => void remove(m.id)()}
                    >
                      {t('team.remove')}
                    </button>
                  </td>
                ) : null}
              </tr>
            ))}
          </tbody>
        </table>
      </TableWrap>
      <ErrorMessage message={error} />
      {commands && open ? <AddMemberForm op={op} onChange={onChange} /> : null}
    </section>
  );
}
