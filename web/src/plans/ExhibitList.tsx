import type { ParseKeys } from 'i18next';
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import type { OperationExhibits } from '../evidence/types.ts';
import { href } from '../router.ts';
import { wordFor } from '../screening/labels.ts';
import { formatDateTime, formatNumber } from '../ui/format.ts';
import { ErrorMessage } from '../ui/Live.tsx';
import { TableWrap } from '../ui/TableWrap.tsx';
import { useLoad } from '../useLoad.ts';
import { evidenceCategoryOptions } from './labels.ts';
import { exhibitPath, operationApi } from './paths.ts';

/** The exhibits an operation seized, each linked to its custody record when the user may read evidence. */
export function ExhibitList({
  id,
  canRead,
  title,
}: {
  id: string;
  canRead: boolean;
  /** The heading; "Exhibits" when not given. */
  title?: string;
}) {
  const { t } = useTranslation('plans');
  const headingId = useId();
  const list = useLoad<OperationExhibits>(`${operationApi(id)}/exhibits`);
  const rows = list.data?.exhibits;
  const categories = evidenceCategoryOptions();
  return (
    <section className="panel" aria-labelledby={headingId}>
      <h2 id={headingId}>{title ?? t('exhibits.title')}</h2>
      <ErrorMessage message={list.error} />
      {rows && rows.length === 0 ? <p>{t('exhibits.none')}</p> : null}
      {rows && rows.length > 0 ? (
        <TableWrap>
          <table>
            <caption className="visually-hidden">{t('exhibits.caption')}</caption>
            <thead>
              <tr>
                <th scope="col">{t('exhibits.exhibit')}</th>
                <th scope="col">{t('exhibits.kind')}</th>
                <th scope="col">{t('exhibits.description')}</th>
                <th scope="col">{t('exhibits.custodian')}</th>
                <th scope="col">{t('exhibits.custodyEntries')}</th>
                <th scope="col">{t('exhibits.collected')}</th>
              </tr>
            </thead>
            <tbody>
              {rows.map((x) => (
                <tr key={x.id}>
                  <th scope="row">{canRead ? <a href={href(exhibitPath(x.id))}>{x.ref}</a> : x.ref}</th>
                  <td>
                    {t('exhibits.kindWords', {
                      category: wordFor(categories, x.category),
                      nature: t(`codes.nature.${x.nature}` as ParseKeys<'plans'>, { defaultValue: x.nature }),
                    })}
                  </td>
                  <td>{x.description}</td>
                  <td>{x.custodian}</td>
                  <td className="num">{formatNumber(x.custodyEntries)}</td>
                  <td className="nowrap">{formatDateTime(x.collectedAt)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </TableWrap>
      ) : null}
      {list.loading && !rows ? <p className="muted">{t('exhibits.loading')}</p> : null}
    </section>
  );
}
