import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api } from '../api.ts';
import { SelectField } from '../screening/controls.tsx';
import { Field } from '../ui/Field.tsx';
import { ErrorMessage, StatusMessage } from '../ui/Live.tsx';
import { MapPicker } from '../ui/MapPicker.tsx';
import { useSubmit } from '../ui/useSubmit.ts';
import { attributeLabel, joinWords } from './labels.ts';
import {
  NO_PROVENANCE,
  type ProvenanceDraft,
  ProvenanceFields,
  provenanceBody,
  provenanceProblem,
} from './ProvenanceFields.tsx';
import type { Entity, FactBody, Registry, ReportRow } from './types.ts';

interface Props {
  reg: Registry;
  entity: Entity;
  reports: ReportRow[];
  onAdded: () => void;
}

/** Records a fact about the entity; a fact that disagrees with another is kept beside it, not instead of it. */
export function FactForm({ reg, entity, reports, onAdded }: Props) {
  const { t } = useTranslation('intel');
  const attributes = reg.entityTypes[entity.type]?.attributes ?? [];
  const [attribute, setAttribute] = useState(attributes[0] ?? '');
  const [value, setValue] = useState('');
  // A point picked on the map records latitude and longitude together; typing a value records one fact.
  const [point, setPoint] = useState<{ lat: string; lon: string } | null>(null);
  const isCoordinate = attribute === 'lat' || attribute === 'lon';
  const [prov, setProv] = useState<ProvenanceDraft>(NO_PROVENANCE);
  const [done, setDone] = useState<string | null>(null);
  const { busy, error, setError, handle } = useSubmit();

  const submit = handle(async () => {
    setDone(null);
    if (!attribute) return setError(t('facts.noAttribute'));
    if (!value.trim()) return setError(t('facts.noValue'));
    const wrong = provenanceProblem(t, prov);
    if (wrong) return setError(wrong);
    const facts: [string, string][] =
      isCoordinate && point
        ? [
            ['lat', point.lat],
            ['lon', point.lon],
          ]
        : [[attribute, value.trim()]];
    for (const [a, v] of facts)
      await api.post(`/api/intel/entities/${encodeURIComponent(entity.id)}/facts`, {
        attribute: a,
        value: v,
        ...provenanceBody(prov),
      } satisfies FactBody);
    setDone(
      t('facts.recorded', {
        facts: joinWords(
          facts.map(([a, v]) => t('facts.recordedFact', { attribute: attributeLabel(a), value: v })),
        ),
      }),
    );
    setValue('');
    setPoint(null);
    setProv((p) => ({ ...p, sourceGrade: '', infoGrade: '' }));
    onAdded();
  });

  return (
    <form className="stack form-wide subform" onSubmit={submit} noValidate aria-labelledby="add-fact-h">
      <h3 id="add-fact-h">{t('facts.heading')}</h3>
      <div className="row">
        <SelectField
          label={t('facts.attribute')}
          value={attribute}
          onChange={(a) => {
            setAttribute(a);
            if (point && (a === 'lat' || a === 'lon')) setValue(a === 'lat' ? point.lat : point.lon);
          }}
          options={attributes.map((a) => [a, attributeLabel(a)] as const)}
        />
        <Field
          label={t('facts.value')}
          value={value}
          onChange={(v) => {
            setValue(v);
            setPoint(null);
          }}
          autoComplete="off"
          maxLength={1000}
          required
        />
      </div>
      {isCoordinate ? (
        <MapPicker
          lat={point?.lat ?? (attribute === 'lat' ? value : '')}
          lon={point?.lon ?? (attribute === 'lon' ? value : '')}
          purpose={t('facts.where')}
          onPick={(lat, lon) => {
            setPoint({ lat, lon });
            setValue(attribute === 'lat' ? lat : lon);
          }}
        />
      ) : null}
      {isCoordinate && point ? (
        <p className="hint">{t('facts.both', { lat: point.lat, lon: point.lon })}</p>
      ) : null}
      <ProvenanceFields
        reg={reg}
        reports={reports}
        value={prov}
        onChange={(c) => setProv((p) => ({ ...p, ...c }))}
      />
      <ErrorMessage message={error} />
      <StatusMessage message={done} tone="success" />
      <div>
        <button type="submit" className="button primary" disabled={busy}>
          {busy ? t('facts.recording') : t('facts.add')}
        </button>
      </div>
    </form>
  );
}
