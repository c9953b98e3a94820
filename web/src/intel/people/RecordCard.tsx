import type { TFunction } from 'i18next';
import { Trans, useTranslation } from 'react-i18next';
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

const fields = (t: TFunction<'intel'>): [keyof PersonRecord, string, (v: string) => string][] => [
  ['birthDate', t('people.record.born'), (v) => v],
  ['phone', t('people.record.phone'), (v) => v],
  ['document', t('people.record.document'), (v) => v],
  ['account', t('people.record.account'), (v) => v],
  ['plate', t('people.record.plate'), (v) => v],
  ['nationality', t('people.record.nationality'), nationalityWords],
  ['sex', t('people.record.sex'), sexWords],
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
  const { t } = useTranslation('intel');
  const given = fields(t).flatMap(([key, label, words]) => {
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
        {r.rows > 1 ? <span className="muted"> · {t('people.record.rows', { count: r.rows })}</span> : null}
        {r.kind === 'organisation' ? (
          <span className="muted"> · {t('people.record.organisation')}</span>
        ) : null}
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
          <Trans
            t={t}
            i18nKey="people.record.groupedInto"
            components={{
              1: (
                <a href={href(`/intel/entities/${encodeURIComponent(r.entityId)}`)}>
                  <WrittenName name={r.entityLabel ?? t('people.thisPerson')} />
                </a>
              ),
            }}
          />
        </p>
      ) : null}
    </div>
  );
}
