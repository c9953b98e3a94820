import { type FormEvent, useState } from 'react';
import { api } from '../api.ts';
import { NoteField } from '../operations/NoteField.tsx';
import { type CaseAction, refuse } from '../protection/useCaseAction.ts';
import { SelectField } from '../screening/controls.tsx';
import { wordFor } from '../screening/labels.ts';
import { Field } from '../ui/Field.tsx';
import { ErrorMessage } from '../ui/Live.tsx';
import { useLoad } from '../useLoad.ts';
import { EVIDENCE_KINDS } from './labels.ts';
import { caseFilePath } from './paths.ts';
import type { CaseFile, SharedExhibit } from './types.ts';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

interface Props {
  c: CaseFile;
  action: CaseAction;
  canReadEvidence: boolean;
}

/** Adds an evidence item: a statement, records or analyses, an exhibit shared with the office, or a report. */
export function EvidenceForm({ c, action, canReadEvidence }: Props) {
  const [kind, setKind] = useState('');
  const [description, setDescription] = useState('');
  const [exhibitId, setExhibitId] = useState('');
  const [reportId, setReportId] = useState('');
  const shared = useLoad<{ exhibits: SharedExhibit[] }>(
    kind === 'exhibit' && canReadEvidence ? '/api/evidence/shared' : null,
  );
  const inCase = new Set(c.evidence.map((e) => e.exhibitId));
  const exhibits = (shared.data?.exhibits ?? []).filter((x) => !inCase.has(x.id));
  const exhibit = exhibits.find((x) => x.id === exhibitId);

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const text = description.trim() || (exhibit ? `${exhibit.ref}: ${exhibit.description}` : '');
    const problem = !kind
      ? 'Choose the kind of evidence.'
      : kind === 'exhibit' && !exhibitId
        ? 'Choose the exhibit.'
        : kind === 'intelligence_report' && !UUID.test(reportId.trim())
          ? 'Give the report’s id, as shown on the report’s page.'
          : !text
            ? 'Describe the item.'
            : text.length > 2000
              ? 'Keep the description under 2,000 characters.'
              : null;
    if (refuse(action, problem)) return;
    void action.run(
      async () => {
        await api.post(caseFilePath(c.id, '/evidence'), {
          kind,
          description: text,
          ...(kind === 'exhibit' ? { exhibitId } : {}),
          ...(kind === 'intelligence_report' ? { reportId: reportId.trim() } : {}),
        });
        setDescription('');
        setExhibitId('');
        setReportId('');
      },
      `Evidence added: ${wordFor(EVIDENCE_KINDS, kind)}.`,
    )();
  };

  return (
    <form className="stack form-wide subform" onSubmit={submit} noValidate aria-labelledby="add-evidence-h">
      <h3 id="add-evidence-h">Add evidence</h3>
      <SelectField
        label="Kind of evidence"
        value={kind}
        onChange={setKind}
        options={EVIDENCE_KINDS}
        placeholder="Choose a kind"
        hint="The victim’s statement counts towards the testimony burden; an intelligence report is a lead and proves nothing."
      />
      {kind === 'exhibit' ? (
        <>
          <ErrorMessage message={shared.error} />
          {shared.data && exhibits.length === 0 ? (
            <p className="muted">Every exhibit shared with your office is already in this case file.</p>
          ) : null}
          {exhibits.length > 0 ? (
            <SelectField
              label="Exhibit shared with your office"
              value={exhibitId}
              onChange={setExhibitId}
              options={exhibits.map((x) => [x.id, `${x.ref}: ${x.description} (${x.holder})`] as const)}
              placeholder="Choose an exhibit"
            />
          ) : null}
        </>
      ) : null}
      {kind === 'intelligence_report' ? (
        <Field
          label="Report id"
          value={reportId}
          onChange={setReportId}
          autoComplete="off"
          hint="A report you may read: its id is at the end of its address (#/intel/reports/…)."
        />
      ) : null}
      <NoteField
        label={kind === 'exhibit' ? 'Description (optional)' : 'Description'}
        value={description}
        onChange={setDescription}
        hint={
          kind === 'exhibit'
            ? 'Left empty, the exhibit’s reference and description are used.'
            : 'What it is and what it shows, e.g. who made the statement and when.'
        }
      />
      <div>
        <button type="submit" className="button primary" disabled={action.busy}>
          {action.busy ? 'Adding…' : 'Add the evidence'}
        </button>
      </div>
    </form>
  );
}
