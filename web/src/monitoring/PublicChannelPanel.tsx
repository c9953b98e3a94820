import { type FormEvent, useEffect, useState } from 'react';
import { api } from '../api.ts';
import { Check, SelectField } from '../screening/controls.tsx';
import { wordFor } from '../screening/labels.ts';
import type { Agency } from '../types.ts';
import { formatDateTime } from '../ui/format.ts';
import { ErrorMessage, StatusMessage } from '../ui/Live.tsx';
import { useSubmit } from '../ui/useSubmit.ts';
import { useLoad } from '../useLoad.ts';
import { AGENCY_KINDS } from './labels.ts';

interface Channel {
  agencyId: string | null;
  agencyName: string | null;
  open: boolean;
  setAt: string | null;
}

/** Which agency answers the public reporting page (/report), and whether the page takes reports now. */
export function PublicChannelPanel({ agencies }: { agencies: Agency[] }) {
  const channel = useLoad<Channel>('/api/monitoring/public-channel');
  const [agencyId, setAgencyId] = useState('');
  const [open, setOpen] = useState(true);
  const [done, setDone] = useState<string | null>(null);
  const { busy, error, handle } = useSubmit();
  const c = channel.data;
  useEffect(() => {
    if (!c) return;
    setAgencyId(c.agencyId ?? '');
    setOpen(c.open);
  }, [c]);
  const submit = (event: FormEvent) =>
    void handle(async () => {
      setDone(null);
      await api.put('/api/monitoring/public-channel', { agencyId: agencyId || null, open });
      setDone(
        agencyId
          ? `The public page is ${open ? 'open' : 'closed'}, answered by ${agencies.find((a) => a.id === agencyId)?.name ?? 'the agency chosen'}.`
          : 'The public page is closed: no agency answers it.',
      );
      channel.reload();
    })(event);
  return (
    <section className="panel" aria-labelledby="channel-h">
      <h2 id="channel-h">The public reporting page</h2>
      <p className="hint">
        Anyone may report without an account at <a href="/report">/report</a>. Reports go to the agency chosen
        here, which triages them and answers the reporters.
      </p>
      <ErrorMessage message={channel.error ?? error} />
      <StatusMessage message={done} tone="success" />
      {c ? (
        <p>
          {c.agencyName
            ? `Answered by ${c.agencyName}; ${c.open ? 'taking reports' : 'closed: it says reports cannot be taken now'}.`
            : 'No agency answers it: the page says reports cannot be taken now.'}
          {c.setAt ? ` Set ${formatDateTime(c.setAt)}.` : ''}
        </p>
      ) : null}
      <form className="stack form-wide" onSubmit={submit} noValidate aria-label="Who answers the public page">
        <SelectField
          label="Agency that answers the page"
          value={agencyId}
          onChange={setAgencyId}
          options={agencies.map((a) => [a.id, `${a.name} (${wordFor(AGENCY_KINDS, a.kind)})`] as const)}
          placeholder="None: the page is closed"
        />
        <Check label="Taking reports" checked={open} onChange={setOpen} disabled={!agencyId} />
        <div>
          <button type="submit" className="button" disabled={busy}>
            Save
          </button>
        </div>
      </form>
    </section>
  );
}
