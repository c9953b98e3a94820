import { useState } from 'react';
import { api } from '../api.ts';
import { SelectField } from '../screening/controls.tsx';
import { Field } from '../ui/Field.tsx';
import { ErrorMessage, StatusMessage } from '../ui/Live.tsx';
import { useSubmit } from '../ui/useSubmit.ts';
import { attributeLabel } from './labels.ts';
import {
  NO_PROVENANCE,
  type ProvenanceDraft,
  ProvenanceFields,
  provenanceBody,
  provenanceProblem,
} from './ProvenanceFields.tsx';
import type { Entity, Registry, ReportRow } from './types.ts';

interface Props {
  reg: Registry;
  entity: Entity;
  reports: ReportRow[];
  onAdded: () => void;
}

/** Records a fact about the entity; a fact that disagrees with another is kept beside it, not instead of it. */
export function FactForm({ reg, entity, reports, onAdded }: Props) {
  const attributes = reg.entityTypes[entity.type]?.attributes ?? [];
  const [attribute, setAttribute] = useState(attributes[0] ?? '');
  const [value, setValue] = useState('');
  const [prov, setProv] = useState<ProvenanceDraft>(NO_PROVENANCE);
  const [done, setDone] = useState<string | null>(null);
  const { busy, error, setError, handle } = useSubmit();

  const submit = handle(async () => {
    setDone(null);
    if (!attribute) return setError('Choose what the fact is about.');
    if (!value.trim()) return setError('Give the value of the fact.');
    const wrong = provenanceProblem(prov);
    if (wrong) return setError(wrong);
    await api.post(`/api/intel/entities/${encodeURIComponent(entity.id)}/facts`, {
      attribute,
      value: value.trim(),
      ...provenanceBody(prov),
    });
    setDone(`Recorded: ${attributeLabel(attribute)} ${value.trim()}.`);
    setValue('');
    setProv((p) => ({ ...p, sourceGrade: '', infoGrade: '' }));
    onAdded();
  });

  return (
    <form className="stack form-wide subform" onSubmit={submit} noValidate aria-labelledby="add-fact-h">
      <h3 id="add-fact-h">Add a fact</h3>
      <div className="row">
        <SelectField
          label="Attribute"
          value={attribute}
          onChange={setAttribute}
          options={attributes.map((a) => [a, attributeLabel(a)] as const)}
        />
        <Field label="Value" value={value} onChange={setValue} autoComplete="off" maxLength={1000} required />
      </div>
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
          {busy ? 'Recording…' : 'Add the fact'}
        </button>
      </div>
    </form>
  );
}
