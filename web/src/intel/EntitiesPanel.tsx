import { useState } from 'react';
import { api } from '../api.ts';
import { href, navigate } from '../router.ts';
import { SelectField } from '../screening/controls.tsx';
import { Field } from '../ui/Field.tsx';
import { ErrorMessage } from '../ui/Live.tsx';
import { useSubmit } from '../ui/useSubmit.ts';
import { codeWords } from './labels.ts';
import { recentEntities, rememberEntity } from './recent.ts';
import type { EntityRef, Registry } from './types.ts';
import { EntityTable } from './workbench/EntityTable.tsx';

interface Props {
  reg: Registry;
  userId: string;
  canWrite: boolean;
}

/** Entities: every one you may see, listed, filtered and sorted; a new one; those opened recently in this tab. */
export function EntitiesPanel({ reg, userId, canWrite }: Props) {
  const recent = recentEntities(userId);
  return (
    <>
      <section className="panel" aria-labelledby="entities-h">
        <h2 id="entities-h">Entities</h2>
        <p className="hint">
          Your agency’s and those shared with it. Sort by a column’s header; open one by its name.
        </p>
        <EntityTable reg={reg} />
      </section>
      {canWrite ? (
        <section className="panel" aria-labelledby="new-entity-h">
          <h2 id="new-entity-h">New entity</h2>
          <NewEntityForm reg={reg} userId={userId} />
        </section>
      ) : null}
      {recent.length ? (
        <section className="panel" aria-labelledby="recent-h">
          <h2 id="recent-h">Recently opened entities</h2>
          <ul className="recent-entities">
            {recent.map((e) => (
              <li key={e.id}>
                <a href={href(`/intel/entities/${encodeURIComponent(e.id)}`)}>{e.label}</a>{' '}
                <span className="muted small">{codeWords('entityType', e.type, reg)}</span>
              </li>
            ))}
          </ul>
        </section>
      ) : null}
    </>
  );
}

function NewEntityForm({ reg, userId }: { reg: Registry; userId: string }) {
  const [type, setType] = useState('person');
  const [label, setLabel] = useState('');
  const { busy, error, setError, handle } = useSubmit();
  const submit = handle(async () => {
    if (!label.trim()) return setError('Give the entity a label: a name, a number, a plate…');
    const e = await api.post<EntityRef>('/api/intel/entities', { type, label: label.trim() });
    rememberEntity(userId, e);
    navigate(`/intel/entities/${encodeURIComponent(e.id)}`);
  });
  const types = Object.keys(reg.entityTypes).map((k) => [k, codeWords('entityType', k, reg)] as const);
  return (
    <form className="stack form-wide" onSubmit={submit} noValidate aria-label="New entity">
      <div className="row">
        <SelectField label="Type of entity" value={type} onChange={setType} options={types} />
        <Field
          label="Label"
          value={label}
          onChange={setLabel}
          hint="How it is known, e.g. “Ko Aung” or “+66812345678”. Facts are added on its page."
          autoComplete="off"
          maxLength={300}
          required
        />
      </div>
      <ErrorMessage message={error} />
      <div>
        <button type="submit" className="button primary" disabled={busy}>
          {busy ? 'Creating…' : 'Create the entity'}
        </button>
      </div>
    </form>
  );
}
