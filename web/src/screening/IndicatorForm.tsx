import { ErrorMessage, StatusMessage } from '../ui/Live.tsx';
import { type Group, groupsOf } from './groups.ts';
import { IndicatorRow } from './IndicatorRow.tsx';
import type { SetDefinition } from './types.ts';
import type { Interview } from './useInterview.ts';

interface Props {
  set: SetDefinition;
  interview: Interview;
  child: boolean;
  readOnly: boolean;
}

/** The indicators, a fieldset per element, with a save bar that stays in view. */
export function IndicatorForm({ set, interview, child, readOnly }: Props) {
  const { screening, answerOf, change, unsaved, save, busy, saveError, status } = interview;
  const groups = groupsOf(set, screening?.evaluation ?? null);
  return (
    <form className="interview" onSubmit={save} noValidate aria-label="Interview answers">
      {groups.map((g) => (
        <fieldset key={g.id} className="element">
          <legend>{g.label}</legend>
          <Finding group={g} />
          {g.indicators.map((i) => (
            <IndicatorRow
              key={i.id}
              indicator={i}
              child={child}
              answer={answerOf(i.id)}
              onChange={(a) => change(i.id, a)}
              disabled={readOnly}
            />
          ))}
        </fieldset>
      ))}
      {readOnly ? null : (
        <div className="save-bar">
          <button type="submit" className="button primary" disabled={busy}>
            {busy ? 'Saving…' : 'Save'}
          </button>
          <p className="muted small">
            {unsaved > 0
              ? `${unsaved} answer${unsaved === 1 ? '' : 's'} not saved yet.`
              : 'Everything is saved; the interview can be resumed later.'}
          </p>
          <StatusMessage message={status} tone="success" />
          <ErrorMessage message={saveError} />
        </div>
      )}
    </form>
  );
}

function Finding({ group }: { group: Group }) {
  if (!group.finding) return null;
  return (
    <p className={group.finding.positive ? 'finding finding-positive' : 'finding'}>
      {group.finding.positive ? 'Positive' : 'Not positive'}: {group.finding.rule} (as of the last save).
    </p>
  );
}
