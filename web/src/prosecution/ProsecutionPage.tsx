import { useTranslation } from 'react-i18next';
import type { Me } from '../types.ts';
import { PageHeading } from '../ui/PageHeading.tsx';
import { CaseFileTable } from './CaseFileTable.tsx';
import { DeadlinesList } from './DeadlinesList.tsx';
import { OpenCaseFile } from './OpenCaseFile.tsx';
import './prosecution.css';

/** `#/prosecution`: the agency's case files, and opening one from a shared operation or from intelligence. */
export function ProsecutionPage({ me }: { me: Me }) {
  const { t } = useTranslation('prosecution');
  return (
    <>
      <PageHeading>{t('page.title')}</PageHeading>
      <p className="lead">{t('page.lead')}</p>
      <DeadlinesList />
      {me.permissions.includes('prosecution.write') ? <OpenCaseFile /> : null}
      <section className="panel" aria-labelledby="files-h">
        <h2 id="files-h">{t('page.filesHeading', { agency: me.agency.name })}</h2>
        <CaseFileTable />
      </section>
    </>
  );
}
