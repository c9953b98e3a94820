import type { TFunction } from 'i18next';
import { useTranslation } from 'react-i18next';
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
export const operationWords = (t: TFunction<'screening'>, o: ScreenableOperation): string =>
  t('sourceRef.operationWords', { codeName: o.codeName, removed: o.removed, screened: o.screened });

/**
 * Which case the screening comes from: for an operation, one of those whose people you receive, or
 * another run without Lantern under its own reference; for any other source, a free reference.
 */
export function SourceRefFields({ form, set, operations }: Props) {
  const { t } = useTranslation('screening');
  const picking = picksOperation(form, operations.length);
  const free = (
    <Field
      label={t('sourceRef.reference')}
      value={form.sourceRef}
      onChange={(v) => set('sourceRef', v)}
      hint={picking ? t('sourceRef.outsideHint') : t('sourceRef.referenceHint')}
      autoComplete="off"
    />
  );
  if (!picking) return free;
  return (
    <>
      <SelectField
        label={t('sourceRef.operation')}
        value={form.operation}
        onChange={(v) => set('operation', v)}
        options={[
          ...operations.map((o) => [o.id, operationWords(t, o)] as const),
          [OUTSIDE, t('sourceRef.outside')] as const,
        ]}
        placeholder={t('sourceRef.operationPlaceholder')}
        hint={t('sourceRef.operationHint')}
        required
      />
      {form.operation === OUTSIDE ? free : null}
    </>
  );
}
