import type { ParseKeys } from 'i18next';
import { useTranslation } from 'react-i18next';
import { href } from '../router.ts';
import { formatDate } from '../ui/format.ts';
import { ErrorMessage } from '../ui/Live.tsx';
import { TableWrap } from '../ui/TableWrap.tsx';
import { useLoad } from '../useLoad.ts';
import { judgementOptions } from './labels.ts';
import type { ChecklistIndex } from './types.ts';

/** `#/outcomes/checklists`: the agency's donor checklists, and writing a new one. */
export function ChecklistList() {
  const { t } = useTranslation('outcomes');
  const list = useLoad<ChecklistIndex>('/api/outcomes/checklists');
  return (
    <section className="panel" aria-labelledby="checklists-h">
      <h2 id="checklists-h">{t('checklists.title')}</h2>
      <p>{t('checklists.lead')}</p>
      <p>
        <a className="button primary" href={href('/outcomes/checklists/new')}>
          {t('checklists.new')}
        </a>
      </p>
      <ErrorMessage message={list.error} />
      {list.data && list.data.checklists.length === 0 ? (
        <p className="muted">{t('checklists.none')}</p>
      ) : null}
      {list.data && list.data.checklists.length > 0 ? (
        <TableWrap>
          <table>
            <caption className="visually-hidden">{t('checklists.title')}</caption>
            <thead>
              <tr>
                <th scope="col">{t('checklists.proposal')}</th>
                <th scope="col">{t('checklists.place')}</th>
                <th scope="col">{t('checklists.assessment')}</th>
                <th scope="col">{t('checklists.changed')}</th>
              </tr>
            </thead>
            <tbody>
              {list.data.checklists.map((c) => (
                <tr key={c.id}>
                  <th scope="row">
                    <a href={href(`/outcomes/checklists/${c.id}`)}>{c.title}</a>
                  </th>
                  <td>{c.place}</td>
                  <td>
                    {judgementOptions()
                      .map(([j]) =>
                        t(`codes.judgementCount.${j}` as ParseKeys<'outcomes'>, {
                          count: c.answers.filter((a) => a.judgement === j).length,
                        }),
                      )
                      .join(t('list.separator'))}
                  </td>
                  <td className="nowrap">{formatDate(c.updatedAt)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </TableWrap>
      ) : null}
    </section>
  );
}
