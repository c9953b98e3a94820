import { useState } from 'react';
import { api } from '../api.ts';
import { SelectField } from '../screening/controls.tsx';
import { Field } from '../ui/Field.tsx';
import { ErrorMessage, StatusMessage } from '../ui/Live.tsx';
import { useSubmit } from '../ui/useSubmit.ts';
import { SOURCE_KINDS } from './labels.ts';
import type { Source } from './types.ts';

/** Registers a source under a code name; its identity is never recorded here. */
export function NewSourceForm({ onCreated }: { onCreated: (s: Source) => void }) {
  const [code, setCode] = useState('');
  const [kind, setKind] = useState('informant');
  const [description, setDescription] = useState('');
  const [done, setDone] = useState<string | null>(null);
  const { busy, error, setError, handle } = useSubmit();

  const submit = handle(async () => {
    setDone(null);
    if (!/^[A-Za-z0-9_-]{2,40}$/.test(code.trim()))
      return setError('The code name is 2 to 40 letters, digits, dashes or underscores, e.g. SRC-0042.');
    const s = await api.post<Source>('/api/intel/sources', {
      code: code.trim(),
      kind,
      description: description.trim(),
    });
    onCreated(s);
    setDone(`Source ${s.code} registered.`);
    setCode('');
    setDescription('');
  });

  return (
    <form className="stack form-wide" onSubmit={submit} noValidate aria-label="New source">
      <div className="row">
        <Field
          label="Code name"
          value={code}
          onChange={setCode}
          hint="e.g. SRC-0042. Never the source’s real name."
          autoComplete="off"
          maxLength={40}
          required
        />
        <SelectField label="Kind of source" value={kind} onChange={setKind} options={SOURCE_KINDS} />
      </div>
      <Field
        label="Description (optional)"
        value={description}
        onChange={setDescription}
        hint="Nothing that identifies the source."
        autoComplete="off"
        maxLength={500}
      />
      <ErrorMessage message={error} />
      <StatusMessage message={done} tone="success" />
      <div>
        <button type="submit" className="button primary" disabled={busy}>
          {busy ? 'Registering…' : 'Register the source'}
        </button>
      </div>
    </form>
  );
}
