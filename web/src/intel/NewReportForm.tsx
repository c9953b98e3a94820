import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api } from '../api.ts';
import { navigate } from '../router.ts';
import { SelectField } from '../screening/controls.tsx';
import { Field } from '../ui/Field.tsx';
import { ErrorMessage } from '../ui/Live.tsx';
import { useSubmit } from '../ui/useSubmit.ts';
import { ItemsEditor } from './ItemsEditor.tsx';
import { type DraftItem, draftItem, itemsBody, itemsProblem } from './items.ts';
import { codeWords, today } from './labels.ts';
import { type Marking, MarkingFields } from './MarkingFields.tsx';
import type { Created, Registry, ReportBody, Source } from './types.ts';

const NO_MARKING: Marking = { handling: 'P', actionCode: '', sanitisationCode: '', tlp: '' };

/** Records a report from one of the agency's sources, each item graded on its own; then opens it. */
export function NewReportForm({ reg, sources }: { reg: Registry; sources: Source[] }) {
  const { t } = useTranslation('intel');
  const [sourceId, setSourceId] = useState('');
  const [reportedOn, setReportedOn] = useState(today);
  const [title, setTitle] = useState('');
  const [marking, setMarking] = useState<Marking>(NO_MARKING);
  const [provenance, setProvenance] = useState('');
  const [items, setItems] = useState<DraftItem[]>(() => [draftItem()]);
  const { busy, error, setError, handle } = useSubmit();

  const submit = handle(async () => {
    const wrong = !sourceId
      ? t('reports.new.noSource')
      : !/^\d{4}-\d{2}-\d{2}$/.test(reportedOn)
        ? t('reports.new.noDay')
        : !title.trim()
          ? t('reports.new.noTitle')
          : marking.handling === 'C' && !marking.actionCode
            ? t('reports.new.noAction')
            : itemsProblem(t, items);
    if (wrong) return setError(wrong);
    const conditions = marking.handling === 'C';
    const { id } = await api.post<Created>('/api/intel/reports', {
      sourceId,
      reportedOn,
      title: title.trim(),
      handling: marking.handling,
      ...(conditions && marking.actionCode ? { actionCode: marking.actionCode } : {}),
      ...(conditions && marking.sanitisationCode ? { sanitisationCode: marking.sanitisationCode } : {}),
      ...(marking.tlp ? { tlp: marking.tlp } : {}),
      provenance: provenance.trim(),
      items: itemsBody(items),
    } satisfies ReportBody);
    navigate(`/intel/reports/${encodeURIComponent(id)}`);
  });

  return (
    <form
      className="stack form-wide intel-form"
      onSubmit={submit}
      noValidate
      aria-label={t('reports.new.label')}
    >
      <div className="row">
        <SelectField
          label={t('reports.new.source')}
          value={sourceId}
          onChange={setSourceId}
          options={sources.map((s) => [s.id, `${s.code} — ${codeWords('sourceKind', s.kind)}`] as const)}
          placeholder={t('reports.new.chooseSource')}
          hint={t('reports.new.sourceHint')}
        />
        <Field
          label={t('reports.new.reportedOn')}
          type="date"
          value={reportedOn}
          onChange={setReportedOn}
          required
        />
      </div>
      <Field
        label={t('reports.title')}
        value={title}
        onChange={setTitle}
        autoComplete="off"
        maxLength={300}
        required
      />
      <div className="field">
        <label htmlFor="report-provenance">{t('reports.new.howObtained')}</label>
        <textarea
          id="report-provenance"
          rows={2}
          value={provenance}
          onChange={(e) => setProvenance(e.target.value)}
          aria-describedby="report-provenance-hint"
        />
        <p id="report-provenance-hint" className="hint">
          {t('reports.new.howHint')}
        </p>
      </div>
      <fieldset className="form-group">
        <legend>{t('reports.new.items')}</legend>
        <ItemsEditor reg={reg} items={items} onChange={setItems} />
      </fieldset>
      <MarkingFields reg={reg} value={marking} onChange={(c) => setMarking((m) => ({ ...m, ...c }))} />
      <ErrorMessage message={error} />
      <div>
        <button type="submit" className="button primary" disabled={busy}>
          {busy ? t('reports.new.recording') : t('reports.new.record')}
        </button>
      </div>
    </form>
  );
}
