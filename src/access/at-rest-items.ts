import { indexItemTerms } from '../intel/report-terms.ts';
import { itemContext } from '../intel/reports.ts';
import type { BatchRunner } from './at-rest.ts';
import { type Keyring, reseal, seal, unseal } from './sealing.ts';

const FIRST_ID = '00000000-0000-0000-0000-000000000000';

// Report items are the one sealed table a pass does more for than seal again: their search terms, keyed hashes
// under the current key, are hashed again in the same batch (report-terms.ts), so a search finds them once the old
// key is gone.

/** Report items' text sealed again and their search terms hashed again, a page a batch. */
export async function resealReportItems(
  run: BatchRunner,
  ring: Keyring,
  pending: boolean,
  size: number,
): Promise<number> {
  let n = 0;
  for (let last = { report_id: FIRST_ID, n: 0 }; ; ) {
    const from = last;
    const rows = await run(async (trx) => {
      const rows = await trx
        .selectFrom('intel_report_items')
        .select(['report_id', 'n', 'text', 'needs_seal'])
        .$if(pending, (q) => q.where('needs_seal', '=', true))
        .$if(!pending, (q) =>
          q.where((eb) =>
            eb.or([
              eb('report_id', '>', from.report_id),
              eb.and([eb('report_id', '=', from.report_id), eb('n', '>', from.n)]),
            ]),
          ),
        )
        .orderBy('report_id')
        .orderBy('n')
        .limit(size)
        .forUpdate()
        .execute();
      for (const r of rows) {
        const c = itemContext(r.report_id, r.n);
        const text = r.needs_seal ? seal(ring, r.text, c) : reseal(ring, r.text, c);
        // Under the current key already: its terms were hashed under it in the same transaction.
        if (!r.needs_seal && text === r.text) continue;
        const plain = r.needs_seal ? r.text : unseal(ring, r.text, c);
        await trx
          .updateTable('intel_report_items')
          .set({ text, needs_seal: false })
          .where('report_id', '=', r.report_id)
          .where('n', '=', r.n)
          .execute();
        await indexItemTerms(trx, ring, r.report_id, r.n, plain);
        n++;
      }
      return rows;
    });
    if (rows.length < size) return n;
    const end = rows[rows.length - 1];
    if (end) last = { report_id: end.report_id, n: end.n };
  }
}
