import { useState } from 'react';
import { NoteField } from '../operations/NoteField.tsx';
import { EVIDENCE_CATEGORIES } from '../plans/labels.ts';
import { SelectField } from '../screening/controls.tsx';
import { Field } from '../ui/Field.tsx';
import { ErrorMessage } from '../ui/Live.tsx';
import type { RecordEntry } from './types.ts';
import { useRecorder } from './useRecorder.ts';

const NATURES = [
  ['physical', 'Physical item, sealed'],
  ['digital', 'Digital copy, hashed'],
] as const;

/** An exhibit seized: registered at once with its chain of custody, which starts with the person recording it. */
export function ExhibitForm({ record, done }: { record: RecordEntry; done: (message: string) => void }) {
  const [nature, setNature] = useState('physical');
  const [category, setCategory] = useState('');
  const [description, setDescription] = useState('');
  const [where, setWhere] = useState('');
  const [seal, setSeal] = useState('');
  const [hash, setHash] = useState('');
  const { busy, error, submit } = useRecorder(record, done);
  const digital = nature === 'digital';
  const onSubmit = submit(
    'Exhibit',
    () => {
      if (!category) return 'Choose what kind of exhibit it is.';
      if (!description.trim()) return 'Describe the exhibit.';
      if (!where.trim()) return 'Say where it was found.';
      if (!digital && !seal.trim()) return 'A physical item is sealed: give the seal number.';
      if (digital && !/^[0-9a-f]{64}$/i.test(hash.trim()))
        return 'A digital copy needs its SHA-256 hash: 64 hexadecimal characters.';
      return {
        kind: 'exhibit',
        exhibit: {
          nature,
          category,
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
      <h2 id="exhibit-h">Record an exhibit</h2>
      <form className="stack" onSubmit={onSubmit} noValidate>
        <SelectField label="Nature" value={nature} onChange={setNature} options={NATURES} />
        <SelectField
          label="Kind of exhibit"
          value={category}
          onChange={setCategory}
          options={EVIDENCE_CATEGORIES}
          placeholder="Choose…"
        />
        <NoteField label="Description" value={description} onChange={setDescription} />
        <Field label="Where found" value={where} onChange={setWhere} autoComplete="off" />
        {digital ? (
          <Field
            label="SHA-256 hash"
            value={hash}
            onChange={setHash}
            className="mono"
            autoComplete="off"
            spellCheck={false}
            hint="Of the image or copy taken, as the imaging tool shows it."
          />
        ) : (
          <Field label="Seal number" value={seal} onChange={setSeal} autoComplete="off" />
        )}
        <ErrorMessage message={error} />
        <button type="submit" className="button primary big" disabled={busy}>
          Record the exhibit
        </button>
      </form>
    </section>
  );
}
