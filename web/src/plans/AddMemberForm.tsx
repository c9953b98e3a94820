import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api } from '../api.ts';
import { SelectField } from '../screening/controls.tsx';
import { languageOptions } from '../screening/labels.ts';
import { Field } from '../ui/Field.tsx';
import { ErrorMessage, StatusMessage } from '../ui/Live.tsx';
import { useSubmit } from '../ui/useSubmit.ts';
import { useLoad } from '../useLoad.ts';
import { memberRoleOptions } from './labels.ts';
import { operationApi } from './paths.ts';
import type { Candidates, MemberBody, MemberRole, Operation } from './types.ts';

/** Names a member from the people whose roles let them see operations, in any agency. */
export function AddMemberForm({ op, onChange }: { op: Operation; onChange: (op: Operation) => void }) {
  const { t } = useTranslation('plans');
  const candidates = useLoad<Candidates>(`${operationApi(op.id)}/candidates`);
  const [userId, setUserId] = useState('');
  const [role, setRole] = useState<MemberRole | ''>('');
  const [team, setTeam] = useState('');
  const [language, setLanguage] = useState('');
  const [status, setStatus] = useState<string | null>(null);
  const { busy, error, setError, handle } = useSubmit();
  const members = new Set(op.members.map((m) => m.userId));
  const available = (candidates.data?.candidates ?? []).filter((c) => !members.has(c.userId));
  const options = available.map((c) => [c.userId, `${c.name} — ${c.agency}`] as const);
  const submit = handle(async () => {
    setStatus(null);
    if (!userId) return setError(t('team.add.choosePerson'));
    if (!role) return setError(t('team.add.chooseRole'));
    if (role === 'interpreter' && !language) return setError(t('team.add.chooseLanguage'));
    const name = available.find((c) => c.userId === userId)?.name ?? t('team.add.thePerson');
    onChange(
      await api.post<Operation>(`${operationApi(op.id)}/members`, {
        userId,
        role,
        team: team.trim(),
        language: language || null,
      } satisfies MemberBody),
    );
    setUserId('');
    setRole('');
    setLanguage('');
    setStatus(t('team.add.added', { name }));
  });
  return (
    <form className="stack subform" onSubmit={submit} noValidate aria-labelledby="add-member-h">
      <h3 id="add-member-h">{t('team.add.title')}</h3>
      <ErrorMessage message={candidates.error} />
      <div className="row">
        <SelectField
          label={t('team.add.person')}
          value={userId}
          onChange={setUserId}
          options={options}
          placeholder={t('choose')}
        />
        <SelectField
          label={t('team.add.role')}
          value={role}
          onChange={(v) => setRole(v as MemberRole | '')}
          options={memberRoleOptions()}
          placeholder={t('choose')}
        />
        <Field
          label={t('team.add.team')}
          value={team}
          onChange={setTeam}
          hint={t('team.add.teamHint')}
          autoComplete="off"
        />
        <SelectField
          label={t('team.add.language')}
          value={language}
          onChange={setLanguage}
          options={languageOptions()}
          placeholder={t('team.add.noLanguage')}
          hint={t('team.add.languageHint')}
        />
      </div>
      <ErrorMessage message={error} />
      <StatusMessage message={status} tone="success" />
      <div>
        <button type="submit" className="button primary" disabled={busy}>
          {t('team.add.submit')}
        </button>
      </div>
    </form>
  );
}
