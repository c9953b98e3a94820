import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { NoteField } from '../operations/NoteField.tsx';
import { evidenceCategoryOptions } from '../plans/labels.ts';
import { SelectField } from '../screening/controls.tsx';
import { Field } from '../ui/Field.tsx';
import { ErrorMessage } from '../ui/Live.tsx';
import type { EntryBody, RecordEntry } from './types.ts';
import { useRecorder } from './useRecorder.ts';

/** An exhibit as the server's log-entry schema takes it. */
type Exhibit = Extract<EntryBody, { kind: 'exhibit' }>['exhibit'];
type Nature = Exhibit['nature'];

const NATURES = ['physical', 'digital'] as const satisfies readonly Nature[];

/** An exhibit seized: registered at once with its chain of custody, which starts with the person recording it. */
export function ExhibitForm({ record, done }: { record: RecordEntry; done: (message: string) => void }) {
  const { t } = useTranslation('field');
  const [nature, setNature] = useState<Nature>('physical');
  const [category, setCategory] = useState('');
  const [description, setDescription] = useState('');
  const [where, setWhere] = useState('');
  const [seal, setSeal] = useState('');
  const [hash, setHash] = useState('');
  const { busy, error, submit } = useRecorder(record, done);
  const digital = nature === 'digital';
  const onSubmit = submit(
    'exhibit',
    () => {
      if (!category) return t('exhibit.chooseKind');
      if (!description.trim()) return t('exhibit.describe');
      if (!where.trim()) return t('exhibit.sayWhere');
      if (!digital && !seal.trim()) return t('exhibit.needSeal');
      if (digital && !/^[0-9a-f]{64}$/i.test(hash.trim())) return t('exhibit.needHash');
      return {
        kind: 'exhibit',
        exhibit: {
          nature,
          // One of the catalogue's evidence categories (the select offers no other).
          category: category as Exhibit['category'],
          description: description.trim(),
          where: where.trim(),
          sealNumber: digital ? null : seal.trim(),
          digitalHash: digital ? hash.trim().toLowerCase() : null,
        },
      };
    },
    () => {
      setCategory('');
      setDescription('');
      setSeal('');
      setHash('');
    },
  );
  return (
    <section className="panel record-form" aria-labelledby="exhibit-h">
      <h2 id="exhibit-h">{t('exhibit.title')}</h2>
      <form className="stack" onSubmit={onSubmit} noValidate>
        <SelectField
          label={t('exhibit.nature')}
          value={nature}
          onChange={(v) => setNature(v as Nature)}
          options={NATURES.map((n) => [n, t(`codes.nature.${n}`)] as const)}
        />
        <SelectField
          label={t('exhibit.kind')}
          value={category}
          onChange={setCategory}
          options={evidenceCategoryOptions()}
          placeholder={t('choose')}
        />
        <NoteField label={t('exhibit.description')} value={description} onChange={setDescription} />
        <Field label={t('exhibit.where')} value={where} onChange={setWhere} autoComplete="off" />
        {digital ? (
          <Field
            label={t('exhibit.hash')}
            value={hash}
            onChange={setHash}
            className="mono"
            autoComplete="off"
            spellCheck={false}
            hint={t('exhibit.hashHint')}
          />
        ) : (
          <Field label={t('exhibit.seal')} value={seal} onChange={setSeal} autoComplete="off" />
        )}
        <ErrorMessage message={error} />
        <button type="submit" className="button primary big" disabled={busy}>
          {t('exhibit.submit')}
        </button>
      </form>
    </section>
  );
}
