import { useTranslation } from 'react-i18next';
import { type SectionKey, sectionLabel } from '../shell/sections.ts';
import { PageHeading } from '../ui/PageHeading.tsx';

export function NotFound() {
  const { t } = useTranslation('shell');
  return (
    <>
      <PageHeading>{t('missing.notFound')}</PageHeading>
      <p>
        {t('missing.noPage')} <a href="#/">{t('missing.goHome')}</a>.
      </p>
    </>
  );
}

export function NoAccess({ sectionKey }: { sectionKey: SectionKey }) {
  const { t } = useTranslation('shell');
  return (
    <>
      <PageHeading>{sectionLabel(t, sectionKey)}</PageHeading>
      <p>{t('missing.noAccess')}</p>
    </>
  );
}
