import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api } from '../api.ts';
import { href, navigate } from '../router.ts';
import { SelectField } from '../screening/controls.tsx';
import { Field } from '../ui/Field.tsx';
import { ErrorMessage } from '../ui/Live.tsx';
import { useSubmit } from '../ui/useSubmit.ts';
import { codeWords } from './labels.ts';
import { recentEntities, rememberEntity } from './recent.ts';
import type { EntityBody, EntityRef, Registry } from './types.ts';
import { EntityTable } from './workbench/EntityTable.tsx';

interface Props {
  reg: Registry;
  userId: string;
  canWrite: boolean;
}

/** Entities: every one you may see, listed, filtered and sorted; a new one; those opened recently in this tab. */
export function EntitiesPanel({ reg, userId, canWrite }: Props) {
  const { t } = useTranslation('intel');
  const recent = recentEntities(userId);
  return (
    <>
      <section className="panel" aria-labelledby="entities-h">
        <h2 id="entities-h">{t('page.tabs.entities')}</h2>
        <p className="hint">{t('entities.hint')}</p>
        <EntityTable reg={reg} />
      </section>
      {canWrite ? (
        <section className="panel" aria-labelledby="new-entity-h">
          <h2 id="new-entity-h">{t('entities.newHeading')}</h2>
          <NewEntityForm reg={reg} userId={userId} />
        </section>
      ) : null}
      {recent.length ? (
        <section className="panel" aria-labelledby="recent-h">
          <h2 id="recent-h">{t('entities.recentHeading')}</h2>
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
  const { t } = useTranslation('intel');
  const [type, setType] = useState('person');
  const [label, setLabel] = useState('');
  const { busy, error, setError, handle } = useSubmit();
  const submit = handle(async () => {
    if (!label.trim()) return setError(t('entities.noLabel'));
    const e = await api.post<EntityRef>('/api/intel/entities', {
      type,
      label: label.trim(),
    } satisfies EntityBody);
    rememberEntity(userId, e);
    navigate(`/intel/entities/${encodeURIComponent(e.id)}`);
  });
  const types = Object.keys(reg.entityTypes).map((k) => [k, codeWords('entityType', k, reg)] as const);
  return (
    <form className="stack form-wide" onSubmit={submit} noValidate aria-label={t('entities.newHeading')}>
      <div className="row">
        <SelectField label={t('entities.type')} value={type} onChange={setType} options={types} />
        <Field
          label={t('entities.label')}
          value={label}
          onChange={setLabel}
          hint={t('entities.labelHint')}
          autoComplete="off"
          maxLength={300}
          required
        />
      </div>
      <ErrorMessage message={error} />
      <div>
        <button type="submit" className="button primary" disabled={busy}>
          {busy ? t('entities.creating') : t('entities.create')}
        </button>
      </div>
    </form>
  );
}
