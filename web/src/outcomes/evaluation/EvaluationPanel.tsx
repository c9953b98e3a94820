import { useTranslation } from 'react-i18next';
import { href } from '../../router.ts';
import { BeforeAfterPanel } from './BeforeAfterPanel.tsx';
import { ProgrammesPanel } from './ProgrammesPanel.tsx';
import { UnitsPanel } from './UnitsPanel.tsx';
import './evaluation.css';

/** Each part's place in the address, and its name's key. */
const PARTS = [
  ['before-after', 'evaluation.beforeAfter'],
  ['programmes', 'evaluation.programmes'],
  ['units', 'evaluation.units'],
] as const;

/** Whether a `#/…` path belongs to evaluation and capacity. */
export const evaluationRoute = (path: string) => /^\/outcomes\/evaluation(\/|\?|$)/.test(path);

/** `#/outcomes/evaluation[/part]`: before and after an intervention, programmes, specialist units. */
export function EvaluationPanel({ path }: { path: string }) {
  const { t } = useTranslation('outcomes');
  const part = /^\/outcomes\/evaluation\/([a-z-]+)/.exec(path)?.[1] ?? 'before-after';
  return (
    <>
      <nav className="subnav evaluation-nav" aria-label={t('page.evaluation')}>
        {PARTS.map(([key, words]) => (
          <a
            key={key}
            href={href(`/outcomes/evaluation/${key}`)}
            aria-current={part === key ? 'page' : undefined}
          >
            {t(words)}
          </a>
        ))}
      </nav>
      {part === 'programmes' ? <ProgrammesPanel /> : part === 'units' ? <UnitsPanel /> : <BeforeAfterPanel />}
    </>
  );
}
