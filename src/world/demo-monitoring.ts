import type { Transaction } from 'kysely';
import type { Database } from '../db/types.ts';

/** Samut Sakhon province, roughly, as corners [lat, lon]: the labour office's area in the demo. */
const SAMUT_SAKHON: [number, number][] = [
  [13.43, 100.05],
  [13.73, 100.05],
  [13.73, 100.42],
  [13.43, 100.42],
];

/**
 * The demo's routing rules (set by a system administrator in real use): tips and inspection findings in Thailand
 * go to the police division; labour exploitation in Samut Sakhon also to the provincial labour office, so a labour
 * tip there shows an overlap for the hotline to decide.
 */
export async function loadDemoRouting(trx: Transaction<Database>, agencies: { id: string; kind: string }[]) {
  const police = agencies.find((a) => a.kind === 'police');
  const labour = agencies.find((a) => a.kind === 'labour');
  if (!police || !labour) return 0;
  await trx
    .insertInto('routing_rules')
    .values([
      {
        name: 'Thailand: tips and findings to the anti-trafficking police',
        to_agency_id: police.id,
        applies_to: ['tip', 'inspection'],
        countries: ['TH'],
        area: null,
        kinds: null,
        min_danger: null,
        priority: 100,
        created_by: null,
      },
      {
        name: 'Labour exploitation in Samut Sakhon to the provincial labour office',
        to_agency_id: labour.id,
        applies_to: ['tip'],
        countries: null,
        area: JSON.stringify(SAMUT_SAKHON),
        kinds: ['labour'],
        min_danger: null,
        priority: 10,
        created_by: null,
      },
    ])
    .execute();
  return 2;
}
