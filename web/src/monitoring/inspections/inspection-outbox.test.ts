import { describe, expect, it } from 'vitest';
import {
  changesOf,
  type FindingsState,
  findingsStateOfBody,
  layMine,
  type QueuedRecord,
  withWaiting,
} from './inspection-outbox.ts';
import type { FindingsBody, Inspection } from './types.ts';

const WAGES = 'ilo11.withholding_of_wages';
const PAPERS = 'ilo11.retention_of_identity_documents';
const HOURS = 'ilo11.excessive_overtime';

/** What the phone saw: papers observed, hours not observed, no breach. */
const BASE: FindingsState = {
  revision: 1,
  indicators: [
    { id: PAPERS, answer: 'observed', workers: 4, observation: 'Passports in the hut' },
    { id: HOURS, answer: 'not_observed', workers: 0, observation: '' },
  ],
  breaches: [],
};

/** The office meanwhile: wages observed, an unpaid-wages breach. */
const THEIRS: FindingsState = {
  revision: 2,
  indicators: [
    ...BASE.indicators,
    { id: WAGES, answer: 'observed', workers: 9, observation: 'Paid at season end' },
  ],
  breaches: [{ breach: 'unpaid_wages', workers: 9, note: '' }],
};

/** The phone: hours observed, an excessive-hours breach; the rest as it saw it (wages never checked). */
const MINE: FindingsBody = {
  id: 'a-save',
  revision: 1,
  indicators: [
    { id: PAPERS, answer: 'observed', workers: 4, observation: 'Passports in the hut' },
    { id: HOURS, answer: 'observed', workers: 7, observation: '14 hours a day' },
    { id: WAGES, answer: 'not_checked', workers: 0, observation: '' },
  ],
  breaches: [{ breach: 'excessive_hours', workers: 7, note: 'Night shifts' }],
};

describe('findings kept on the phone over someone else’s', () => {
  it('tells what the phone changed: an indicator never answered and left unchecked is no change', () => {
    expect(changesOf(BASE, findingsStateOfBody(MINE, 1))).toEqual({
      indicators: [HOURS],
      breaches: ['excessive_hours'],
    });
  });

  it('lays the phone’s changes over theirs, on their revision, keeping what only they recorded', () => {
    const body = layMine(BASE, MINE, THEIRS);
    expect(body.revision).toBe(2);
    expect(body.id).toBe('a-save');
    const byId = Object.fromEntries(body.indicators.map((f) => [f.id, f]));
    expect(byId[WAGES]).toMatchObject({ answer: 'observed', workers: 9 });
    expect(byId[HOURS]).toMatchObject({ answer: 'observed', observation: '14 hours a day' });
    expect(byId[PAPERS]).toMatchObject({ answer: 'observed', workers: 4 });
    expect(body.breaches.map((b) => b.breach).sort()).toEqual(['excessive_hours', 'unpaid_wages']);
  });

  it('removes a breach the phone took off, even if they kept it', () => {
    const base: FindingsState = { ...BASE, breaches: [{ breach: 'unpaid_wages', workers: 2, note: '' }] };
    const body = layMine(base, { ...MINE, breaches: [] }, THEIRS);
    expect(body.breaches).toEqual([]);
  });
});

describe('the inspection as the phone has it', () => {
  const author = { id: 'u1', name: 'Kanya Thongdee' };
  const planned = {
    id: 'i1',
    status: 'planned',
    visitedOn: null,
    visitedBy: null,
    workers: { female: null, male: null, other: null, under18: null, migrant: null },
    interviews: [],
    findings: {
      revision: 0,
      savedAt: null,
      set: { id: 'ilo-forced-labour-11', version: '2012', name: 'ILO' },
      indicators: [
        { id: PAPERS, label: 'Retention of identity documents', answer: null, workers: 0, observation: '' },
      ],
      breaches: [],
    },
    choices: {
      breaches: [{ code: 'excessive_hours', label: 'Excessive working hours' }],
      outcomes: [],
      screeningAgencies: [],
    },
  } as unknown as Inspection;
  const common = { inspectionId: 'i1', savedAt: '2026-12-06T03:00:00.000Z', author };
  const workers = { female: 2, male: 3, other: 0, under18: 0, migrant: 4 };
  const visit: QueuedRecord = {
    ...common,
    id: 'v',
    kind: 'visit',
    body: { visitedOn: '2026-12-06', workers },
  };
  const interview: QueuedRecord = {
    ...common,
    id: 'w',
    kind: 'interview',
    body: { code: 'KD-1', private: true, language: 'my', interpreter: false, sex: 'male', under18: false },
  };
  const findings: QueuedRecord = {
    ...common,
    id: 'f',
    kind: 'findings',
    base: { revision: 0, indicators: [], breaches: [] },
    body: {
      indicators: [{ id: PAPERS, answer: 'observed', workers: 2, observation: 'Passports kept' }],
      breaches: [{ breach: 'excessive_hours', workers: 3, note: '' }],
    },
  };

  it('draws the visit, an interview and the findings waiting over it', () => {
    const i = withWaiting(planned, [visit, interview, findings]);
    expect(i.status).toBe('visited');
    expect(i.workers).toEqual(workers);
    expect(i.visitedBy).toEqual(author);
    expect(i.interviews).toEqual([expect.objectContaining({ id: 'w', code: 'KD-1', at: common.savedAt })]);
    expect(i.findings.indicators[0]).toMatchObject({ answer: 'observed', observation: 'Passports kept' });
    expect(i.findings.breaches).toEqual([
      { breach: 'excessive_hours', label: 'Excessive working hours', workers: 3, note: '' },
    ]);
    // The revision stays the server's: a save made on this copy is based on it.
    expect(i.findings.revision).toBe(0);
  });

  it('leaves out what was refused and findings in conflict', () => {
    const i = withWaiting(planned, [
      { ...visit, refused: 'closed' },
      { ...findings, conflict: { revision: 1, indicators: [], breaches: [] } } as QueuedRecord,
    ]);
    expect(i).toEqual(planned);
  });
});
