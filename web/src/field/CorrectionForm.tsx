import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { NoteField } from '../operations/NoteField.tsx';
import { formatClock } from '../ui/datetime.ts';
import { ErrorMessage } from '../ui/Live.tsx';
import { useSubmit } from '../ui/useSubmit.ts';
import { kindWord, summary } from './summary.ts';
import type { CorrectionOutcome, LogEntry } from './types.ts';

interface Props {
  entry: LogEntry;
  correct: (entry: LogEntry, text: string) => Promise<CorrectionOutcome>;
  done: (message: string) => void;
  cancel: () => void;
}

/** Corrects an entry already in the log: what was wrong and what is right, kept beside the entry as recorded. */
export function CorrectionForm({ entry, correct, done, cancel }: Props) {
  const { t } = useTranslation('field');
  const [text, setText] = useState('');
  const { busy, error, setError, handle } = useSubmit();
  const onSubmit = handle(async () => {
    if (text.trim().length < 3) return setError(t('correction.writeFirst'));
    const out = await correct(entry, text.trim());
    done(t(`correction.${out}`));
  });
  return (
    <section className="panel record-form" aria-labelledby="correct-h">
      <h2 id="correct-h">{t('correction.title')}</h2>
      <p>
        <time dateTime={entry.occurredAt}>{formatClock(entry.occurredAt)}</time>{' '}
        <strong>{kindWord(t, entry.kind)}</strong> {summary(t, entry.kind, entry.entry)}
      </p>
      <form className="stack" onSubmit={onSubmit} noValidate>
        <NoteField
          label={t('correction.label')}
          value={text}
          onChange={setText}
          hint={t('correction.hint')}
        />
        <ErrorMessage message={error} />
        <button type="submit" className="button primary big" disabled={busy}>
          {t('correction.submit')}
        </button>
        <button type="button" className="button" onClick={cancel}>
          {t('correction.cancel')}
        </button>
      </form>
    </section>
  );
}
