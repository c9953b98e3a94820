import { Check, SelectField } from '../screening/controls.tsx';
import { Field } from '../ui/Field.tsx';
import type { IntakeDraft, PersonDraft } from './intake-form.ts';
import { PERSON_ROLES } from './labels.ts';

interface Props {
  draft: IntakeDraft;
  onChange: (change: Partial<IntakeDraft>) => void;
}

let nextKey = 1;

/**
 * Who: the reporter (when they gave a name or a way to reach them) and the people the tip names, each with their
 * role and whether what identifies them may be passed to the agency the tip is routed to.
 */
export function IntakePeople({ draft, onChange }: Props) {
  const setPerson = (key: number, change: Partial<PersonDraft>) =>
    onChange({ people: draft.people.map((p) => (p.key === key ? { ...p, ...change } : p)) });
  return (
    <>
      <fieldset className="form-group">
        <legend>Who reported it</legend>
        <Check
          label="The reporter gave their name or a way to reach them"
          checked={draft.hasReporter}
          onChange={(hasReporter) => onChange({ hasReporter })}
          hint="Leave unticked for an anonymous report."
        />
        {draft.hasReporter ? (
          <>
            <div className="row">
              <Field
                label="Reporter’s name"
                value={draft.reporterName}
                onChange={(reporterName) => onChange({ reporterName })}
                autoComplete="off"
                maxLength={200}
              />
              <Field
                label="How to reach the reporter"
                value={draft.reporterContact}
                onChange={(reporterContact) => onChange({ reporterContact })}
                autoComplete="off"
                maxLength={200}
                hint="A phone number, a messaging account, an address."
              />
            </div>
            <Check
              label="The reporter’s name and contact may be shared with the agency that acts"
              checked={draft.reporterConsent}
              onChange={(reporterConsent) => onChange({ reporterConsent })}
              hint="Tick only if the reporter said yes. Unticked, they stay with your organisation and are withheld from any routing."
            />
          </>
        ) : null}
      </fieldset>
      <fieldset className="form-group">
        <legend>People named</legend>
        {draft.people.length === 0 ? <p className="muted">No one named yet.</p> : null}
        <ol className="tip-people">
          {draft.people.map((p, i) => (
            <li key={p.key}>
              <fieldset className="form-group">
                <legend>Person {i + 1}</legend>
                <div className="row">
                  <Field
                    label={`Person ${i + 1}: name`}
                    value={p.name}
                    onChange={(name) => setPerson(p.key, { name })}
                    autoComplete="off"
                    maxLength={200}
                  />
                  <SelectField
                    label={`Person ${i + 1}: role`}
                    value={p.role}
                    onChange={(role) => setPerson(p.key, { role })}
                    options={PERSON_ROLES}
                  />
                </div>
                <Field
                  label={`Person ${i + 1}: note (optional)`}
                  value={p.note}
                  onChange={(note) => setPerson(p.key, { note })}
                  autoComplete="off"
                  maxLength={500}
                />
                {p.role === 'suspect' ? (
                  <p className="hint">A suspect’s name goes with the tip to the agency that acts.</p>
                ) : (
                  <Check
                    label={`Person ${i + 1} may be named to the agency that acts`}
                    checked={p.consentToShare}
                    onChange={(consentToShare) => setPerson(p.key, { consentToShare })}
                    hint="Tick only if they agreed. Unticked, their name is withheld from any routing."
                  />
                )}
                <button
                  type="button"
                  className="button small"
                  onClick={() => onChange({ people: draft.people.filter((x) => x.key !== p.key) })}
                >
                  Remove person {i + 1}
                </button>
              </fieldset>
            </li>
          ))}
        </ol>
        <button
          type="button"
          className="button"
          onClick={() =>
            onChange({
              people: [
                ...draft.people,
                { key: nextKey++, name: '', role: 'victim', consentToShare: false, note: '' },
              ],
            })
          }
        >
          Add a person
        </button>
      </fieldset>
    </>
  );
}
