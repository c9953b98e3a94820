import { wordFor } from '../screening/labels.ts';
import { formatDay } from '../ui/datetime.ts';
import { formatDateTime } from '../ui/format.ts';
import { keyed } from '../ui/keyed.ts';
import { EVIDENCE_CATEGORIES, languageWords, SITE_KINDS } from './labels.ts';
import type { CheckItem, Operation } from './types.ts';

function Checklist({ title, items }: { title: string; items: CheckItem[] }) {
  return (
    <>
      <h3>{title}</h3>
      <ul className="checklist-view">
        {keyed(items, (i) => i.item).map(({ key, item: i }) => (
          <li key={key} className={i.done ? 'done' : 'open'}>
            <span className="visually-hidden">{i.done ? 'Done: ' : 'Not done: '}</span>
            {i.item}
          </li>
        ))}
      </ul>
    </>
  );
}

/** The plan, read only: for members who do not command, and once the operation has started. */
export function PlanSummary({ op }: { op: Operation }) {
  const p = op.plan;
  const people = p.expectedPeople;
  return (
    <>
      <dl className="facts">
        <dt>Target</dt>
        <dd>{p.target.label}</dd>
        <dt>Place</dt>
        <dd>{p.place}</dd>
        <dt>Starts</dt>
        <dd>{p.startsAt ? formatDateTime(p.startsAt) : 'Not set'}</dd>
        <dt>Services ready by</dt>
        <dd>{p.readyBy ? formatDay(p.readyBy) : 'Not set'}</dd>
        <dt>Screening site</dt>
        <dd>
          {p.screeningSite
            ? `${p.screeningSite.name} (${wordFor(SITE_KINDS, p.screeningSite.kind)}), ${p.screeningSite.address}`
            : 'Not chosen'}
        </dd>
        <dt>Transport</dt>
        <dd>{p.transport || 'Not arranged'}</dd>
        <dt>People expected</dt>
        <dd>
          {people.count}, of whom {people.children} children; languages: {languageWords(people.languages)}
          {people.medicalNeeds ? `; medical needs: ${people.medicalNeeds}` : ''}
        </dd>
        <dt>Receiving services</dt>
        <dd>{op.receivers.length ? op.receivers.map((r) => r.name).join(', ') : 'None named'}</dd>
        <dt>Suspects to arrest</dt>
        <dd>{p.arrestTargets.length ? p.arrestTargets.map((t) => t.label).join('; ') : 'None named'}</dd>
        <dt>Evidence to seize</dt>
        <dd>
          {p.expectedEvidence.length
            ? p.expectedEvidence
                .map((e) => `${wordFor(EVIDENCE_CATEGORIES, e.category)}${e.note ? ` (${e.note})` : ''}`)
                .join('; ')
            : 'None listed'}
        </dd>
      </dl>
      <Checklist title="Briefing" items={p.briefing} />
      <Checklist title="Go/no-go" items={p.goNoGo} />
    </>
  );
}
