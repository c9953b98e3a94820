import { useTranslation } from 'react-i18next';
import { ErrorMessage } from '../ui/Live.tsx';
import { PageHeading } from '../ui/PageHeading.tsx';
import { useLoad } from '../useLoad.ts';
import { BriefView } from './BriefView.tsx';
import type { Brief } from './types.ts';

/** `#/operations/briefs/<id>`: one logistics brief (the read is audited). */
export function BriefPage({ id }: { id: string }) {
  const { t } = useTranslation('plans');
  const loaded = useLoad<Brief>(`/api/operations/briefs/${encodeURIComponent(id)}`);
  const b = loaded.data;
  return (
    <>
      <p className="breadcrumb">
        <a href="#/operations/briefs">{t('briefs.title')}</a>
      </p>
      <PageHeading>{b ? t('brief.titleFor', { codeName: b.codeName }) : t('brief.title')}</PageHeading>
      <ErrorMessage message={loaded.error} />
      {loaded.loading && !b ? <p className="muted">{t('brief.loading')}</p> : null}
      {b ? (
        <section className="panel" aria-labelledby="brief-h">
          <h2 id="brief-h">{t('brief.prepare')}</h2>
          <BriefView b={b} />
        </section>
      ) : null}
    </>
  );
}
