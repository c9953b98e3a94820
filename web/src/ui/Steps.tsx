import { useEffect, useRef } from 'react';
import { formatNumber } from './format.ts';
import './steps.css';

/** One step of a long form split into steps (or one section of an interview). */
export interface StepItem {
  key: string;
  label: string;
  /** A short word beside the label: what is left to do there ("2 gaps", "3 of 9 answered"). */
  note?: string | undefined;
  /** How the note reads: done (all there), gap (something missing), problem (something to correct). */
  tone?: 'done' | 'gap' | 'problem' | undefined;
}

interface ListProps {
  /** The navigation's name, e.g. "Steps of the plan". */
  label: string;
  steps: readonly StepItem[];
  current: string;
  onSelect: (key: string) => void;
}

/**
 * The steps as a navigation at the top of the form: where you are (`aria-current="step"`), what each step still
 * lacks, and a way to go straight to any of them. The words come from the caller's namespace.
 */
export function StepList({ label, steps, current, onSelect }: ListProps) {
  return (
    <nav aria-label={label} className="step-list">
      <ol>
        {steps.map((s, i) => (
          <li key={s.key}>
            <button
              type="button"
              className={s.tone ? `step step-${s.tone}` : 'step'}
              aria-current={s.key === current ? 'step' : undefined}
              onClick={() => onSelect(s.key)}
            >
              <span className="step-number" aria-hidden="true">
                {formatNumber(i + 1)}
              </span>
              <span className="step-label">{s.label}</span>
              {s.note ? (
                <span className="step-note">
                  <span className="visually-hidden">, </span>
                  {s.note}
                </span>
              ) : null}
            </button>
          </li>
        ))}
      </ol>
    </nav>
  );
}

interface ButtonsProps {
  steps: readonly StepItem[];
  current: string;
  onSelect: (key: string) => void;
  /** "Back: Place and time" */
  back: (label: string) => string;
  /** "Next: People expected" */
  next: (label: string) => string;
}

/** Back and Next beneath a step, each naming the step it goes to. */
export function StepButtons({ steps, current, onSelect, back, next }: ButtonsProps) {
  const index = steps.findIndex((s) => s.key === current);
  const before = index > 0 ? steps[index - 1] : undefined;
  const after = index >= 0 ? steps[index + 1] : undefined;
  return (
    <div className="step-buttons">
      {before ? (
        <button type="button" className="button" onClick={() => onSelect(before.key)}>
          <span aria-hidden="true">←</span>
          {back(before.label)}
        </button>
      ) : null}
      {after ? (
        <button type="button" className="button primary step-next" onClick={() => onSelect(after.key)}>
          {next(after.label)}
          <span aria-hidden="true">→</span>
        </button>
      ) : null}
    </div>
  );
}

/**
 * A ref for the current step's heading, focused whenever the step changes (not on the first render, when the
 * page's own heading has focus): keyboard and screen-reader users land at the start of the new step.
 */
export function useStepHeading<T extends HTMLElement>(current: string) {
  const ref = useRef<T>(null);
  const first = useRef(true);
  // biome-ignore lint/correctness/useExhaustiveDependencies: runs on each change of step, which the ref does not see
  useEffect(() => {
    if (first.current) {
      first.current = false;
      return;
    }
    ref.current?.focus();
  }, [current]);
  return ref;
}
