import { SelectField } from '../screening/controls.tsx';
import { Choice } from './Choice.tsx';
import { codeOptions, TLP_MEANINGS } from './labels.ts';
import type { Registry } from './types.ts';

export interface Marking {
  handling: string;
  actionCode: string;
  sanitisationCode: string;
  tlp: string;
}

interface Props {
  reg: Registry;
  value: Marking;
  onChange: (change: Partial<Marking>) => void;
}

/** How the report may be handled: the handling code (P or C with its conditions) and the TLP marking. */
export function MarkingFields({ reg, value, onChange }: Props) {
  return (
    <fieldset className="form-group">
      <legend>Handling and marking</legend>
      <Choice
        legend="Handling code"
        value={value.handling}
        onChange={(handling) => onChange({ handling })}
        options={codeOptions(reg.handling)}
        hint="A report with conditions (C) is not shared as it stands: a sanitised version of it is."
      />
      {value.handling === 'C' ? (
        <>
          <Choice
            legend="Action code (needed with C)"
            value={value.actionCode}
            onChange={(actionCode) => onChange({ actionCode })}
            options={codeOptions(reg.actionCodes)}
          />
          <Choice
            legend="Sanitisation code"
            value={value.sanitisationCode}
            onChange={(sanitisationCode) => onChange({ sanitisationCode })}
            options={[['', 'None given'], ...codeOptions(reg.sanitisationCodes)]}
          />
        </>
      ) : null}
      <div className="row">
        <SelectField
          label="TLP marking"
          value={value.tlp}
          onChange={(tlp) => onChange({ tlp })}
          options={reg.tlp.map((t) => [t, `TLP:${t}`] as const)}
          placeholder="No TLP marking"
          hint={
            value.tlp ? TLP_MEANINGS[value.tlp] : 'Material from an NGO carries the TLP marking it came with.'
          }
        />
      </div>
    </fieldset>
  );
}
