import { useSubmit } from '../ui/useSubmit.ts';
import type { EntryKind, FieldEntry, RecordEntry } from './types.ts';
import { newId } from './uuid.ts';

type Body = { kind: EntryKind } & Record<string, unknown>;

/**
 * Records one entry from a form: it is given its id and its time at the moment the button is pressed, then sent
 * or, without a connection, kept on the phone. `build` returns the entry's body, or what is missing in words.
 */
export function useRecorder(record: RecordEntry, done: (message: string) => void) {
  const { busy, error, setError, handle } = useSubmit();
  const submit = (what: string, build: () => Body | string, reset: () => void) =>
    handle(async () => {
      const body = build();
      if (typeof body === 'string') return setError(body);
      const entry: FieldEntry = { ...body, id: newId(), occurredAt: new Date().toISOString() };
      const out = await record(entry);
      reset();
      if (!out.sent) done(`${what} saved on this phone: it will be sent when the connection returns.`);
      else if (out.result.exhibitRef) done(`Exhibit ${out.result.exhibitRef} recorded.`);
      else done(`${what} recorded.`);
    });
  return { busy, error, submit };
}
