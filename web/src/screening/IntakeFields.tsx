import { Field } from '../ui/Field.tsx';
import { Check, SelectField } from './controls.tsx';
import { languageOptions, placeOptions, sourceOptions } from './labels.ts';
import type { NewForm, Setter } from './newScreening.ts';
import { SourceRefFields } from './SourceRefFields.tsx';
import type { ScreenableOperation } from './types.ts';

/** Who is screened (under a pseudonym), where the case comes from, where and in which language. */
export function IntakeFields({
  form,
  set,
  operations,
}: {
  form: NewForm;
  set: Setter;
  operations: readonly ScreenableOperation[];
}) {
  return (
    <>
      <div className="row">
        <Field
          label="Pseudonym"
          value={form.pseudonym}
          onChange={(v) => set('pseudonym', v)}
          hint="The person appears only under this name, e.g. “Person 7”. Never enter their real name."
          autoComplete="off"
          required
        />
        <SelectField
          label="Where the case comes from"
          value={form.source}
          onChange={(v) => set('source', v)}
          options={sourceOptions()}
        />
        <SourceRefFields form={form} set={set} operations={operations} />
      </div>
      <fieldset className="form-group">
        <legend>Place of the interview</legend>
        <div className="row">
          <SelectField
            label="Kind of place"
            value={form.placeKind}
            onChange={(v) => set('placeKind', v)}
            options={placeOptions()}
            hint="A safe place — never at the crime scene."
          />
          <Field
            label="Describe the place"
            value={form.placeDescription}
            onChange={(v) => set('placeDescription', v)}
            hint="e.g. “Quiet room, shelter in Mae Sot”."
            autoComplete="off"
            required
          />
        </div>
      </fieldset>
      <fieldset className="form-group">
        <legend>Language</legend>
        <div className="row">
          <SelectField
            label="The person’s language"
            value={form.language}
            onChange={(v) => set('language', v)}
            options={languageOptions()}
            placeholder="Choose a language"
            hint="The interview is held in the language the person speaks best."
            required
          />
        </div>
        <Check
          label="An interpreter is used"
          checked={form.interpreterUsed}
          onChange={(v) => set('interpreterUsed', v)}
        />
        {form.interpreterUsed ? (
          <div className="row">
            <Field
              label="Interpreter’s name"
              value={form.interpreterName}
              onChange={(v) => set('interpreterName', v)}
              autoComplete="off"
              required
            />
            <SelectField
              label="Interpreter’s language"
              value={form.interpreterLanguage || form.language}
              onChange={(v) => set('interpreterLanguage', v)}
              options={languageOptions()}
              placeholder="Same as the person’s"
            />
          </div>
        ) : null}
      </fieldset>
    </>
  );
}
