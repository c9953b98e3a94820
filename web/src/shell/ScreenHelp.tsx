import { useTranslation } from 'react-i18next';
import type { SectionKey } from './sections.ts';

export type HelpScreen = SectionKey | 'home';

/** "About this screen": what the part of Lantern is for and who sees what in it, folded until asked for. */
export function ScreenHelp({ screen }: { screen: HelpScreen }) {
  const { t } = useTranslation('shell');
  return (
    <details className="screen-help">
      <summary>{t('help.title')}</summary>
      <dl>
        <dt>{t('help.purpose')}</dt>
        <dd>{t(`help.screens.${screen}.purpose`)}</dd>
        <dt>{t('help.whoSees')}</dt>
        <dd>{t(`help.screens.${screen}.whoSees`)}</dd>
      </dl>
    </details>
  );
}
