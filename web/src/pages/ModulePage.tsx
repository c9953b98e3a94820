import type { Section } from '../shell/sections.ts';
import { PageHeading } from '../ui/PageHeading.tsx';

/** A part of Lantern whose module is not built yet: one sentence on what will come here. */
export function ModulePage({ section }: { section: Section }) {
  return (
    <>
      <PageHeading>{section.label}</PageHeading>
      <section className="panel empty-module">
        <p className="lead">{section.summary}</p>
        <p>
          <a href="#/">Back to the home page</a>
        </p>
      </section>
    </>
  );
}
