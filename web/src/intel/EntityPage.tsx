import { useEffect, useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import type { Me } from '../types.ts';
import { ErrorMessage } from '../ui/Live.tsx';
import { PageHeading } from '../ui/PageHeading.tsx';
import { useLoad } from '../useLoad.ts';
import { FactForm } from './FactForm.tsx';
import { FactList } from './FactList.tsx';
import { LinkForm } from './LinkForm.tsx';
import { LinkList } from './LinkList.tsx';
import { codeWords } from './labels.ts';
import { SiteNetworkProfile } from './network-analysis/SiteNetworkProfile.tsx';
import { OutcomesTable } from './OutcomesTable.tsx';
import { EntityRecords } from './people/EntityRecords.tsx';
import { rememberEntity } from './recent.ts';
import { ScreeningFindingsPanel } from './ScreeningFindingsPanel.tsx';
import { TimelinePanel } from './TimelinePanel.tsx';
import type { Entity, Registry, ReportPage } from './types.ts';
import { NamedInReports } from './workbench/NamedInReports.tsx';

/** `#/intel/entities/<id>`: what you may see about an entity, each fact and link with where it came from. */
export function EntityPage({ id, me }: { id: string; me: Me }) {
  const { t } = useTranslation('intel');
  const entity = useLoad<Entity>(`/api/intel/entities/${encodeURIComponent(id)}`);
  const reg = useLoad<Registry>('/api/intel/registry');
  // The newest reports (a page of the largest size) name a provenance's report and are offered for a new fact.
  const reports = useLoad<ReportPage>('/api/intel/reports?size=200');
  const e = entity.data;
  const userId = me.user.id;
  useEffect(() => {
    if (e) rememberEntity(userId, e);
  }, [e, userId]);
  const titles = useMemo(
    () => new Map((reports.data?.reports ?? []).map((r) => [r.id, r.title])),
    [reports.data],
  );
  const canWrite = me.permissions.includes('intel.write');
  const back = (
    <p className="breadcrumb">
      <a href="#/intel">{t('page.title')}</a>
    </p>
  );
  if (!e) {
    return (
      <>
        {back}
        <PageHeading>{t('entity.heading')}</PageHeading>
        <ErrorMessage message={entity.error} />
        {entity.error ? null : <p className="muted">{t('entity.loading')}</p>}
      </>
    );
  }
  const { facts: hiddenFacts, links: hiddenLinks } = e.restricted;
  return (
    <>
      {back}
      <PageHeading>{e.label}</PageHeading>
      <p className="lead">{codeWords('entityType', e.type, reg.data)}</p>
      <p>
        <a href={`#/intel/network?node=${encodeURIComponent(e.id)}`}>{t('entity.openChart')}</a>
      </p>
      {hiddenFacts + hiddenLinks > 0 ? (
        <p className="notice notice-info restricted">
          {t('entity.restricted', {
            facts: t('entity.facts', { count: hiddenFacts }),
            links: t('entity.links', { count: hiddenLinks }),
          })}
        </p>
      ) : null}
      <ErrorMessage message={entity.error ?? reg.error} />
      {/* A resolved person is its records first: it has no facts of its own until an analyst adds them. */}
      {e.type === 'person' || e.type === 'organisation' ? (
        <EntityRecords entityId={e.id} label={e.label} canWrite={canWrite} onChanged={entity.reload} />
      ) : null}
      <section className="panel" aria-labelledby="facts-h">
        <h2 id="facts-h">{t('entity.factsHeading')}</h2>
        <FactList reg={reg.data} type={e.type} facts={e.facts} titles={titles} />
        {canWrite && reg.data ? (
          <FactForm reg={reg.data} entity={e} reports={reports.data?.reports ?? []} onAdded={entity.reload} />
        ) : null}
      </section>
      <section className="panel" aria-labelledby="links-h">
        <h2 id="links-h">{t('entity.linksHeading')}</h2>
        <LinkList reg={reg.data} entity={e} titles={titles} />
        {canWrite && reg.data ? (
          <LinkForm reg={reg.data} entity={e} reports={reports.data?.reports ?? []} onAdded={entity.reload} />
        ) : null}
      </section>
      {e.type === 'site' ? <SiteNetworkProfile siteId={e.id} /> : null}
      <NamedInReports entityId={e.id} />
      {/* A new fact or link may bring new numbers: the timeline starts again. */}
      <TimelinePanel
        key={`${e.facts.length}/${e.links.length}`}
        entityId={e.id}
        canSeeTips={me.permissions.includes('monitoring.read')}
      />
      {e.operationOutcomes?.length ? (
        <section className="panel" aria-labelledby="outcomes-h">
          <h2 id="outcomes-h">{t('entity.outcomesHeading')}</h2>
          <OutcomesTable rows={e.operationOutcomes} />
        </section>
      ) : null}
      {e.screeningFindings ? <ScreeningFindingsPanel findings={e.screeningFindings} /> : null}
    </>
  );
}
