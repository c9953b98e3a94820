import { type ReactNode, useEffect, useId, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import type { Language } from '../i18n/languages.ts';
import { useLanguageT } from './useLanguageT.ts';
import './person-view.css';

/** One thing shown to the person: in their language, and in the officer's beneath it. */
export interface Shown {
  key: string;
  person: { title?: string | undefined; text: string };
  officer: { title?: string | undefined; text: string };
  /** Said to the officer when the person's language lacks this text (the officer's words are shown instead). */
  missing?: string | undefined;
}

interface Props {
  /** What the officer sees as the view's name, in their language. */
  title: string;
  person: Language;
  officer: Language;
  items: readonly Shown[];
  index: number;
  onIndex: (index: number) => void;
  onClose: () => void;
  /** The officer's part under the item shown (recording an answer), if any. */
  children?: ReactNode;
}

/**
 * A full-screen view to read out or hand over on the tablet: large text in the person's language (marked with its
 * `lang`, so its font is used), the officer's language small beneath, moving one item at a time.
 */
export function PersonView({ title, person, officer, items, index, onIndex, onClose, children }: Props) {
  const { t } = useTranslation('screening');
  const tp = useLanguageT(person);
  const ref = useRef<HTMLDialogElement>(null);
  const titleId = useId();
  useEffect(() => {
    const dialog = ref.current;
    if (dialog && !dialog.open) dialog.showModal();
  }, []);
  const item = items[index];
  const both = person !== officer;
  const last = items.length - 1;
  const progress = { current: index + 1, total: items.length };
  return (
    <dialog ref={ref} className="person-view" aria-labelledby={titleId} onClose={onClose}>
      <div className="person-view-bar">
        <h2 id={titleId}>{title}</h2>
        <button type="button" className="button" onClick={() => ref.current?.close()}>
          {t('personView.close')}
        </button>
      </div>
      {item && tp ? (
        <div className="person-view-body" aria-live="polite">
          <p className="person-view-progress" lang={person}>
            {tp('personView.progress', progress)}
          </p>
          {item.missing ? (
            <p className="notice notice-info" lang={officer}>
              {item.missing}
            </p>
          ) : (
            <div lang={person} className="person-view-person">
              {item.person.title ? <h3>{item.person.title}</h3> : null}
              <p>{item.person.text}</p>
            </div>
          )}
          {both || item.missing ? (
            <div lang={officer} className="person-view-officer">
              {item.officer.title ? <h3>{item.officer.title}</h3> : null}
              <p>{item.officer.text}</p>
            </div>
          ) : null}
        </div>
      ) : (
        <p className="muted">{t('personView.loading')}</p>
      )}
      <div className="person-view-nav">
        <button
          type="button"
          className="button"
          disabled={index <= 0}
          onClick={() => onIndex(Math.max(0, index - 1))}
        >
          <span lang={person}>{tp ? tp('personView.previous') : t('personView.previous')}</span>
          {both ? <span lang={officer}>{t('personView.previous')}</span> : null}
        </button>
        <button
          type="button"
          className="button primary"
          disabled={index >= last}
          onClick={() => onIndex(Math.min(last, index + 1))}
        >
          <span lang={person}>{tp ? tp('personView.next') : t('personView.next')}</span>
          {both ? <span lang={officer}>{t('personView.next')}</span> : null}
        </button>
      </div>
      {children}
    </dialog>
  );
}
