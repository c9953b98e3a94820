import { href } from '../../router.ts';
import type { PersonRecord } from './types.ts';
import { langOf, nationalityWords, sexWords, sourceWords } from './words.ts';

/** A record's name as written, in its own script's language so that it is shown and read aloud rightly. */
export function WrittenName({ name }: { name: string }) {
  return (
    <span className="written-name" lang={langOf(name)}>
      {name}
    </span>
  );
}

const FIELDS: [keyof PersonRecord, string, (v: string) => string][] = [
  ['birthDate', 'Born', (v) => v],
  ['phone', 'Phone', (v) => v],
  ['document', 'Document', (v) => v],
  ['account', 'Account', (v) => v],
  ['plate', 'Plate', (v) => v],
  ['nationality', 'Nationality', nationalityWords],
  ['sex', 'Sex', sexWords],
];

interface Props {
  record: PersonRecord;
  /** Name the person it is grouped into, with a link (in the review queue; not on the person's own page). */
  showEntity?: boolean;
  /** Name and source only (in a pair's explanation on a person's page, where the records are listed above). */
  brief?: boolean;
}

/** One record as its source wrote it: the name in its own script, the kind of source, and what else it gives. */
export function RecordCard({ record: r, showEntity, brief }: Props) {
  const given = FIELDS.flatMap(([key, label, words]) => {
    const v = r[key];
    return typeof v === 'string' && v !== '' ? [{ key, label, value: words(v) }] : [];
  });
  return (
    <div className="person-record">
      <p className="record-name">
        <WrittenName name={r.name} />
      </p>
      <p className="record-source">
        {sourceWords(r.source)}
        {r.rows > 1 ? <span className="muted"> · {r.rows.toLocaleString('en-US')} rows</span> : null}
        {r.kind === 'organisation' ? <span className="muted"> · organisation</span> : null}
      </p>
      {!brief && given.length > 0 ? (
        <dl className="record-fields">
          {given.map((f) => (
            <div key={f.key}>
              <dt>{f.label}</dt>
              {/* A plate or document may be written in the region's script (a Burmese plate): its language too. */}
              <dd
                className={f.key === 'nationality' || f.key === 'sex' ? undefined : 'mono'}
                lang={langOf(f.value)}
              >
                {f.value}
              </dd>
            </div>
          ))}
        </dl>
      ) : null}
      {showEntity && r.entityId ? (
        <p className="record-entity small">
          Grouped into{' '}
          <a href={href(`/intel/entities/${encodeURIComponent(r.entityId)}`)}>
            <WrittenName name={r.entityLabel ?? 'this person'} />
          </a>
        </p>
      ) : null}
    </div>
  );
}
