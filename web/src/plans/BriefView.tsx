import { wordFor } from '../screening/labels.ts';
import { formatDay } from '../ui/datetime.ts';
import { languageWords, SITE_KINDS } from './labels.ts';
import type { Brief } from './types.ts';

/** What a receiving service needs to prepare, and nothing that could reveal the target, the place or the time. */
export function BriefView({ b }: { b: Brief }) {
  const p = b.expectedPeople;
  return (
    <dl className="facts brief-facts">
      <dt>Be ready by</dt>
      <dd>{b.readyBy ? formatDay(b.readyBy) : 'Not set yet'}</dd>
      <dt>People expected</dt>
      <dd>{p.count}</dd>
      <dt>Children among them</dt>
      <dd>{p.children}</dd>
      <dt>Languages</dt>
      <dd>{languageWords(p.languages)}</dd>
      <dt>Medical needs</dt>
      <dd>{p.medicalNeeds || 'None known'}</dd>
      <dt>Screening site</dt>
      <dd>
        {b.screeningSite
          ? `${b.screeningSite.name} (${wordFor(SITE_KINDS, b.screeningSite.kind)}), ${b.screeningSite.address}`
          : 'Not chosen yet'}
      </dd>
    </dl>
  );
}
