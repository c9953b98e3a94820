import { useTranslation } from 'react-i18next';
import { type Section, sectionLabel, sectionSummary } from '../shell/sections.ts';
import { PageHeading } from '../ui/PageHeading.tsx';

/** A part of Lantern whose module is not built yet: one sentence on what will come here. */
export function ModulePage({ section }: { section: Section }) {
  const { t } = useTranslation('shell');
  return (
    <>
      <PageHeading>{sectionLabel(t, section.key)}</PageHeading>
      <section className="panel empty-module">
        <p className="lead">{sectionSummary(t, section.key)}</p>
        <p>
          <a href="#/">{t('missing.backHome')}</a>
        </p>
      </section>
    </>
  );
}
