import { type FormEvent, useEffect, useState } from 'react';
import { Trans, useTranslation } from 'react-i18next';
import { api } from '../api.ts';
import { Check, SelectField } from '../screening/controls.tsx';
import type { Agency } from '../types.ts';
import { formatDateTime } from '../ui/format.ts';
import { ErrorMessage, StatusMessage } from '../ui/Live.tsx';
import { useSubmit } from '../ui/useSubmit.ts';
import { useLoad } from '../useLoad.ts';
import { agencyOption } from './labels.ts';
import type { ChannelBody, PublicChannel } from './types.ts';

/** Which agency answers the public reporting page (/report), and whether the page takes reports now. */
export function PublicChannelPanel({ agencies }: { agencies: Agency[] }) {
  const { t } = useTranslation('monitoring');
  const channel = useLoad<PublicChannel>('/api/monitoring/public-channel');
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
      await api.put('/api/monitoring/public-channel', {
        agencyId: agencyId || null,
        open,
      } satisfies ChannelBody);
      const agency = agencies.find((a) => a.id === agencyId)?.name ?? t('channel.theAgencyChosen');
      setDone(
        agencyId
          ? open
            ? t('channel.savedOpen', { agency })
            : t('channel.savedClosed', { agency })
          : t('channel.savedNone'),
      );
      channel.reload();
    })(event);
  return (
    <section className="panel" aria-labelledby="channel-h">
      <h2 id="channel-h">{t('channel.title')}</h2>
      <p className="hint">
        <Trans t={t} i18nKey="channel.hint" components={{ 1: <a href="/report">/report</a> }} />
      </p>
      <ErrorMessage message={channel.error ?? error} />
      <StatusMessage message={done} tone="success" />
      {c ? (
        <p>
          {c.agencyName
            ? c.open
              ? t('channel.answeredOpen', { agency: c.agencyName })
              : t('channel.answeredClosed', { agency: c.agencyName })
            : t('channel.noAgency')}
          {c.setAt ? ` ${t('channel.setAt', { at: formatDateTime(c.setAt) })}` : ''}
        </p>
      ) : null}
      <form className="stack form-wide" onSubmit={submit} noValidate aria-label={t('channel.formLabel')}>
        <SelectField
          label={t('channel.agency')}
          value={agencyId}
          onChange={setAgencyId}
          options={agencies.map(agencyOption)}
          placeholder={t('channel.none')}
        />
        <Check label={t('channel.taking')} checked={open} onChange={setOpen} disabled={!agencyId} />
        <div>
          <button type="submit" className="button" disabled={busy}>
            {t('channel.save')}
          </button>
        </div>
      </form>
    </section>
  );
}
