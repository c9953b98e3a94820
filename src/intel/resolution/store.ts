import { plainKey } from '../name-key.ts';
import { Dictionary, IntVector, MultiColumn } from './columns.ts';
import { type BirthDate, EXPECTED_DATE, parseBirthDate } from './dates.ts';
import { type NameForms, nameForms } from './name-parts.ts';
import { phoneKeysOf } from './phones.ts';
import { type PersonRecord, ResolutionInputError } from './types.ts';

const SEX: Record<string, number> = {
  f: 1,
  female: 1,
  w: 1,
  woman: 1,
  ญ: 1,
  หญิง: 1,
  m: 2,
  male: 2,
  man: 2,
  ช: 2,
  ชาย: 2,
};

/**
 * Records prepared for comparison, in columns: name keys and part keys as dictionary ids, dates packed into
 * integers, phones in E.164, numbers by their letters and digits. Appending is the only change: records are
 * never edited or removed (a resolution never destroys what was recorded).
 */
export class RecordStore {
  readonly ids: string[] = [];
  readonly index = new Map<string, number>();
  readonly nameKeys = new Dictionary();
  readonly nameFolded = new Dictionary();
  readonly parts = new Dictionary();
  /** Names' letters run together (name-parts.ts), as written and with parts sorted, in one dictionary. */
  readonly joinedKeys = new Dictionary();
  readonly phonesDict = new Dictionary();
  readonly docsDict = new Dictionary();
  readonly accountsDict = new Dictionary();
  readonly placesDict = new Dictionary();
  readonly nationalities = new Dictionary();
  readonly sources = new Dictionary();
  readonly nameKey = new IntVector();
  readonly folded = new IntVector();
  readonly nameParts = new MultiColumn();
  readonly joined = new IntVector();
  readonly joinedSorted = new IntVector();
  readonly dob = new IntVector();
  readonly dobBuddhist = new IntVector();
  readonly phones = new MultiColumn();
  readonly documents = new MultiColumn();
  readonly accounts = new MultiColumn();
  readonly places = new MultiColumn();
  readonly nationality = new IntVector();
  readonly sex = new IntVector();
  readonly source = new IntVector();
  /**
   * Each distinct written name's dictionary ids (key, folded, joined, joined sorted, parts), found once: names
   * repeat (a million records hold some 450,000 distinct ones), and keying one costs far more than a look-up.
   */
  private readonly written = new Map<string, number>();
  private readonly writtenIds = new IntVector();
  private readonly writtenParts = new MultiColumn();

  get size(): number {
    return this.ids.length;
  }

  /** Adds one record; `where` names it in errors (a line of a file, a position in a batch). */
  /** Throws when a record cannot be resolved: no id, an id already present, no name, a date that is no date. */
  check(r: PersonRecord, where: string): BirthDate | null {
    const id =
      typeof r.id === 'string' ? r.id.trim() : r.id === undefined || r.id === null ? '' : String(r.id);
    if (id === '')
      throw new ResolutionInputError(`${where}: the record id is empty (every record needs one)`);
    if (this.index.has(id))
      throw new ResolutionInputError(`${where}: the record id is used twice (ids must be unique)`);
    const name = typeof r.name === 'string' ? r.name.trim() : '';
    if (name === '') throw new ResolutionInputError(`${where}: the name is empty (every record needs one)`);
    const dob = parseBirthDate(r.birthDate);
    if (dob === undefined)
      throw new ResolutionInputError(`${where}: the date of birth is not a date (expected ${EXPECTED_DATE})`);
    return dob;
  }

  /**
   * Adds one record; `where` names it in errors (a line of a file, a position in a batch). `phoneKeys`, when
   * given, are its phones' E.164 readings already found (phoneInput, phoneKeysOf, in order).
   */
  add(r: PersonRecord, where: string, phoneKeys?: readonly string[]): number {
    const dob = this.check(r, where);
    const id = String(r.id).trim();
    const name = r.name.trim();
    const i = this.ids.length;
    this.ids.push(id);
    this.index.set(id, i);

    const w = this.writtenName(name);
    const ids = this.writtenIds.data;
    const k = ids[w * 4] as number;
    this.nameKeys.count(k);
    this.nameKey.push(k);
    const f = ids[w * 4 + 1] as number;
    this.nameFolded.count(f);
    this.folded.push(f);
    const jw = ids[w * 4 + 2] as number;
    const js = ids[w * 4 + 3] as number;
    this.joinedKeys.count(jw);
    if (js !== jw) this.joinedKeys.count(js);
    this.joined.push(jw);
    this.joinedSorted.push(js);
    this.nameParts.copy(this.writtenParts, w);
    for (let x = this.nameParts.from(i); x < this.nameParts.to(i); x++)
      this.parts.count(this.nameParts.values.get(x));

    this.dob.push(dob?.packed ?? 0);
    this.dobBuddhist.push(dob?.buddhistEra ? 1 : 0);

    const nat = phoneRegionOf(r);
    this.nationality.push(nat === '' ? -1 : this.nationalities.idOf(nat));
    this.sex.push(SEX[(r.sex ?? '').trim().toLowerCase()] ?? 0);
    const src = (r.source ?? '').trim();
    this.source.push(src === '' ? -1 : this.sources.idOf(src));

    const phoneIds: number[] = [];
    if (phoneKeys) for (const e of phoneKeys) phoneIds.push(this.phonesDict.idOf(e));
    else
      for (const p of phoneValuesOf(r))
        for (const e of phoneKeysOf(p, nat || null)) phoneIds.push(this.phonesDict.idOf(e));
    this.addMulti(this.phones, this.phonesDict, phoneIds, i);
    this.addValues(this.documents, this.docsDict, r.documents, plainKey, i);
    this.addValues(this.accounts, this.accountsDict, r.accounts, (a) => plainKey(a.toLowerCase()), i);
    this.addValues(this.places, this.placesDict, r.places, placeKey, i);
    return i;
  }

  /**
   * Names whose forms were found beforehand (in parallel), in the order records first write them: entered as
   * `add` would enter them, so every id is the same.
   */
  addNames(names: readonly string[], forms: readonly NameForms[]): void {
    names.forEach((name, x) => {
      if (!this.written.has(name)) this.writtenName(name, forms[x]);
    });
  }

  /** The written name's entry in `writtenIds` / `writtenParts`, made the first time the name is seen. */
  private writtenName(name: string, known?: NameForms): number {
    let w = this.written.get(name);
    if (w !== undefined) return w;
    w = this.written.size;
    this.written.set(name, w);
    // Ids are taken in the order a record's fields were always coded in, so every dictionary is as before.
    const forms = known ?? nameForms(name);
    this.writtenIds.push(this.nameKeys.idOf(forms.key));
    this.writtenIds.push(this.nameFolded.idOf(forms.folded));
    this.writtenIds.push(this.joinedKeys.idOf(forms.joined));
    this.writtenIds.push(this.joinedKeys.idOf(forms.joinedSorted));
    this.writtenParts.add(forms.parts.map((p) => this.parts.idOf(p)));
    return w;
  }

  private addValues(
    col: MultiColumn,
    dict: Dictionary,
    values: readonly string[] | null | undefined,
    key: (v: string) => string,
    i: number,
  ): void {
    const ids: number[] = [];
    for (const v of values ?? []) {
      if (typeof v !== 'string') continue;
      const k = key(v);
      if (k !== '') ids.push(dict.idOf(k));
    }
    this.addMulti(col, dict, ids, i);
  }

  private addMulti(col: MultiColumn, dict: Dictionary, ids: number[], i: number): void {
    col.add(ids);
    for (let x = col.from(i); x < col.to(i); x++) dict.count(col.values.get(x));
  }
}

/** A record's phone numbers as `add` reads them: its list, then its single phone. */
export const phoneValuesOf = (r: PersonRecord): string[] => [
  ...(r.phones ?? []),
  ...(r.phone ? [r.phone] : []),
];

/** The region a record's phones are read in (its nationality), or ''. */
export const phoneRegionOf = (r: PersonRecord): string => (r.nationality ?? '').trim().toUpperCase();

const placeKey = (v: string) =>
  v
    .normalize('NFKC')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
