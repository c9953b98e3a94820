import { Field } from '../ui/Field.tsx';
import { SelectField } from './controls.tsx';
import { type NewForm, OUTSIDE, picksOperation, type Setter } from './newScreening.ts';
import type { ScreenableOperation } from './types.ts';

interface Props {
  form: NewForm;
  set: Setter;
  /** The operations whose removed people you may screen (from planning on); empty when there are none. */
  operations: readonly ScreenableOperation[];
}

/** "CODENAME — 4 removed, 1 screened": how far screening has come, never the target or the place. */
export const operationWords = (o: ScreenableOperation): string =>
  `${o.codeName} — ${o.removed} removed, ${o.screened} screened`;

/**
 * Which case the screening comes from: for an operation, one of those whose people you receive, or
 * another run without Lantern under its own reference; for any other source, a free reference.
 */
export function SourceRefFields({ form, set, operations }: Props) {
  const picking = picksOperation(form, operations.length);
  const free = (
    <Field
      label="Reference (optional)"
      value={form.sourceRef}
      onChange={(v) => set('sourceRef', v)}
      hint={
        picking
          ? 'The operation’s own reference, e.g. its case number: it was run without Lantern.'
          : 'e.g. the operation or tip number.'
      }
      autoComplete="off"
    />
  );
  if (!picking) return free;
  return (
    <>
      <SelectField
        label="Operation"
        value={form.operation}
        onChange={(v) => set('operation', v)}
        options={[
          ...operations.map((o) => [o.id, operationWords(o)] as const),
          [OUTSIDE, 'Another operation (outside reference)'] as const,
        ]}
        placeholder="Choose the operation"
        hint="Operations whose people you receive: people removed, and screened so far."
        required
      />
      {form.operation === OUTSIDE ? free : null}
    </>
  );
}
