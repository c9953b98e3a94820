import { useState } from 'react';
import { api } from '../api.ts';
import { SelectField } from '../screening/controls.tsx';
import type { Me } from '../types.ts';
import { ErrorMessage, StatusMessage } from '../ui/Live.tsx';
import { useSubmit } from '../ui/useSubmit.ts';
import { useLoad } from '../useLoad.ts';
import type { AgencyRow, Report } from './types.ts';

/** Why the markings stop sharing as it stands, in words, to warn before trying; the server decides. */
function caution(r: Report): string | null {
  if (r.tlp === 'RED') return 'TLP:RED material goes to its named recipients only.';
  if (r.tlp === 'AMBER+STRICT') return 'TLP:AMBER+STRICT material stays within the receiving organisation.';
  if (r.handling === 'C') return 'Handling code C: share a version with the source and conditions removed.';
  return null;
}

/** Shares the report with another agency, as its handling code and TLP allow. */
export function SharePanel({ report, me }: { report: Report; me: Me }) {
  const agencies = useLoad<{ agencies: AgencyRow[] }>('/api/agencies');
  const [agencyId, setAgencyId] = useState('');
  const [done, setDone] = useState<string | null>(null);
  const { busy, error, setError, handle } = useSubmit();
  const others = (agencies.data?.agencies ?? []).filter((a) => a.id !== me.agency.id);
  const warn = caution(report);

  const submit = handle(async () => {
    setDone(null);
    const agency = others.find((a) => a.id === agencyId);
    if (!agency) return setError('Choose the agency to share the report with.');
    await api.post(`/api/intel/reports/${encodeURIComponent(report.id)}/share`, { agencyId });
    setDone(`Shared with ${agency.name}. Its source and how it was obtained are not shared.`);
  });

  return (
    <section className="panel" aria-labelledby="share-h">
      <h2 id="share-h">Share with agency</h2>
      <p className="hint">
        The agency sees the title, markings and graded items — never the source or how it was obtained.
      </p>
      {warn ? <p className="notice notice-info share-caution">{warn}</p> : null}
      <ErrorMessage message={agencies.error} />
      <form className="status-form share-form" onSubmit={submit} noValidate>
        <SelectField
          label="Agency to share with"
          value={agencyId}
          onChange={(v) => {
            setAgencyId(v);
            setDone(null);
          }}
          options={others.map((a) => [a.id, a.name] as const)}
          placeholder={agencies.data ? 'Choose an agency' : 'Loading the agencies…'}
        />
        <button type="submit" className="button primary" disabled={busy || !agencies.data}>
          {busy ? 'Sharing…' : 'Share'}
        </button>
      </form>
      <ErrorMessage message={error} />
      <StatusMessage message={done} tone="success" />
    </section>
  );
}
