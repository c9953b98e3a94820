import { useTranslation } from 'react-i18next';
import { href } from '../router.ts';
import { formatDay } from '../ui/datetime.ts';
import { formatNumber } from '../ui/format.ts';
import { ErrorMessage } from '../ui/Live.tsx';
import { PageHeading } from '../ui/PageHeading.tsx';
import { TableWrap } from '../ui/TableWrap.tsx';
import { useLoad } from '../useLoad.ts';
import { languageWords } from './labels.ts';
import { briefPath } from './paths.ts';
import type { Briefs } from './types.ts';

/** `#/operations/briefs`: the operations the user's agency will receive people from, as logistics only. */
export function BriefsPage() {
  const { t } = useTranslation('plans');
  const list = useLoad<Briefs>('/api/operations/briefs');
  const rows = list.data?.briefs;
  return (
    <>
      <PageHeading>{t('briefs.title')}</PageHeading>
      <p className="lead">{t('briefs.lead')}</p>
      <section className="panel" aria-labelledby="briefs-h">
        <h2 id="briefs-h">{t('briefs.heading')}</h2>
        <ErrorMessage message={list.error} />
        {rows && rows.length === 0 ? <p>{t('briefs.none')}</p> : null}
        {rows && rows.length > 0 ? (
          <TableWrap>
            <table>
              <caption className="visually-hidden">{t('briefs.heading')}</caption>
              <thead>
                <tr>
                  <th scope="col">{t('briefs.operation')}</th>
                  <th scope="col">{t('briefs.readyBy')}</th>
                  <th scope="col">{t('briefs.people')}</th>
                  <th scope="col">{t('briefs.languages')}</th>
                </tr>
              </thead>
              <tbody>
                {rows.map((b) => (
                  <tr key={b.id}>
                    <th scope="row">
                      <a href={href(briefPath(b.id))}>{b.codeName}</a>
                    </th>
                    <td className="nowrap">{b.readyBy ? formatDay(b.readyBy) : t('briefs.notSet')}</td>
                    <td className="num">
                      {b.expectedPeople.children
                        ? t('briefs.peopleWithChildren', {
                            people: b.expectedPeople.count,
                            count: b.expectedPeople.children,
                          })
                        : formatNumber(b.expectedPeople.count)}
                    </td>
                    <td>{languageWords(b.expectedPeople.languages)}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </TableWrap>
        ) : null}
        {list.loading && !rows ? <p className="muted">{t('briefs.loading')}</p> : null}
      </section>
    </>
  );
}
