import { useTranslation } from 'react-i18next';
import { SelectField } from '../screening/controls.tsx';
import { Choice } from './Choice.tsx';
import {
  type ActionCode,
  actionCodeOf,
  type Handling,
  handlingOf,
  type SanitisationCode,
  sanitisationCodeOf,
  type Tlp,
  tlpOf,
} from './codes.ts';
import { codeOptions, tlpMeaning } from './labels.ts';
import type { Registry } from './types.ts';

/** A report's marking as chosen: the codes the report's body takes, empty while not chosen. */
export interface Marking {
  handling: Handling;
  actionCode: ActionCode | '';
  sanitisationCode: SanitisationCode | '';
  tlp: Tlp | '';
}

interface Props {
  reg: Registry;
  value: Marking;
  onChange: (change: Partial<Marking>) => void;
}

/** How the report may be handled: the handling code (P or C with its conditions) and the TLP marking. */
export function MarkingFields({ reg, value, onChange }: Props) {
  const { t } = useTranslation('intel');
  const noneGiven = t('marking.noneGiven');
  return (
    <fieldset className="form-group">
      <legend>{t('marking.legend')}</legend>
      <Choice
        legend={t('marking.handlingCode')}
        value={value.handling}
        onChange={(h) => onChange({ handling: handlingOf(h) ?? value.handling })}
        options={codeOptions('handling', reg)}
        hint={t('marking.handlingHint')}
      />
      {value.handling === 'C' ? (
        <>
          <Choice
            legend={t('marking.actionCode')}
            value={value.actionCode}
            onChange={(a) => onChange({ actionCode: actionCodeOf(a) ?? '' })}
            options={codeOptions('actionCode', reg)}
          />
          <Choice
            legend={t('marking.sanitisationCode')}
            value={value.sanitisationCode}
            onChange={(s) => onChange({ sanitisationCode: sanitisationCodeOf(s) ?? '' })}
            options={[['', noneGiven], ...codeOptions('sanitisationCode', reg)]}
          />
        </>
      ) : null}
      <div className="row">
        <SelectField
          label={t('marking.tlp')}
          value={value.tlp}
          onChange={(x) => onChange({ tlp: tlpOf(x) ?? '' })}
          options={reg.tlp.map((x) => [x, `TLP:${x}`] as const)}
          placeholder={t('marking.noTlp')}
          hint={value.tlp ? tlpMeaning(value.tlp) : t('marking.tlpHint')}
        />
      </div>
    </fieldset>
  );
}
