import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api } from '../api.ts';
import { SelectField } from '../screening/controls.tsx';
import { ErrorMessage, StatusMessage } from '../ui/Live.tsx';
import { useSubmit } from '../ui/useSubmit.ts';
import { codeWords, joinWords } from './labels.ts';
import { linkEnds } from './linkTypes.ts';
import {
  NO_PROVENANCE,
  type ProvenanceDraft,
  ProvenanceFields,
  provenanceBody,
  provenanceProblem,
} from './ProvenanceFields.tsx';
import type { Entity, EntityRef, LinkBody, Registry, ReportRow } from './types.ts';
import { EntityPicker } from './workbench/EntityPicker.tsx';
import { choicesBetween, linkableTypes } from './workbench/linkChoices.ts';

interface Props {
  reg: Registry;
  entity: Entity;
  reports: ReportRow[];
  onAdded: () => void;
}

/**
 * Links the entity to another one, found by searching for its name or number as one types; then only the kinds
 * of link the registry allows between the two types are offered, as sentences naming both.
 */
export function LinkForm({ reg, entity, reports, onAdded }: Props) {
  const { t } = useTranslation('intel');
  const [other, setOther] = useState<EntityRef | null>(null);
  const [choice, setChoice] = useState('');
  const [prov, setProv] = useState<ProvenanceDraft>(NO_PROVENANCE);
  const [done, setDone] = useState<string | null>(null);
  const { busy, error, setError, handle } = useSubmit();
  const types = linkableTypes(reg, entity);
  const choices = choicesBetween(reg, entity, other?.type ?? null).map(
    ([c, words]) => [c, other ? words.replace('…', other.label) : words] as const,
  );
  const chosen = choices.some(([c]) => c === choice) ? choice : '';

  const pickOther = (e: EntityRef | null) => {
    setOther(e);
    setDone(null);
    // One kind only: it is chosen for the analyst.
    const allowed = e ? choicesBetween(reg, entity, e.type) : [];
    setChoice(allowed.length === 1 ? (allowed[0]?.[0] ?? '') : '');
  };

  const submit = handle(async () => {
    setDone(null);
    if (!other) return setError(t('links.noOther'));
    if (!chosen) return setError(t('links.noChoice'));
    const wrong = provenanceProblem(t, prov);
    if (wrong) return setError(wrong);
    await api.post('/api/intel/links', {
      ...linkEnds(chosen, entity.id, other.id),
      ...provenanceBody(prov),
    } satisfies LinkBody);
    setDone(t('links.linked', { label: other.label }));
    setOther(null);
    setChoice('');
    setProv((p) => ({ ...p, sourceGrade: '', infoGrade: '' }));
    onAdded();
  });

  if (types.length === 0) return null;
  return (
    <form className="stack form-wide subform" onSubmit={submit} noValidate aria-labelledby="add-link-h">
      <h3 id="add-link-h">{t('links.heading')}</h3>
      <EntityPicker
        reg={reg}
        label={t('links.other')}
        types={types}
        exclude={[entity.id]}
        value={other}
        onChange={pickOther}
        hint={t('links.hint', {
          type: codeWords('entityType', entity.type, reg),
          types: joinWords(types.map((x) => codeWords('entityType', x, reg))),
        })}
      />
      <SelectField
        label={t('links.kind')}
        value={chosen}
        onChange={setChoice}
        options={choices}
        placeholder={other ? t('links.chooseKind') : t('links.findFirst')}
        disabled={!other}
        hint={
          other && choices.length === 0
            ? t('links.noKind', {
                a: codeWords('entityType', entity.type, reg),
                b: codeWords('entityType', other.type, reg),
              })
            : undefined
        }
      />
      <ProvenanceFields
        reg={reg}
        reports={reports}
        value={prov}
        onChange={(c) => setProv((p) => ({ ...p, ...c }))}
      />
      <ErrorMessage message={error} />
      <StatusMessage message={done} tone="success" />
      <div>
        <button type="submit" className="button primary" disabled={busy}>
          {busy ? t('links.linking') : t('links.add')}
        </button>
      </div>
    </form>
  );
}
