import type { TFunction } from 'i18next';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api } from '../api.ts';
import { SelectField } from '../screening/controls.tsx';
import type { Agencies, Me } from '../types.ts';
import { ErrorMessage, StatusMessage } from '../ui/Live.tsx';
import { useSubmit } from '../ui/useSubmit.ts';
import { useLoad } from '../useLoad.ts';
import type { Report, ShareBody } from './types.ts';

/** Why the markings stop sharing as it stands, in words, to warn before trying; the server decides. */
function caution(t: TFunction<'intel'>, r: Report): string | null {
  if (r.tlp === 'RED') return t('reports.share.red');
  if (r.tlp === 'AMBER+STRICT') return t('reports.share.amberStrict');
  if (r.handling === 'C') return t('reports.share.conditions');
  return null;
}

/** Shares the report with another agency, as its handling code and TLP allow. */
export function SharePanel({ report, me }: { report: Report; me: Me }) {
  const { t } = useTranslation('intel');
  const agencies = useLoad<Agencies>('/api/agencies');
  const [agencyId, setAgencyId] = useState('');
  const [done, setDone] = useState<string | null>(null);
  const { busy, error, setError, handle } = useSubmit();
  const others = (agencies.data?.agencies ?? []).filter((a) => a.id !== me.agency.id);
  const warn = caution(t, report);

  const submit = handle(async () => {
    setDone(null);
    const agency = others.find((a) => a.id === agencyId);
    if (!agency) return setError(t('reports.share.noAgency'));
    await api.post(`/api/intel/reports/${encodeURIComponent(report.id)}/share`, {
      agencyId,
    } satisfies ShareBody);
    setDone(t('reports.share.done', { agency: agency.name }));
  });

  return (
    <section className="panel" aria-labelledby="share-h">
      <h2 id="share-h">{t('reports.share.heading')}</h2>
      <p className="hint">{t('reports.share.hint')}</p>
      {warn ? <p className="notice notice-info share-caution">{warn}</p> : null}
      <ErrorMessage message={agencies.error} />
      <form className="status-form share-form" onSubmit={submit} noValidate>
        <SelectField
          label={t('reports.share.agency')}
          value={agencyId}
          onChange={(v) => {
            setAgencyId(v);
            setDone(null);
          }}
          options={others.map((a) => [a.id, a.name] as const)}
          placeholder={agencies.data ? t('reports.share.choose') : t('reports.share.loading')}
        />
        <button type="submit" className="button primary" disabled={busy || !agencies.data}>
          {busy ? t('reports.share.sharing') : t('reports.share.share')}
        </button>
      </form>
      <ErrorMessage message={error} />
      <StatusMessage message={done} tone="success" />
    </section>
  );
}
