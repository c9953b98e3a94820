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
  /** Added to the labels when several sets of grades are on screen, e.g. "of item 2". */
  suffix?: string;
}

/** The two grades of the 3x5x2 model: the source (1–3) and the information (A–E). */
export function GradeFields({ reg, source, info, onSource, onInfo, empty, suffix = '' }: Props) {
  const tail = suffix ? ` ${suffix}` : '';
  return (
    <div className="row grade-row">
      <SelectField
        label={`Source grade${tail}`}
        value={source}
        onChange={onSource}
        options={codeOptions(reg.sourceGrades)}
        placeholder={empty}
      />
      <SelectField
        label={`Information grade${tail}`}
        value={info}
        onChange={onInfo}
        options={codeOptions(reg.infoGrades)}
        placeholder={empty}
      />
    </div>
  );
}
