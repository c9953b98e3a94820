import { href } from '../../router.ts';
import { BeforeAfterPanel } from './BeforeAfterPanel.tsx';
import { ProgrammesPanel } from './ProgrammesPanel.tsx';
import { UnitsPanel } from './UnitsPanel.tsx';
import './evaluation.css';

const PARTS = [
  ['before-after', 'Before and after'],
  ['programmes', 'Programmes'],
  ['units', 'Specialist units'],
] as const;

/** Whether a `#/…` path belongs to evaluation and capacity. */
export const evaluationRoute = (path: string) => /^\/outcomes\/evaluation(\/|\?|$)/.test(path);

/** `#/outcomes/evaluation[/part]`: before and after an intervention, programmes, specialist units. */
export function EvaluationPanel({ path }: { path: string }) {
  const part = /^\/outcomes\/evaluation\/([a-z-]+)/.exec(path)?.[1] ?? 'before-after';
  return (
    <>
      <nav className="subnav evaluation-nav" aria-label="Evaluation and capacity">
        {PARTS.map(([key, words]) => (
          <a
            key={key}
            href={href(`/outcomes/evaluation/${key}`)}
            aria-current={part === key ? 'page' : undefined}
          >
            {words}
          </a>
        ))}
      </nav>
      {part === 'programmes' ? <ProgrammesPanel /> : part === 'units' ? <UnitsPanel /> : <BeforeAfterPanel />}
    </>
  );
}
