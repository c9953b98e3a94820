import { useState } from 'react';
import { api } from '../api.ts';
import { SelectField } from '../screening/controls.tsx';
import { Field } from '../ui/Field.tsx';
import { ErrorMessage, StatusMessage } from '../ui/Live.tsx';
import { useSubmit } from '../ui/useSubmit.ts';
import { entityTypeLabel } from './labels.ts';
import { linkChoices, linkEnds, otherEndTypes, UUID } from './linkTypes.ts';
import {
  NO_PROVENANCE,
  type ProvenanceDraft,
  ProvenanceFields,
  provenanceBody,
  provenanceProblem,
} from './ProvenanceFields.tsx';
import type { Entity, EntityRef, Registry, ReportRow } from './types.ts';

interface Props {
  reg: Registry;
  entity: Entity;
  reports: ReportRow[];
  recent: EntityRef[];
  onAdded: () => void;
}

/** Links the entity to another one, given by its id (pasted, or picked among those opened recently). */
export function LinkForm({ reg, entity, reports, recent, onAdded }: Props) {
  const [choice, setChoice] = useState('');
  const [otherId, setOtherId] = useState('');
  const [prov, setProv] = useState<ProvenanceDraft>(NO_PROVENANCE);
  const [done, setDone] = useState<string | null>(null);
  const { busy, error, setError, handle } = useSubmit();
  const others = recent.filter((e) => e.id !== entity.id);
  const picked = others.some((e) => e.id === otherId) ? otherId : '';

  const submit = handle(async () => {
    setDone(null);
    if (!choice) return setError('Choose the kind of link.');
    const other = otherId.trim();
    if (!UUID.test(other))
      return setError('Give the other entity: pick one opened recently, or paste the id from its page.');
    const wrong = provenanceProblem(prov);
    if (wrong) return setError(wrong);
    await api.post('/api/intel/links', { ...linkEnds(choice, entity.id, other), ...provenanceBody(prov) });
    const name = others.find((e) => e.id === other)?.label ?? 'the other entity';
    setDone(`Linked to ${name}.`);
    setOtherId('');
    setProv((p) => ({ ...p, sourceGrade: '', infoGrade: '' }));
    onAdded();
  });

  return (
    <form className="stack form-wide subform" onSubmit={submit} noValidate aria-labelledby="add-link-h">
      <h3 id="add-link-h">Add a link</h3>
      <SelectField
        label="Kind of link"
        value={choice}
        onChange={setChoice}
        options={linkChoices(reg, entity)}
        placeholder="Choose a kind of link"
        hint={choice ? `The other end: ${otherEndTypes(reg, choice)}.` : undefined}
      />
      <div className="row">
        <SelectField
          label="Recently opened entity"
          value={picked}
          onChange={setOtherId}
          options={others.map((e) => [e.id, `${e.label} (${entityTypeLabel(reg, e.type)})`] as const)}
          placeholder={others.length ? 'Choose, or paste an id' : 'None opened yet'}
        />
        <Field
          label="Other entity’s id"
          value={otherId}
          onChange={setOtherId}
          hint="Shown on the other entity’s page; find it with the search box of the Intelligence page."
          autoComplete="off"
          spellCheck={false}
          className="field-id"
        />
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
          {busy ? 'Linking…' : 'Add the link'}
        </button>
      </div>
    </form>
  );
}
