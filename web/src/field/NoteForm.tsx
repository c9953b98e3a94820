import { useState } from 'react';
import { NoteField } from '../operations/NoteField.tsx';
import { ErrorMessage } from '../ui/Live.tsx';
import type { RecordEntry } from './types.ts';
import { useRecorder } from './useRecorder.ts';

/** Anything else worth recording as it happens. */
export function NoteForm({ record, done }: { record: RecordEntry; done: (message: string) => void }) {
  const [text, setText] = useState('');
  const { busy, error, submit } = useRecorder(record, done);
  const onSubmit = submit(
    'Note',
    () => (text.trim() ? { kind: 'note', text: text.trim() } : 'Write the note first.'),
    () => setText(''),
  );
  return (
    <section className="panel record-form" aria-labelledby="note-h">
      <h2 id="note-h">Record a note</h2>
      <form className="stack" onSubmit={onSubmit} noValidate>
        <NoteField label="Note" value={text} onChange={setText} />
        <ErrorMessage message={error} />
        <button type="submit" className="button primary big" disabled={busy}>
          Record the note
        </button>
      </form>
    </section>
  );
}
