import { describe, expect, it } from 'vitest';
import { crashRounds } from '../../bench/crash.ts';

// The crash benchmark's short version (npm run bench -- crash runs 50 kills): a real `lantern serve` on a new demo
// database, killed with SIGKILL while it imports call records, records custody transfers, saves screenings and
// takes field-log notes, then started again; after each kill the chains verify, nothing is half done, nothing
// acknowledged is lost, and resent field-log entries are each recorded once. On the embedded database, or on a
// scratch database of the PostgreSQL server in the server's pass (DATABASE_URL).
describe('the server killed at random moments', () => {
  it('starts again each time, its chains whole, no work half done or lost', {
    timeout: 180_000,
  }, async () => {
    const s = await crashRounds({
      kills: 2,
      databaseUrl: process.env.DATABASE_URL || undefined,
      seed: 7,
      rows: 10_000,
      killAfter: [0.8, 1.6],
      drainS: 60,
      say: () => {},
    });
    expect(s.failures).toEqual([]);
    expect(s.rounds).toHaveLength(2);
    expect(s.logEntries).toBeGreaterThan(0);
  });
});
