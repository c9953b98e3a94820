import { useState } from 'react';
import { api } from '../api.ts';
import { navigate } from '../router.ts';
import { SelectField } from '../screening/controls.tsx';
import { Field } from '../ui/Field.tsx';
import { ErrorMessage } from '../ui/Live.tsx';
import { useSubmit } from '../ui/useSubmit.ts';
import { ItemsEditor } from './ItemsEditor.tsx';
import { type DraftItem, draftItem, itemsBody, itemsProblem } from './items.ts';
import { SOURCE_KINDS, today } from './labels.ts';
import { type Marking, MarkingFields } from './MarkingFields.tsx';
import type { Registry, Source } from './types.ts';

const NO_MARKING: Marking = { handling: 'P', actionCode: '', sanitisationCode: '', tlp: '' };

/** Records a report from one of the agency's sources, each item graded on its own; then opens it. */
export function NewReportForm({ reg, sources }: { reg: Registry; sources: Source[] }) {
  const [sourceId, setSourceId] = useState('');
  const [reportedOn, setReportedOn] = useState(today);
  const [title, setTitle] = useState('');
  const [marking, setMarking] = useState<Marking>(NO_MARKING);
  const [provenance, setProvenance] = useState('');
  const [items, setItems] = useState<DraftItem[]>(() => [draftItem()]);
  const { busy, error, setError, handle } = useSubmit();
  const kindOf = (k: string) => SOURCE_KINDS.find(([c]) => c === k)?.[1] ?? k;

  const submit = handle(async () => {
    const wrong = !sourceId
      ? 'Choose the source of the report.'
      : !/^\d{4}-\d{2}-\d{2}$/.test(reportedOn)
        ? 'Give the day the source reported it.'
        : !title.trim()
          ? 'Give the report a short title.'
          : marking.handling === 'C' && !marking.actionCode
            ? 'Handling code C needs its action code (A1, A2 or A3).'
            : itemsProblem(items);
    if (wrong) return setError(wrong);
    const conditions = marking.handling === 'C';
    const { id } = await api.post<{ id: string }>('/api/intel/reports', {
      sourceId,
      reportedOn,
      title: title.trim(),
      handling: marking.handling,
      ...(conditions ? { actionCode: marking.actionCode } : {}),
      ...(conditions && marking.sanitisationCode ? { sanitisationCode: marking.sanitisationCode } : {}),
      ...(marking.tlp ? { tlp: marking.tlp } : {}),
      provenance: provenance.trim(),
      items: itemsBody(items),
    });
    navigate(`/intel/reports/${encodeURIComponent(id)}`);
  });

  return (
    <form className="stack form-wide intel-form" onSubmit={submit} noValidate aria-label="New report">
      <div className="row">
        <SelectField
          label="Source"
          value={sourceId}
          onChange={setSourceId}
          options={sources.map((s) => [s.id, `${s.code} — ${kindOf(s.kind)}`] as const)}
          placeholder="Choose a source"
          hint="Sources appear under their code name only. Register a new one under Sources."
        />
        <Field label="Reported on" type="date" value={reportedOn} onChange={setReportedOn} required />
      </div>
      <Field label="Title" value={title} onChange={setTitle} autoComplete="off" maxLength={300} required />
      <div className="field">
        <label htmlFor="report-provenance">How it was obtained</label>
        <textarea
          id="report-provenance"
          rows={2}
          value={provenance}
          onChange={(e) => setProvenance(e.target.value)}
          aria-describedby="report-provenance-hint"
        />
        <p id="report-provenance-hint" className="hint">
          Stays with your agency: other agencies never see the source or how it was obtained.
        </p>
      </div>
      <fieldset className="form-group">
        <legend>Items</legend>
        <ItemsEditor reg={reg} items={items} onChange={setItems} />
      </fieldset>
      <MarkingFields reg={reg} value={marking} onChange={(c) => setMarking((m) => ({ ...m, ...c }))} />
      <ErrorMessage message={error} />
      <div>
        <button type="submit" className="button primary" disabled={busy}>
          {busy ? 'Recording…' : 'Record the report'}
        </button>
      </div>
    </form>
  );
}
