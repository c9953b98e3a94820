import type { Me } from '../types.ts';
import { PageHeading } from '../ui/PageHeading.tsx';
import { TimelinePanel } from './TimelinePanel.tsx';

/**
 * `#/intel/phones/<E.164 number>`: the calls of a phone number met in call records that no phone entity is known
 * by yet (the search box links a number with an entity to the entity's page instead).
 */
export function NumberPage({ number, me }: { number: string; me: Me }) {
  return (
    <>
      <p className="breadcrumb">
        <a href="#/intel">Intelligence</a>
      </p>
      <PageHeading>
        Phone number <span className="mono">{number}</span>
      </PageHeading>
      <p className="hint">
        No entity is known by this number yet: add a phone entity for it to link it to the people who use it.
      </p>
      <TimelinePanel phoneNumber={number} canSeeTips={me.permissions.includes('monitoring.read')} />
    </>
  );
}
