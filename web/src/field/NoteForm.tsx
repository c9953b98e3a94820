import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { NoteField } from '../operations/NoteField.tsx';
import { ErrorMessage } from '../ui/Live.tsx';
import type { RecordEntry } from './types.ts';
import { useRecorder } from './useRecorder.ts';

/** Anything else worth recording as it happens. */
export function NoteForm({ record, done }: { record: RecordEntry; done: (message: string) => void }) {
  const { t } = useTranslation('field');
  const [text, setText] = useState('');
  const { busy, error, submit } = useRecorder(record, done);
  const onSubmit = submit(
    'note',
    () => (text.trim() ? { kind: 'note', text: text.trim() } : t('note.writeFirst')),
    () => setText(''),
  );
  return (
    <section className="panel record-form" aria-labelledby="note-h">
      <h2 id="note-h">{t('note.title')}</h2>
      <form className="stack" onSubmit={onSubmit} noValidate>
        <NoteField label={t('note.label')} value={text} onChange={setText} />
        <ErrorMessage message={error} />
        <button type="submit" className="button primary big" disabled={busy}>
          {t('note.submit')}
        </button>
      </form>
    </section>
  );
}
