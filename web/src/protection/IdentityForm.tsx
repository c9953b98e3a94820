import { type ChangeEvent, type FormEvent, useId, useState } from 'react';
import { api } from '../api.ts';
import { NoteField } from '../operations/NoteField.tsx';
import { SelectField } from '../screening/controls.tsx';
import { Field } from '../ui/Field.tsx';
import { countryOptions, DOCUMENT_KINDS, type Identity, type IdentityDocument } from './identity-types.ts';
import { type CaseAction, casePath, refuse } from './useCaseAction.ts';

interface Props {
  caseId: string;
  /** The panel's action, so that its messages outlive the form (which closes once saved). */
  action: CaseAction;
  /** The identity as read, to correct it; null to record one. */
  start: Identity | null;
  /** Called after a save with the earlier case the person was recognised from, or null. */
  onSaved: (earlierCaseId: string | null) => void;
  onCancel?: (() => void) | undefined;
}

const PHOTO_LIMIT = 500 * 1024;
const PHOTO_TYPES = ['image/jpeg', 'image/png', 'image/webp'];
const lines = (s: string) =>
  s
    .split(/\r?\n/)
    .map((l) => l.trim())
    .filter((l) => l !== '');
const emptyDocument = (): IdentityDocument => ({ kind: 'passport', number: '', country: '' });

function readAsDataUrl(file: File): Promise<string> {
  return new Promise((resolve, reject) => {
    const reader = new FileReader();
    reader.onload = () => resolve(String(reader.result));
    reader.onerror = () => reject(reader.error);
    reader.readAsDataURL(file);
  });
}

/** Why the identity cannot be sent, in words; null when it may be. */
function problemOf(names: string[], birthDate: string, phones: string[], documents: IdentityDocument[]) {
  if (names.length === 0) return 'Give at least one name the person is known by, one per line.';
  if (names.length > 8) return 'Give at most 8 names.';
  if (names.some((n) => n.length > 200)) return 'A name is at most 200 characters.';
  if (birthDate && !/^\d{4}(-\d{2}-\d{2})?$/.test(birthDate))
    return 'Give the birth date as YYYY-MM-DD, or only the year (YYYY), or leave it empty.';
  if (phones.length > 6) return 'Give at most 6 phone numbers.';
  if (phones.some((p) => p.length > 40)) return 'A phone number is at most 40 characters.';
  if (documents.length > 8) return 'Give at most 8 documents.';
  const n = documents.findIndex((d) => !d.number.trim() || !d.country);
  if (n >= 0) return `Document ${n + 1}: give its number and the country that issued it, or remove it.`;
  return null;
}

/**
 * Records or corrects the person's identity (the caseworker): names one per line in any script, birth date or year,
 * nationality, phones, documents, address and a small photo read into the page (under 500 KB).
 */
export function IdentityForm({ caseId, action, start, onSaved, onCancel }: Props) {
  const [names, setNames] = useState(start?.names.join('\n') ?? '');
  const [birthDate, setBirthDate] = useState(start?.birthDate ?? '');
  const [nationality, setNationality] = useState(start?.nationality ?? '');
  const [phones, setPhones] = useState(start?.phones.join('\n') ?? '');
  const [documents, setDocuments] = useState<IdentityDocument[]>(start?.documents ?? []);
  const [address, setAddress] = useState(start?.address ?? '');
  const [photo, setPhoto] = useState<string | null>(start?.photo ?? null);
  const photoId = useId();
  const countries = countryOptions();

  const choosePhoto = async (event: ChangeEvent<HTMLInputElement>) => {
    const file = event.target.files?.[0];
    event.target.value = '';
    if (!file) return;
    if (!PHOTO_TYPES.includes(file.type))
      return void refuse(action, 'The photo must be a JPEG, PNG or WebP image.');
    if (file.size >= PHOTO_LIMIT)
      return void refuse(action, 'The photo must be under 500 KB: choose a smaller one.');
    try {
      setPhoto(await readAsDataUrl(file));
      action.setError(null);
    } catch {
      refuse(action, 'The photo could not be read. Choose another file.');
    }
  };
  const setDocument = (i: number, change: Partial<IdentityDocument>) =>
    setDocuments((ds) => ds.map((d, j) => (j === i ? { ...d, ...change } : d)));

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const body: Identity = {
      names: lines(names),
      birthDate: birthDate.trim() || null,
      nationality: nationality || null,
      phones: lines(phones),
      documents: documents.map((d) => ({ ...d, number: d.number.trim() })),
      address: address.trim(),
      photo,
    };
    if (refuse(action, problemOf(body.names, birthDate.trim(), body.phones, body.documents))) return;
    void action.run(async () => {
      const r = await api.put<{ saved: boolean; earlierCaseId: string | null }>(
        casePath(caseId, '/identity'),
        body,
      );
      onSaved(r.earlierCaseId);
    }, 'Identity saved. It is shown again only when asked for.')();
  };

  return (
    <form className="stack form-wide subform" onSubmit={submit} noValidate aria-labelledby="identity-form-h">
      <h3 id="identity-form-h">{start ? 'Correct the identity' : 'Record the identity'}</h3>
      <NoteField
        label="Names, one per line"
        value={names}
        onChange={setNames}
        hint="Every name the person is known by, each in the script they write it in (Burmese, Khmer, Thai, Latin…)."
      />
      <div className="row">
        <Field
          label="Birth date or year"
          value={birthDate}
          onChange={setBirthDate}
          placeholder="YYYY-MM-DD or YYYY"
          hint="A full date (YYYY-MM-DD) or only the year; empty when not known."
          autoComplete="off"
          inputMode="numeric"
        />
        <SelectField
          label="Nationality"
          value={nationality}
          onChange={setNationality}
          options={countries}
          placeholder="Not known"
        />
      </div>
      <NoteField label="Phone numbers, one per line" value={phones} onChange={setPhones} />
      <fieldset className="form-group">
        <legend>Identity documents</legend>
        {documents.length === 0 ? <p className="muted">No document added.</p> : null}
        {documents.map((d, i) => (
          // biome-ignore lint/suspicious/noArrayIndexKey: rows are edited in place and removed by position
          <div key={i} className="document-row">
            <SelectField
              label={`Document ${i + 1}: kind`}
              value={d.kind}
              onChange={(kind) => setDocument(i, { kind })}
              options={DOCUMENT_KINDS}
            />
            <Field
              label={`Document ${i + 1}: number`}
              value={d.number}
              onChange={(number) => setDocument(i, { number })}
              autoComplete="off"
              maxLength={60}
            />
            <SelectField
              label={`Document ${i + 1}: issued by`}
              value={d.country}
              onChange={(country) => setDocument(i, { country })}
              options={countries}
              placeholder="Choose a country"
            />
            <div>
              <button
                type="button"
                className="button small"
                onClick={() => setDocuments((ds) => ds.filter((_, j) => j !== i))}
              >
                Remove<span className="visually-hidden"> document {i + 1}</span>
              </button>
            </div>
          </div>
        ))}
        {documents.length < 8 ? (
          <div>
            <button
              type="button"
              className="button small"
              onClick={() => setDocuments((ds) => [...ds, emptyDocument()])}
            >
              Add a document
            </button>
          </div>
        ) : null}
      </fieldset>
      <NoteField label="Address" value={address} onChange={setAddress} />
      <div className="field">
        <label htmlFor={photoId}>Photo (optional)</label>
        <input
          id={photoId}
          type="file"
          accept={PHOTO_TYPES.join(',')}
          aria-describedby={`${photoId}-hint`}
          onChange={(e) => void choosePhoto(e)}
        />
        <p id={`${photoId}-hint`} className="hint">
          A JPEG, PNG or WebP image under 500 KB. It stays in this page until the identity is saved.
        </p>
        {photo ? (
          <div className="actions">
            <img className="identity-photo-preview" src={photo} alt="The person, as it will be saved" />
            <button type="button" className="button small" onClick={() => setPhoto(null)}>
              Remove the photo
            </button>
          </div>
        ) : null}
      </div>
      <div className="actions">
        <button type="submit" className="button primary" disabled={action.busy}>
          {action.busy ? 'Saving…' : 'Save the identity'}
        </button>
        {onCancel ? (
          <button type="button" className="button" onClick={onCancel}>
            Cancel
          </button>
        ) : null}
      </div>
    </form>
  );
}
