import { useTranslation } from 'react-i18next';
import { SelectField } from '../screening/controls.tsx';
import { Choice } from './Choice.tsx';
import { codeOptions, tlpMeaning } from './labels.ts';
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
  const { t } = useTranslation('intel');
  const noneGiven = t('marking.noneGiven');
  return (
    <fieldset className="form-group">
      <legend>{t('marking.legend')}</legend>
      <Choice
        legend={t('marking.handlingCode')}
        value={value.handling}
        onChange={(handling) => onChange({ handling })}
        options={codeOptions('handling', reg)}
        hint={t('marking.handlingHint')}
      />
      {value.handling === 'C' ? (
        <>
          <Choice
            legend={t('marking.actionCode')}
            value={value.actionCode}
            onChange={(actionCode) => onChange({ actionCode })}
            options={codeOptions('actionCode', reg)}
          />
          <Choice
            legend={t('marking.sanitisationCode')}
            value={value.sanitisationCode}
            onChange={(sanitisationCode) => onChange({ sanitisationCode })}
            options={[['', noneGiven], ...codeOptions('sanitisationCode', reg)]}
          />
        </>
      ) : null}
      <div className="row">
        <SelectField
          label={t('marking.tlp')}
          value={value.tlp}
          onChange={(tlp) => onChange({ tlp })}
          options={reg.tlp.map((x) => [x, `TLP:${x}`] as const)}
          placeholder={t('marking.noTlp')}
          hint={value.tlp ? tlpMeaning(value.tlp) : t('marking.tlpHint')}
        />
      </div>
    </fieldset>
  );
}
