import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api } from '../api.ts';
import type { SharedExhibits } from '../evidence/types.ts';
import { NoteField } from '../operations/NoteField.tsx';
import { type CaseAction, refuse } from '../protection/useCaseAction.ts';
import { SelectField } from '../screening/controls.tsx';
import { Field } from '../ui/Field.tsx';
import { ErrorMessage } from '../ui/Live.tsx';
import { useLoad } from '../useLoad.ts';
import { options, word } from './codes.ts';
import { caseFilePath } from './paths.ts';
import type { CaseFile, EvidenceBody } from './types.ts';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

interface Props {
  c: CaseFile;
  action: CaseAction;
  canReadEvidence: boolean;
}

/** Adds an evidence item: a statement, records or analyses, an exhibit shared with the office, or a report. */
export function EvidenceForm({ c, action, canReadEvidence }: Props) {
  const { t } = useTranslation('prosecution');
  const [kind, setKind] = useState<EvidenceBody['kind'] | ''>('');
  const [description, setDescription] = useState('');
  const [exhibitId, setExhibitId] = useState('');
  const [reportId, setReportId] = useState('');
  const shared = useLoad<SharedExhibits>(
    kind === 'exhibit' && canReadEvidence ? '/api/evidence/shared' : null,
  );
  const inCase = new Set(c.evidence.map((e) => e.exhibitId));
  const exhibits = (shared.data?.exhibits ?? []).filter((x) => !inCase.has(x.id));
  const exhibit = exhibits.find((x) => x.id === exhibitId);

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const text = description.trim() || (exhibit ? `${exhibit.ref}: ${exhibit.description}` : '');
    const problem = !kind
      ? t('evidence.chooseKind')
      : kind === 'exhibit' && !exhibitId
        ? t('evidence.chooseExhibit')
        : kind === 'intelligence_report' && !UUID.test(reportId.trim())
          ? t('evidence.giveReport')
          : !text
            ? t('evidence.describe')
            : text.length > 2000
              ? t('evidence.tooLong', { max: 2000 })
              : null;
    if (refuse(action, problem) || !kind) return;
    void action.run(
      async () => {
        await api.post(caseFilePath(c.id, '/evidence'), {
          kind,
          description: text,
          ...(kind === 'exhibit' ? { exhibitId } : {}),
          ...(kind === 'intelligence_report' ? { reportId: reportId.trim() } : {}),
        } satisfies EvidenceBody);
        setDescription('');
        setExhibitId('');
        setReportId('');
      },
      t('evidence.done', { kind: word(t, 'evidenceKind', kind) }),
    )();
  };

  return (
    <form className="stack form-wide subform" onSubmit={submit} noValidate aria-labelledby="add-evidence-h">
      <h3 id="add-evidence-h">{t('evidence.addHeading')}</h3>
      <SelectField
        label={t('evidence.kindLabel')}
        value={kind}
        onChange={(v) => setKind(v as EvidenceBody['kind'] | '')}
        options={options(t, 'evidenceKind')}
        placeholder={t('words.chooseAKind')}
        hint={t('evidence.kindHint')}
      />
      {kind === 'exhibit' ? (
        <>
          <ErrorMessage message={shared.error} />
          {shared.data && exhibits.length === 0 ? <p className="muted">{t('evidence.allShared')}</p> : null}
          {exhibits.length > 0 ? (
            <SelectField
              label={t('evidence.exhibit')}
              value={exhibitId}
              onChange={setExhibitId}
              options={exhibits.map((x) => [x.id, `${x.ref}: ${x.description} (${x.holder})`] as const)}
              placeholder={t('evidence.chooseAnExhibit')}
            />
          ) : null}
        </>
      ) : null}
      {kind === 'intelligence_report' ? (
        <Field
          label={t('evidence.reportId')}
          value={reportId}
          onChange={setReportId}
          autoComplete="off"
          hint={t('evidence.reportHint')}
        />
      ) : null}
      <NoteField
        label={kind === 'exhibit' ? t('evidence.descriptionOptional') : t('words.description')}
        value={description}
        onChange={setDescription}
        hint={kind === 'exhibit' ? t('evidence.exhibitHint') : t('evidence.descriptionHint')}
      />
      <div>
        <button type="submit" className="button primary" disabled={action.busy}>
          {action.busy ? t('words.adding') : t('evidence.add')}
        </button>
      </div>
    </form>
  );
}
