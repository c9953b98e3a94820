import { useState } from 'react';
import { api } from '../api.ts';
import { NoteField } from '../operations/NoteField.tsx';
import { Check } from '../screening/controls.tsx';
import { ErrorMessage } from '../ui/Live.tsx';
import { useSubmit } from '../ui/useSubmit.ts';
import { type HarmRow, HarmRows } from './HarmRows.tsx';
import { operationApi } from './paths.ts';

/** The review a commander submits once: harm done and to whom (or none observed), and the lessons. */
export function ReviewForm({ id, onSubmitted }: { id: string; onSubmitted: () => void }) {
  const [harm, setHarm] = useState<HarmRow[]>([]);
  const [none, setNone] = useState(false);
  const [lessons, setLessons] = useState('');
  const [note, setNote] = useState('');
  const { busy, error, setError, handle } = useSubmit();
  const submit = handle(async () => {
    const rows = harm.filter((h) => h.to || h.description.trim());
    if (none && rows.length) return setError('Either record the harm done or state that none was observed.');
    if (!none && !rows.length) return setError('Record the harm done, or tick “No harm observed”.');
    if (rows.some((h) => !h.to || !h.description.trim()))
      return setError('Say who was harmed and how, for each harm recorded.');
    if (!lessons.trim()) return setError('Write the lessons learned.');
    await api.post(`${operationApi(id)}/review`, {
      harm: rows.map((h) => ({ to: h.to, description: h.description.trim() })),
      noHarmObserved: none,
      lessons: lessons.trim(),
      objectivesNote: note.trim(),
    });
    onSubmitted();
  });
  return (
    <form className="stack form-wide subform" onSubmit={submit} noValidate aria-labelledby="review-form-h">
      <h3 id="review-form-h">Submit the review</h3>
      <fieldset className="form-group">
        <legend>Harm done</legend>
        <p className="hint">To victims, bystanders, lawful workers, officers, suspects or children.</p>
        <HarmRows rows={harm} onChange={setHarm} disabled={none} />
        <Check label="No harm observed" checked={none} onChange={setNone} />
      </fieldset>
      <NoteField label="Lessons" value={lessons} onChange={setLessons} />
      <NoteField
        label="Note on the objectives"
        value={note}
        onChange={setNote}
        hint="e.g. why an objective was not met."
      />
      <ErrorMessage message={error} />
      <div>
        <button type="submit" className="button primary" disabled={busy}>
          Submit the review
        </button>
      </div>
    </form>
  );
}
