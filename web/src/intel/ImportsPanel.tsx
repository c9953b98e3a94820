import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { messageOf } from '../api.ts';
import { Check, SelectField } from '../screening/controls.tsx';
import { ErrorMessage } from '../ui/Live.tsx';
import { useLoad } from '../useLoad.ts';
import { ImportJobsTable } from './ImportJobsTable.tsx';
import { JobProgress } from './ImportProgress.tsx';
import { type ImportJobs, type Kind, type Mappings, uploadFile } from './importJobs.ts';
import { importKindOptions } from './labels.ts';

export type { ImportJob } from './importJobs.ts';

/** `Intelligence › Imports`: upload a file of calls, transfers or crossings, follow its import, see past ones. */
export function ImportsPanel() {
  const { t } = useTranslation('intel');
  const mappings = useLoad<Mappings>('/api/intel/mappings');
  const jobs = useLoad<ImportJobs>('/api/intel/imports');
  const [kind, setKind] = useState<Kind>('calls');
  const [mapping, setMapping] = useState('');
  const [file, setFile] = useState<File | null>(null);
  const [acceptSkips, setAcceptSkips] = useState(false);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [jobId, setJobId] = useState<string | null>(null);
  const fileId = useId();

  const choices = (mappings.data?.mappings ?? []).filter((m) => m.kind === kind);
  const chosen = choices.some((m) => m.name === mapping) ? mapping : (choices[0]?.name ?? '');

  const start = async (skips: boolean) => {
    setError(null);
    if (!file) return setError(t('imports.noFile'));
    if (!chosen) return setError(t('imports.noMapping'));
    setBusy(true);
    try {
      setJobId(await uploadFile(t, file, kind, chosen, skips));
      jobs.reload();
    } catch (e) {
      setError(messageOf(e));
    } finally {
      setBusy(false);
    }
  };

  return (
    <>
      <section className="panel" aria-labelledby="import-h">
        <h2 id="import-h">{t('imports.heading')}</h2>
        <p className="muted">{t('imports.hint')}</p>
        <form
          className="stack form-wide"
          noValidate
          aria-label={t('imports.heading')}
          onSubmit={(e) => {
            e.preventDefault();
            void start(acceptSkips);
          }}
        >
          <div className="row">
            <SelectField
              label={t('imports.kind')}
              value={kind}
              onChange={(v) => setKind(v as Kind)}
              options={importKindOptions()}
            />
            <SelectField
              label={t('imports.mapping')}
              value={chosen}
              onChange={setMapping}
              options={choices.map((m) => [
                m.name,
                m.builtIn ? t('imports.builtIn', { name: m.name }) : m.name,
              ])}
              hint={choices.find((m) => m.name === chosen)?.description}
            />
          </div>
          <div className="field">
            <label htmlFor={fileId}>{t('imports.file')}</label>
            <input
              id={fileId}
              type="file"
              accept=".csv,.tsv,.txt,.jsonl,.ndjson,.xlsx"
              onChange={(e) => setFile(e.target.files?.[0] ?? null)}
            />
          </div>
          <Check label={t('imports.acceptSkips')} checked={acceptSkips} onChange={setAcceptSkips} />
          <ErrorMessage message={error ?? mappings.error} />
          <div>
            <button type="submit" className="button primary" disabled={busy}>
              {busy ? t('imports.uploading') : t('imports.import')}
            </button>
          </div>
        </form>
        {jobId ? (
          <JobProgress
            key={jobId}
            jobId={jobId}
            onEnd={jobs.reload}
            onAcceptSkips={file ? () => void start(true) : null}
          />
        ) : null}
      </section>
      <section className="panel" aria-labelledby="imports-h">
        <h2 id="imports-h">{t('imports.listHeading')}</h2>
        <ErrorMessage message={jobs.error} />
        {jobs.data ? <ImportJobsTable jobs={jobs.data.jobs} /> : null}
        {jobs.loading && !jobs.data ? <p className="muted">{t('imports.loading')}</p> : null}
      </section>
    </>
  );
}
