/** The indicator tables' words in the chosen language: the server sends its English words with their codes. */
import type { ParseKeys, TFunction } from 'i18next';
import { formatDay } from '../ui/datetime.ts';
import { ageWord, countryWord, exploitationWord, sexWord } from './labels.ts';
import type { Dashboard, Filters, MapFigures, ShownTable } from './types.ts';

type T = TFunction<'outcomes'>;
type Key = ParseKeys<'outcomes'>;

/** A word of the catalogue by its code, or the server's own when the catalogue has none. */
const coded = (t: T, group: string, code: string | null, fallback: string): string =>
  code ? t(`indicator.${group}.${code}` as Key, { defaultValue: fallback }) : fallback;

export const tableTitle = (t: T, table: Pick<ShownTable, 'id' | 'title'>): string =>
  coded(t, 'title', table.id, table.title);

export const dimensionWords = (t: T, table: ShownTable): string[] =>
  table.dimensions.map((d, i) => coded(t, 'dimension', table.dimensionCodes[i] ?? null, d));

/** A cell's key in words, one word per dimension. */
export const cellWords = (t: T, table: ShownTable, cell: number): string[] =>
  (table.cells[cell]?.key ?? []).map((w, i) => coded(t, 'row', table.keyCodes[cell]?.[i] ?? null, w));

export const medianTitle = (t: T, m: Dashboard['medians'][number]): string =>
  coded(t, 'median', m.id, m.title);

export const measureWords = (t: T, m: MapFigures['measures'][number]): string =>
  coded(t, 'measure', m.code, m.words);

/** The filters in words ("Province: Samut Sakhon"), the agency by the name the server gives. */
export function filterWords(t: T, f: Filters, agencyName: string | null): string[] {
  const out: string[] = [];
  if (f.from || f.to)
    out.push(
      t('indicator.filter.period', {
        from: f.from ? formatDay(f.from) : t('indicator.filter.beginning'),
        to: f.to ? formatDay(f.to) : t('indicator.filter.today'),
      }),
    );
  if (f.country) out.push(t('indicator.filter.country', { country: countryWord(f.country) }));
  if (f.province) out.push(t('indicator.filter.province', { province: f.province }));
  if (f.agency)
    out.push(t('indicator.filter.agency', { agency: agencyName ?? t('indicator.filter.oneAgency') }));
  if (f.exploitation)
    out.push(t('indicator.filter.exploitation', { exploitation: exploitationWord(f.exploitation) }));
  if (f.sex) out.push(t('indicator.filter.sex', { sex: sexWord(f.sex) }));
  if (f.age) out.push(t('indicator.filter.age', { age: ageWord(f.age) }));
  return out;
}
