import { UsersPage } from '../admin/UsersPage.tsx';
import { AuditPage } from '../audit/AuditPage.tsx';
import { EvidencePage } from '../evidence/EvidencePage.tsx';
import { ExhibitPage } from '../evidence/ExhibitPage.tsx';
import { IntelSection, intelPage } from '../intel/IntelSection.tsx';
import { MonitoringPage } from '../monitoring/MonitoringPage.tsx';
import { OperationsSection } from '../operations/OperationsSection.tsx';
import { OutcomesPage, outcomesRoute } from '../outcomes/OutcomesPage.tsx';
import { HomePage } from '../pages/HomePage.tsx';
import { NoAccess, NotFound } from '../pages/Missing.tsx';
import { ModulePage } from '../pages/ModulePage.tsx';
import { operationsRoute } from '../plans/paths.ts';
import { CaseFilePage } from '../prosecution/CaseFilePage.tsx';
import { ProsecutionPage } from '../prosecution/ProsecutionPage.tsx';
import { CasePage } from '../protection/CasePage.tsx';
import { ProtectionPage } from '../protection/ProtectionPage.tsx';
import { InterviewPage } from '../screening/InterviewPage.tsx';
import { ScreeningPage } from '../screening/ScreeningPage.tsx';
import type { Catalogue, Me } from '../types.ts';
import { type HelpScreen, ScreenHelp } from './ScreenHelp.tsx';
import { SECTIONS, type Section } from './sections.ts';

interface Props {
  path: string;
  me: Me;
  catalogue: Catalogue;
  sections: readonly Section[];
  roleNames: ReadonlyMap<string, string>;
}

/** Picks the page for the current `#/path`, with the help on what the screen is for and who sees what. */
export function Content(props: Props) {
  const { path, sections } = props;
  const home = path === '/' || path === '/signin' || path.startsWith('/welcome');
  const section = home ? null : sectionOf(path);
  const help: HelpScreen | null = home ? 'home' : section && sections.includes(section) ? section.key : null;
  return (
    <>
      {help ? <ScreenHelp screen={help} /> : null}
      <Page {...props} />
    </>
  );
}

/** The section a `#/path` belongs to (a case, an exhibit, a screening... under its list). */
function sectionOf(path: string): Section | undefined {
  const sectionPath = /^\/screening\/[^/]+$/.test(path)
    ? '/screening'
    : /^\/protection\/[^/]+$/.test(path)
      ? '/protection'
      : /^\/prosecution\/[^/]+$/.test(path)
        ? '/prosecution'
        : /^\/evidence\/[^/]+$/.test(path)
          ? '/evidence'
          : intelPage(path) || /^\/intel\/(map|network)(\?|\/|$)/.test(path)
            ? '/intel'
            : operationsRoute(path)
              ? '/operations'
              : path.startsWith('/monitoring/')
                ? '/monitoring'
                : outcomesRoute(path)
                  ? '/outcomes'
                  : path;
  return SECTIONS.find((s) => s.path === sectionPath);
}

function Page({ path, me, catalogue, sections, roleNames }: Props) {
  if (path === '/' || path === '/signin' || path.startsWith('/welcome')) {
    return <HomePage me={me} catalogue={catalogue} sections={sections} roleNames={roleNames} />;
  }
  const screeningId = /^\/screening\/([^/]+)$/.exec(path)?.[1];
  const exhibitId = /^\/evidence\/([^/]+)$/.exec(path)?.[1];
  const caseId = /^\/protection\/([^/]+)$/.exec(path)?.[1];
  const caseFileId = /^\/prosecution\/([^/]+)$/.exec(path)?.[1];
  const section = sectionOf(path);
  if (!section) return <NotFound />;
  if (!sections.includes(section)) return <NoAccess sectionKey={section.key} />;
  if (section.key === 'users') return <UsersPage me={me} catalogue={catalogue} roleNames={roleNames} />;
  if (section.key === 'audit') return <AuditPage me={me} />;
  if (section.key === 'intel') return <IntelSection path={path} me={me} />;
  if (section.key === 'operations') return <OperationsSection path={path} me={me} />;
  if (section.key === 'evidence') {
    return exhibitId ? <ExhibitPage id={decodeURIComponent(exhibitId)} me={me} /> : <EvidencePage me={me} />;
  }
  if (section.key === 'screening') {
    return screeningId ? (
      <InterviewPage id={decodeURIComponent(screeningId)} me={me} />
    ) : (
      <ScreeningPage me={me} />
    );
  }
  if (section.key === 'protection') {
    return caseId ? <CasePage id={decodeURIComponent(caseId)} me={me} /> : <ProtectionPage me={me} />;
  }
  if (section.key === 'prosecution') {
    return caseFileId ? (
      <CaseFilePage id={decodeURIComponent(caseFileId)} me={me} />
    ) : (
      <ProsecutionPage me={me} />
    );
  }
  if (section.key === 'monitoring') return <MonitoringPage me={me} path={path} />;
  if (section.key === 'outcomes') return <OutcomesPage me={me} path={path} />;
  return <ModulePage section={section} />;
}
