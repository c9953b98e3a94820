import { useTranslation } from 'react-i18next';
import { languageOptions, wordFor } from '../screening/labels.ts';
import { formatDateTime } from '../ui/format.ts';
import { TableWrap } from '../ui/TableWrap.tsx';
import type { RecordWork } from './case-outbox.ts';
import type { CasePage } from './case-types.ts';
import { needDomainOptions, needLevelOptions } from './labels.ts';
import { NeedsForm } from './NeedsForm.tsx';

interface Props {
  c: Pick<CasePage, 'id' | 'needs' | 'assessments'>;
  editable: boolean;
  language: string;
  onChanged: () => void;
  record?: RecordWork | undefined;
}

/** The latest needs assessment, domain by domain, and the form for a new one. */
export function NeedsPanel({ c, editable, language, onChanged, record }: Props) {
  const { t } = useTranslation('protection');
  const first = c.needs[0];
  const domains = needDomainOptions(t);
  const levels = needLevelOptions(t);
  return (
    <section className="panel" aria-labelledby="needs-h">
      <h2 id="needs-h">{t('needs.title')}</h2>
      <p className="hint">{t('needs.hint')}</p>
      {first ? (
        <>
          <p>
            {first.assessedBy
              ? t('needs.latestBy', {
                  when: formatDateTime(first.assessedAt),
                  name: first.assessedBy.name,
                  language: wordFor(languageOptions(), first.language),
                })
              : t('needs.latest', {
                  when: formatDateTime(first.assessedAt),
                  language: wordFor(languageOptions(), first.language),
                })}
            {c.assessments > 1 ? ` ${t('needs.inAll', { count: c.assessments })}` : ''}
          </p>
          <TableWrap>
            <table>
              <caption>{t('needs.caption')}</caption>
              <thead>
                <tr>
                  <th scope="col">{t('needs.domain')}</th>
                  <th scope="col">{t('needs.need')}</th>
                  <th scope="col">{t('needs.note')}</th>
                </tr>
              </thead>
              <tbody>
                {c.needs.map((n) => (
                  <tr key={n.domain}>
                    <th scope="row">{wordFor(domains, n.domain)}</th>
                    <td>{wordFor(levels, n.level)}</td>
                    <td>{n.note || <span className="muted">{t('needs.noNote')}</span>}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </TableWrap>
        </>
      ) : (
        <p className="muted">{t('needs.none')}</p>
      )}
      {editable ? (
        <NeedsForm caseId={c.id} latest={c.needs} language={language} onChanged={onChanged} record={record} />
      ) : null}
    </section>
  );
}
