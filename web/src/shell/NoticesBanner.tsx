import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api, messageOf } from '../api.ts';
import type { UserNotices } from '../types.ts';
import { formatDateTime } from '../ui/format.ts';
import { ErrorMessage } from '../ui/Live.tsx';
import { useLoad } from '../useLoad.ts';
import { noticeWords } from './noticeWords.ts';

/**
 * What was done to the person's account or operations since they last looked (a reset, roles granted, a plan
 * changed after approval), read once at sign-in and shown until they say they have read each one.
 */
export function NoticesBanner() {
  const { t } = useTranslation('shell');
  const loaded = useLoad<UserNotices>('/api/me/notices');
  const [read, setRead] = useState<ReadonlySet<string>>(new Set());
  const [busy, setBusy] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);
  const unread = (loaded.data?.notices ?? []).filter((n) => !read.has(n.id));
  if (unread.length === 0 && !error) return null;
  const acknowledge = async (id: string) => {
    setBusy(id);
    setError(null);
    try {
      await api.post<void>(`/api/me/notices/${encodeURIComponent(id)}/read`);
      setRead((r) => new Set([...r, id]));
    } catch (e) {
      setError(messageOf(e));
    } finally {
      setBusy(null);
    }
  };
  return (
    <section className="notices-banner" aria-labelledby="notices-heading">
      <h2 id="notices-heading">{t('notices.heading', { count: unread.length })}</h2>
      <ul>
        {unread.map((n) => (
          <li key={n.id} className="user-notice">
            <p id={`notice-${n.id}`}>
              <span className="sub">{formatDateTime(n.at)}</span>
              {noticeWords(t, n)}
            </p>
            <button
              type="button"
              className="button small"
              disabled={busy === n.id}
              aria-describedby={`notice-${n.id}`}
              onClick={() => void acknowledge(n.id)}
            >
              {t('notices.read')}
            </button>
          </li>
        ))}
      </ul>
      <ErrorMessage message={error} />
    </section>
  );
}
