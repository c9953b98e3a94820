import { useTranslation } from 'react-i18next';
import { useSubmit } from '../ui/useSubmit.ts';
import type { EntryBody, EntryKind, FieldEntry, RecordEntry } from './types.ts';
import { newId } from './uuid.ts';

/**
 * Records one entry from a form: it is given its id and its time at the moment the button is pressed, then sent
 * or, without a connection, kept on the phone. `build` returns the entry's body, or what is missing in words.
 */
export function useRecorder(record: RecordEntry, done: (message: string) => void) {
  const { t } = useTranslation('field');
  const { busy, error, setError, handle } = useSubmit();
  const submit = (kind: EntryKind, build: () => EntryBody | string, reset: () => void) =>
    handle(async () => {
      const body = build();
      if (typeof body === 'string') return setError(body);
      const entry: FieldEntry = { ...body, id: newId(), occurredAt: new Date().toISOString() };
      const out = await record(entry);
      reset();
      if (!out.sent) done(t(`recorder.kept.${kind}`));
      else if (out.result.exhibitRef) done(t('recorder.exhibitRecorded', { ref: out.result.exhibitRef }));
      else done(t(`recorder.recorded.${kind}`));
    });
  return { busy, error, submit };
}
