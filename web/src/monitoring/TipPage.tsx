import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Me } from '../types.ts';
import { ErrorMessage } from '../ui/Live.tsx';
import { PageHeading } from '../ui/PageHeading.tsx';
import { useLoad } from '../useLoad.ts';
import { DuplicatesPanel } from './DuplicatesPanel.tsx';
import { FamilyNumberPanel } from './FamilyNumberPanel.tsx';
import { HistoryPanel } from './HistoryPanel.tsx';
import { tipApi } from './labels.ts';
import { ReopenPanel } from './ReopenPanel.tsx';
import { RoutingPanel } from './RoutingPanel.tsx';
import { ThreadPanel } from './ThreadPanel.tsx';
import { TipSummary } from './TipSummary.tsx';
import { TriageActions } from './TriageActions.tsx';
import type { TipPageData } from './types.ts';

/**
 * `#/monitoring/tips/<id>`: a tip with all the intake recorded, its triage, possible duplicates, routing, the
 * conversation with the reporter and its history. Actions only for those who triage.
 */
export function TipPage({ id, me }: { id: string; me: Me }) {
  const { t } = useTranslation('monitoring');
  const page = useLoad<TipPageData>(tipApi(id, '/intake'));
  /** Counts the triages made here: the routing proposal under review follows them. */
  const [judged, setJudged] = useState(0);
  const back = (
    <p className="breadcrumb">
      <a href="#/monitoring">{t('page.title')}</a>
    </p>
  );
  const p = page.data;
  if (!p) {
    return (
      <>
        {back}
        <PageHeading>{t('tipPage.heading')}</PageHeading>
        <ErrorMessage message={page.error} />
        {page.error ? null : <p className="muted">{t('tipPage.loading')}</p>}
      </>
    );
  }
  const canTriage = me.permissions.includes('monitoring.triage');
  const open = p.tip.status !== 'closed' && p.tip.status !== 'imported';
  return (
    <>
      {back}
      <PageHeading>{t('shared.tipNamed', { id: p.tip.id })}</PageHeading>
      <TipSummary page={p} />
      {canTriage && open ? (
        <TriageActions
          tip={p.tip}
          onChanged={() => {
            setJudged((n) => n + 1);
            page.reload();
          }}
        />
      ) : null}
      {canTriage && p.tip.status === 'closed' ? (
        <ReopenPanel tipId={p.tip.id} onChanged={page.reload} />
      ) : null}
      <DuplicatesPanel
        tipId={p.tip.id}
        duplicates={p.duplicates}
        canDecide={canTriage}
        onChanged={page.reload}
      />
      <RoutingPanel
        basePath={tipApi(p.tip.id)}
        ownAgencyId={me.agency.id}
        routings={p.routings}
        canRoute={canTriage && open}
        revision={judged}
        onChanged={page.reload}
      />
      {p.tip.channel === 'public_page' && !p.tip.routedIn ? (
        <ThreadPanel tipId={p.tip.id} language={p.tip.language} canReply={canTriage} />
      ) : null}
      {me.permissions.includes('monitoring.write') ? <FamilyNumberPanel tipId={p.tip.id} /> : null}
      <HistoryPanel events={p.events} />
    </>
  );
}
