import { z } from 'zod';
import { listQuery, pageFields } from '../platform/listing.ts';
import { instant, line, uuid } from '../platform/text.ts';
import { AUDIT_OUTCOMES, AUDIT_SORTS, auditEntry } from './schema.ts';

// How the audit log is read a page at a time: filtered by record, actor, action, outcome and time, in the order it
// was written either way. The log grows without end, so the database filters, counts and cuts the page
// (audit-query.ts); there are no words to search, only filters.

export const auditListQuery = listQuery({
  sorts: AUDIT_SORTS,
  sort: 'at',
  order: 'desc',
  filters: {
    resourceType: line(64, { empty: true }).optional().describe('The kind of record entries are about'),
    resourceId: line(200, { empty: true }).optional().describe('The id of the record entries are about'),
    actorId: uuid.optional().describe('The account or token that acted'),
    action: line(64, { empty: true })
      .optional()
      .describe(
        'An action code; after its first dot, dots may be written as underscores (import.tips_queued finds import.tips.queued)',
      ),
    outcome: z.enum(AUDIT_OUTCOMES).optional(),
    from: instant().optional().describe('Entries written at or after this instant'),
    to: instant().optional().describe('Entries written before this instant'),
  },
}).omit({ q: true });

export type AuditListQuery = z.output<typeof auditListQuery>;

export const auditListReply = z.object({ entries: z.array(auditEntry), ...pageFields });
