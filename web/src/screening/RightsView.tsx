import type { TFunction } from 'i18next';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Language } from '../i18n/languages.ts';
import { languageOptions, wordFor } from './labels.ts';
import { PersonView, type Shown } from './PersonView.tsx';
import { useLanguageT } from './useLanguageT.ts';

/** The person's rights, in the order they are explained: why, what this is not, their choices, then remedies. */
const RIGHTS = [
  'why',
  'notArrest',
  'choice',
  'interpreter',
  'stop',
  'confidential',
  'child',
  'consulate',
  'compensation',
] as const;

const words = (t: TFunction<'screening'>, k: (typeof RIGHTS)[number]) => ({
  title: t(`rights.${k}.title`),
  text: t(`rights.${k}.text`),
});

/** The explanation of the person's rights, shown in their language to read out or hand over. */
export function RightsView({
  person,
  officer,
  onClose,
}: {
  person: Language;
  officer: Language;
  onClose: () => void;
}) {
  const { t } = useTranslation('screening');
  const tp = useLanguageT(person) ?? t;
  const [index, setIndex] = useState(0);
  const items: Shown[] = RIGHTS.map((k) => ({ key: k, person: words(tp, k), officer: words(t, k) }));
  return (
    <PersonView
      title={t('personView.rightsTitle', { language: wordFor(languageOptions(), person) })}
      person={person}
      officer={officer}
      items={items}
      index={index}
      onIndex={setIndex}
      onClose={onClose}
    />
  );
}
