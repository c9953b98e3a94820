import { useState } from 'react';
import { api } from '../api.ts';
import { SelectField } from '../screening/controls.tsx';
import { languageOptions } from '../screening/labels.ts';
import { Field } from '../ui/Field.tsx';
import { ErrorMessage, StatusMessage } from '../ui/Live.tsx';
import { useSubmit } from '../ui/useSubmit.ts';
import { useLoad } from '../useLoad.ts';
import { MEMBER_ROLES } from './labels.ts';
import { operationApi } from './paths.ts';
import type { Candidate, Operation } from './types.ts';

/** Names a member from the people whose roles let them see operations, in any agency. */
export function AddMemberForm({ op, onChange }: { op: Operation; onChange: (op: Operation) => void }) {
  const candidates = useLoad<{ candidates: Candidate[] }>(`${operationApi(op.id)}/candidates`);
  const [userId, setUserId] = useState('');
  const [role, setRole] = useState('');
  const [team, setTeam] = useState('');
  const [language, setLanguage] = useState('');
  const [status, setStatus] = useState<string | null>(null);
  const { busy, error, setError, handle } = useSubmit();
  const members = new Set(op.members.map((m) => m.userId));
  const options = (candidates.data?.candidates ?? [])
    .filter((c) => !members.has(c.userId))
    .map((c) => [c.userId, `${c.name} — ${c.agency}`] as const);
  const submit = handle(async () => {
    setStatus(null);
    if (!userId) return setError('Choose the person to add.');
    if (!role) return setError('Choose their role.');
    if (role === 'interpreter' && !language) return setError('Choose the language they interpret.');
    const name = options.find(([id]) => id === userId)?.[1] ?? 'The person';
    const body = { userId, role, team: team.trim(), language: language || null };
    onChange(await api.post<Operation>(`${operationApi(op.id)}/members`, body));
    setUserId('');
    setRole('');
    setLanguage('');
    setStatus(`${name.split(' — ')[0]} added to the team.`);
  });
  return (
    <form className="stack subform" onSubmit={submit} noValidate aria-labelledby="add-member-h">
      <h3 id="add-member-h">Add a member</h3>
      <ErrorMessage message={candidates.error} />
      <div className="row">
        <SelectField
          label="Person"
          value={userId}
          onChange={setUserId}
          options={options}
          placeholder="Choose…"
        />
        <SelectField
          label="Role"
          value={role}
          onChange={setRole}
          options={MEMBER_ROLES}
          placeholder="Choose…"
        />
        <Field label="Team" value={team} onChange={setTeam} hint="e.g. Alpha, Care" autoComplete="off" />
        <SelectField
          label="Language interpreted"
          value={language}
          onChange={setLanguage}
          options={languageOptions()}
          placeholder="None"
          hint="For an interpreter."
        />
      </div>
      <ErrorMessage message={error} />
      <StatusMessage message={status} tone="success" />
      <div>
        <button type="submit" className="button primary" disabled={busy}>
          Add to the team
        </button>
      </div>
    </form>
  );
}
