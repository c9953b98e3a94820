import { useTranslation } from 'react-i18next';
import { formatDateTime, formatNumber } from '../ui/format.ts';
import { exploitationOptions, languageOptions, placeOptions, sourceOptions, wordFor } from './labels.ts';
import type { Screening } from './types.ts';

interface Props {
  s: Screening;
  child: boolean;
  /** The code name of the operation the reference names, when it is one you screen people from. */
  codeName?: string | undefined;
}

/** What was recorded when the screening started. */
export function InterviewFacts({ s, child, codeName }: Props) {
  const { t } = useTranslation('screening');
  const source = wordFor(sourceOptions(), s.source);
  const language = wordFor(languageOptions(), s.language);
  const told = [
    s.consent.toldRights ? t('facts.toldRights') : null,
    s.consent.toldOptions ? t('facts.toldOptions') : null,
    s.consent.toldServicesVoluntary ? t('facts.toldVoluntary') : null,
  ].filter((x): x is string => x !== null);
  const interpreter = s.interpreter.used
    ? s.interpreter.language
      ? t('facts.withInterpreterIn', {
          language,
          name: s.interpreter.name ?? '',
          interpreterLanguage: wordFor(languageOptions(), s.interpreter.language),
        })
      : t('facts.withInterpreter', { language, name: s.interpreter.name ?? '' })
    : t('facts.noInterpreter', { language });
  const age = s.age === null ? t('facts.ageUnknown') : formatNumber(s.age);
  const guardian = s.guardian ?? t('facts.noGuardian');
  return (
    <dl className="facts screening-facts">
      <dt>{t('facts.from')}</dt>
      <dd>
        {codeName
          ? t('facts.fromOperation', { source, codeName })
          : s.sourceRef
            ? t('facts.fromRef', { source, ref: s.sourceRef })
            : source}
      </dd>
      <dt>{t('facts.place')}</dt>
      <dd>
        {t('facts.placeWords', {
          kind: wordFor(placeOptions(), s.place.kind),
          description: s.place.description,
        })}
      </dd>
      <dt>{t('facts.language')}</dt>
      <dd>{interpreter}</dd>
      <dt>{t('facts.consent')}</dt>
      <dd>
        {told.length
          ? t('facts.agreedAndTold', { told: told.join(t('facts.listSeparator')) })
          : t('facts.agreed')}
      </dd>
      <dt>{t('facts.age')}</dt>
      <dd>
        {child
          ? s.ageDoubtful
            ? t('facts.childDoubtful', { age, guardian })
            : t('facts.child', { age, guardian })
          : s.ageDoubtful
            ? t('facts.adultDoubtful', { age })
            : t('facts.adult', { age })}
      </dd>
      <dt>{t('facts.exploitation')}</dt>
      <dd>{wordFor(exploitationOptions(), s.exploitation)}</dd>
      <dt>{t('facts.started')}</dt>
      <dd>{formatDateTime(s.startedAt)}</dd>
    </dl>
  );
}
