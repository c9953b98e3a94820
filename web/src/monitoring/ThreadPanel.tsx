import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api } from '../api.ts';
import { formatDateTime } from '../ui/format.ts';
import { ErrorMessage, StatusMessage } from '../ui/Live.tsx';
import { useLoad } from '../useLoad.ts';
import { tipApi } from './labels.ts';
import { TextBox } from './TextBox.tsx';
import type { ReplyBody, Thread } from './types.ts';
import { useTipAction } from './useTipAction.ts';

interface Props {
  tipId: string;
  /** The language the reporter wrote in, for the reply box. */
  language: string | null;
  canReply: boolean;
}

/**
 * The conversation with the reporter of a report made on the public page: they read the replies there with their
 * receipt code.
 */
export function ThreadPanel({ tipId, language, canReply }: Props) {
  const { t } = useTranslation('monitoring');
  const thread = useLoad<Thread>(tipApi(tipId, '/thread'));
  const [text, setText] = useState('');
  const action = useTipAction(thread.reload);
  const send = (event: FormEvent) => {
    event.preventDefault();
    if (action.refuse(text.trim() ? null : t('thread.writeFirst'))) return;
    void action.run(async () => {
      await api.post(tipApi(tipId, '/replies'), { text: text.trim() } satisfies ReplyBody);
      setText('');
    }, t('thread.sent'))();
  };
  const messages = thread.data?.messages ?? [];
  return (
    <section className="panel" aria-labelledby="thread-h">
      <h2 id="thread-h">{t('thread.title')}</h2>
      <ErrorMessage message={thread.error} />
      {thread.data && messages.length === 0 ? <p className="muted">{t('thread.empty')}</p> : null}
      <ol className="tip-thread">
        {messages.map((m, i) => (
          // biome-ignore lint/suspicious/noArrayIndexKey: messages only ever grow at the end
          <li key={i} className={`tip-message tip-message-${m.author}`}>
            <p className="muted small">
              {t('thread.meta', {
                who: m.author === 'reporter' ? t('thread.theReporter') : (m.by ?? t('thread.yourAgency')),
                at: formatDateTime(m.at),
              })}
            </p>
            <p className="tip-text">{m.text}</p>
          </li>
        ))}
      </ol>
      {canReply ? (
        <form className="stack form-wide" onSubmit={send} noValidate aria-label={t('thread.reply')}>
          <TextBox
            label={t('thread.reply')}
            value={text}
            onChange={setText}
            rows={3}
            lang={language ?? undefined}
            hint={t('thread.hint')}
          />
          <ErrorMessage message={action.error} />
          <StatusMessage message={action.done} tone="success" />
          <div>
            <button type="submit" className="button primary" disabled={action.busy}>
              {t('thread.send')}
            </button>
          </div>
        </form>
      ) : null}
    </section>
  );
}
