import { useTranslation } from 'react-i18next';
import { SelectField } from '../screening/controls.tsx';
import { codeOptions } from './labels.ts';
import type { Registry } from './types.ts';

interface Props {
  reg: Registry;
  source: string;
  info: string;
  onSource: (grade: string) => void;
  onInfo: (grade: string) => void;
  /** Words of the empty choice: "Choose…" when a grade is needed, "Not graded" when it may be left out. */
  empty: string;
  /** The item's number, named in the labels when several sets of grades are on screen ("of item 2"). */
  item?: number;
}

/** The two grades of the 3x5x2 model: the source (1–3) and the information (A–E). */
export function GradeFields({ reg, source, info, onSource, onInfo, empty, item }: Props) {
  const { t } = useTranslation('intel');
  return (
    <div className="row grade-row">
      <SelectField
        label={item === undefined ? t('grades.source') : t('grades.sourceOfItem', { n: item })}
        value={source}
        onChange={onSource}
        options={codeOptions('sourceGrade', reg)}
        placeholder={empty}
      />
      <SelectField
        label={item === undefined ? t('grades.info') : t('grades.infoOfItem', { n: item })}
        value={info}
        onChange={onInfo}
        options={codeOptions('infoGrade', reg)}
        placeholder={empty}
      />
    </div>
  );
}
