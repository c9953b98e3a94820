import { describe, expect, it } from 'vitest';
import { pathOf, type QueuedWork, statusOnPhone } from './case-outbox.ts';

const CASE = '0b7f2c9e-5d0e-4c59-9a57-3f4f3c1c0001';
const SERVICE = '0b7f2c9e-5d0e-4c59-9a57-3f4f3c1c0002';
const author = { id: 'u', name: 'Malee' };
const queued = (work: Partial<QueuedWork> & Pick<QueuedWork, 'kind' | 'body'>, id: string) =>
  ({ id, caseId: CASE, savedAt: '2026-12-06T03:00:00Z', author, ...work }) as QueuedWork;
const step = (decision: 'accepted' | 'completed' | 'declined', base: string, id: string) =>
  queued(
    {
      kind: 'step',
      service: 'medical',
      serviceId: SERVICE,
      body: { decision, base: base as 'offered', language: 'my', note: '' },
    },
    id,
  );

describe("a shelter case's work waiting on the device", () => {
  it('is drawn over the service read: the last step waiting for it is where it stands', () => {
    expect(statusOnPhone([], 'medical', 'offered')).toBe('offered');
    const q = [step('accepted', 'offered', '1'), step('completed', 'accepted', '2')];
    expect(statusOnPhone(q, 'medical', 'offered')).toBe('completed');
    expect(statusOnPhone(q, 'legal_aid', 'declined')).toBe('declined');
    const again = queued(
      { kind: 'offer', service: 'legal_aid', body: { service: 'legal_aid', language: 'my' } },
      '3',
    );
    expect(statusOnPhone([again], 'legal_aid', 'declined')).toBe('offered');
  });

  it('leaves out a step in conflict or refused: the service stands as read until the person chooses', () => {
    const clash = {
      ...step('accepted', 'offered', '1'),
      conflict: { serviceId: SERVICE, service: 'medical', status: 'declined', last: null },
    };
    const refused = { ...step('completed', 'accepted', '2'), refused: 'The case is closed.' };
    expect(statusOnPhone([clash, refused], 'medical', 'offered')).toBe('offered');
  });

  it('is sent to the route of its kind', () => {
    expect(pathOf(CASE, step('accepted', 'offered', '1'))).toBe(
      `/api/protection/cases/${CASE}/services/${SERVICE}/decision`,
    );
    expect(pathOf(CASE, { kind: 'needs', body: { language: 'my', needs: [] } })).toBe(
      `/api/protection/cases/${CASE}/needs`,
    );
  });
});
