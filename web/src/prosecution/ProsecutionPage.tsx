import type { Me } from '../types.ts';
import { ErrorMessage } from '../ui/Live.tsx';
import { PageHeading } from '../ui/PageHeading.tsx';
import { useLoad } from '../useLoad.ts';
import { CaseFileTable } from './CaseFileTable.tsx';
import { DeadlinesList } from './DeadlinesList.tsx';
import { OpenCaseFile } from './OpenCaseFile.tsx';
import type { CaseListItem } from './types.ts';
import './prosecution.css';

/** `#/prosecution`: the agency's case files, and opening one from a shared operation or from intelligence. */
export function ProsecutionPage({ me }: { me: Me }) {
  const list = useLoad<{ cases: CaseListItem[] }>('/api/prosecution/cases');
  return (
    <>
      <PageHeading>Prosecution</PageHeading>
      <p className="lead">
        Case files of your office: the suspects and the role each played, the charges broken into the elements
        to prove, the evidence for each element, and how much of the case rests on the victim’s testimony
        alone.
      </p>
      <DeadlinesList />
      {me.permissions.includes('prosecution.write') ? <OpenCaseFile /> : null}
      <section className="panel" aria-labelledby="files-h">
        <h2 id="files-h">Case files of {me.agency.name}</h2>
        <ErrorMessage message={list.error} />
        {list.data ? <CaseFileTable cases={list.data.cases} /> : null}
        {list.loading && !list.data ? <p className="muted">Loading the case files…</p> : null}
      </section>
    </>
  );
}
