import { useTranslation } from 'react-i18next';
import { ExhibitList } from '../plans/ExhibitList.tsx';
import type { OperationPage } from '../plans/types.ts';
import type { Me } from '../types.ts';
import { ErrorMessage } from '../ui/Live.tsx';
import { PageHeading } from '../ui/PageHeading.tsx';
import { useLoad } from '../useLoad.ts';

const SEIZING = ['executing', 'concluded'];

/** `#/evidence`: the exhibits seized by the operations you are a member of, each opening its custody record. */
export function EvidencePage({ me }: { me: Me }) {
  const { t } = useTranslation('evidence');
  const reads = me.permissions.includes('operations.read');
  const ops = useLoad<OperationPage>(reads ? '/api/operations/plans' : null);
  const seizing = (ops.data?.operations ?? []).filter((o) => SEIZING.includes(o.status));
  return (
    <>
      <PageHeading>{t('page.title')}</PageHeading>
      <p className="lead">{t('page.lead')}</p>
      <ErrorMessage message={ops.error} />
      {ops.data && seizing.length === 0 ? <p className="panel">{t('page.none')}</p> : null}
      {!reads ? <p className="muted">{t('page.openFromLink')}</p> : null}
      {seizing.map((o) => (
        <ExhibitList key={o.id} id={o.id} canRead title={t('page.exhibitsOf', { codeName: o.codeName })} />
      ))}
    </>
  );
}
