import type { TFunction } from 'i18next';
import { type ChangeEvent, type FormEvent, useId, useState } from 'react';
import { Trans, useTranslation } from 'react-i18next';
import { api } from '../api.ts';
import { NoteField } from '../operations/NoteField.tsx';
import { SelectField } from '../screening/controls.tsx';
import { Field } from '../ui/Field.tsx';
import { countryOptions, documentKindOptions, type Identity } from './identity-types.ts';
import type { IdentityBody, IdentitySaved } from './types.ts';
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
type IdentityDocument = IdentityBody['documents'][number];
const emptyDocument = (): IdentityDocument => ({ kind: 'passport', number: '', country: '' });
/** The documents as read, to correct them: each kind is one the server took (its reply names it as text). */
const documentsOf = (identity: Identity | null): IdentityDocument[] =>
  (identity?.documents ?? []).map((d) => ({ ...d, kind: d.kind as IdentityDocument['kind'] }));

function readAsDataUrl(file: File): Promise<string> {
  return new Promise((resolve, reject) => {
    const reader = new FileReader();
    reader.onload = () => resolve(String(reader.result));
    reader.onerror = () => reject(reader.error);
    reader.readAsDataURL(file);
  });
}

/** Why the identity cannot be sent, in words; null when it may be. */
function problemOf(
  t: TFunction<'protection'>,
  names: string[],
  birthDate: string,
  phones: string[],
  documents: IdentityDocument[],
) {
  if (names.length === 0) return t('identity.form.noName');
  if (names.length > 8) return t('identity.form.tooManyNames', { count: 8 });
  if (names.some((n) => n.length > 200)) return t('identity.form.longName', { count: 200 });
  if (birthDate && !/^\d{4}(-\d{2}-\d{2})?$/.test(birthDate)) return t('identity.form.badBirth');
  if (phones.length > 6) return t('identity.form.tooManyPhones', { count: 6 });
  if (phones.some((p) => p.length > 40)) return t('identity.form.longPhone', { count: 40 });
  if (documents.length > 8) return t('identity.form.tooManyDocuments', { count: 8 });
  const n = documents.findIndex((d) => !d.number.trim() || !d.country);
  if (n >= 0) return t('identity.form.badDocument', { n: n + 1 });
  return null;
}

/**
 * Records or corrects the person's identity (the caseworker): names one per line in any script, birth date or year,
 * nationality, phones, documents, address and a small photo read into the page (under 500 KB).
 */
export function IdentityForm({ caseId, action, start, onSaved, onCancel }: Props) {
  const { t } = useTranslation('protection');
  const [names, setNames] = useState(start?.names.join('\n') ?? '');
  const [birthDate, setBirthDate] = useState(start?.birthDate ?? '');
  const [nationality, setNationality] = useState(start?.nationality ?? '');
  const [phones, setPhones] = useState(start?.phones.join('\n') ?? '');
  const [documents, setDocuments] = useState<IdentityDocument[]>(() => documentsOf(start));
  const [address, setAddress] = useState(start?.address ?? '');
  const [photo, setPhoto] = useState<string | null>(start?.photo ?? null);
  const photoId = useId();
  const countries = countryOptions();
  const kinds = documentKindOptions(t);

  const choosePhoto = async (event: ChangeEvent<HTMLInputElement>) => {
    const file = event.target.files?.[0];
    event.target.value = '';
    if (!file) return;
    if (!PHOTO_TYPES.includes(file.type)) return void refuse(action, t('identity.form.photoType'));
    if (file.size >= PHOTO_LIMIT) return void refuse(action, t('identity.form.photoSize'));
    try {
      setPhoto(await readAsDataUrl(file));
      action.setError(null);
    } catch {
      refuse(action, t('identity.form.photoUnread'));
    }
  };
  const setDocument = (i: number, change: Partial<IdentityDocument>) =>
    setDocuments((ds) => ds.map((d, j) => (j === i ? { ...d, ...change } : d)));

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const body = {
      names: lines(names),
      birthDate: birthDate.trim() || null,
      nationality: nationality || null,
      phones: lines(phones),
      documents: documents.map((d) => ({ ...d, number: d.number.trim() })),
      address: address.trim(),
      photo,
    };
    if (refuse(action, problemOf(t, body.names, birthDate.trim(), body.phones, body.documents))) return;
    void action.run(async () => {
      const r = await api.put<IdentitySaved>(casePath(caseId, '/identity'), body satisfies IdentityBody);
      onSaved(r.earlierCaseId);
    }, t('identity.form.saved'))();
  };

  return (
    <form className="stack form-wide subform" onSubmit={submit} noValidate aria-labelledby="identity-form-h">
      <h3 id="identity-form-h">{start ? t('identity.correct') : t('identity.form.title')}</h3>
      <NoteField
        label={t('identity.form.names')}
        value={names}
        onChange={setNames}
        hint={t('identity.form.namesHint')}
      />
      <div className="row">
        <Field
          label={t('identity.form.birth')}
          value={birthDate}
          onChange={setBirthDate}
          placeholder={t('identity.form.birthPlaceholder')}
          hint={t('identity.form.birthHint')}
          autoComplete="off"
          inputMode="numeric"
        />
        <SelectField
          label={t('identity.view.nationality')}
          value={nationality}
          onChange={setNationality}
          options={countries}
          placeholder={t('words.notKnown')}
        />
      </div>
      <NoteField label={t('identity.form.phones')} value={phones} onChange={setPhones} />
      <fieldset className="form-group">
        <legend>{t('identity.view.documents')}</legend>
        {documents.length === 0 ? <p className="muted">{t('identity.form.noDocument')}</p> : null}
        {documents.map((d, i) => (
          // biome-ignore lint/suspicious/noArrayIndexKey: rows are edited in place and removed by position
          <div key={i} className="document-row">
            <SelectField
              label={t('identity.form.documentKind', { n: i + 1 })}
              value={d.kind}
              onChange={(kind) => setDocument(i, { kind: kind as IdentityDocument['kind'] })}
              options={kinds}
            />
            <Field
              label={t('identity.form.documentNumber', { n: i + 1 })}
              value={d.number}
              onChange={(number) => setDocument(i, { number })}
              autoComplete="off"
              maxLength={60}
            />
            <SelectField
              label={t('identity.form.documentIssuer', { n: i + 1 })}
              value={d.country}
              onChange={(country) => setDocument(i, { country })}
              options={countries}
              placeholder={t('words.chooseCountry')}
            />
            <div>
              <button
                type="button"
                className="button small"
                onClick={() => setDocuments((ds) => ds.filter((_, j) => j !== i))}
              >
                <Trans
                  t={t}
                  i18nKey="identity.form.removeDocument"
                  values={{ n: i + 1 }}
                  components={{ 1: <span className="visually-hidden" /> }}
                />
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
              {t('identity.form.addDocument')}
            </button>
          </div>
        ) : null}
      </fieldset>
      <NoteField label={t('identity.view.address')} value={address} onChange={setAddress} />
      <div className="field">
        <label htmlFor={photoId}>{t('identity.form.photo')}</label>
        <input
          id={photoId}
          type="file"
          accept={PHOTO_TYPES.join(',')}
          aria-describedby={`${photoId}-hint`}
          onChange={(e) => void choosePhoto(e)}
        />
        <p id={`${photoId}-hint`} className="hint">
          {t('identity.form.photoHint')}
        </p>
        {photo ? (
          <div className="actions">
            <img className="identity-photo-preview" src={photo} alt={t('identity.form.photoAlt')} />
            <button type="button" className="button small" onClick={() => setPhoto(null)}>
              {t('identity.form.removePhoto')}
            </button>
          </div>
        ) : null}
      </div>
      <div className="actions">
        <button type="submit" className="button primary" disabled={action.busy}>
          {action.busy ? t('identity.form.saving') : t('identity.form.submit')}
        </button>
        {onCancel ? (
          <button type="button" className="button" onClick={onCancel}>
            {t('identity.form.cancel')}
          </button>
        ) : null}
      </div>
    </form>
  );
}
