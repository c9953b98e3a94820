import { useTranslation } from 'react-i18next';
import { AUDIT_OUTCOMES, type AUDIT_SORTS } from '../../../src/access/schema.ts';
import { currentLocale } from '../i18n/i18n.ts';
import english from '../i18n/locales/en/audit.json';
import { SelectField } from '../screening/controls.tsx';
import { Field } from '../ui/Field.tsx';
import type { Listing, PageInfo } from '../ui/useListing.ts';
import { actionWord, outcomeWord, resourceWord } from './words.ts';

const pad = (n: number) => String(n).padStart(2, '0');

/** The instant a day (YYYY-MM-DD) begins in this browser's time zone, `after` days later; '' for no day. */
export function dayStart(day: string, after = 0): string {
  const [y, m, d] = day.split('-').map(Number);
  if (!y || !m || !d) return '';
  return new Date(y, m - 1, d + after).toISOString();
}

/** The day (YYYY-MM-DD) an instant falls on in this browser's time zone, `before` days earlier; '' for none. */
export function dayOf(instant: string, before = 0): string {
  if (!instant) return '';
  const at = new Date(instant);
  at.setDate(at.getDate() - before);
  return `${at.getFullYear()}-${pad(at.getMonth() + 1)}-${pad(at.getDate())}`;
}

// The actions and kinds of record the catalogue has words for: the server finds an action by its catalogued form.
const ACTIONS = Object.entries(english.codes.action).flatMap(([group, rest]) =>
  Object.keys(rest).map((r) => `${group}.${r}`),
);
const RESOURCES = Object.keys(english.codes.resource);

/**
 * The audit log's filters: the action and kind of record (their words in the reader's order), the outcome, and the
 * days from and to (both included, in this browser's time zone).
 */
export function AuditFilters<R extends PageInfo>({
  listing,
}: {
  listing: Listing<R, (typeof AUDIT_SORTS)[number]>;
}) {
  const { t } = useTranslation('audit');
  const { t: common } = useTranslation();
  const collator = new Intl.Collator(currentLocale());
  const sorted = (codes: readonly string[], word: (code: string) => string) =>
    codes.map((c) => [c, word(c)] as const).sort((a, b) => collator.compare(a[1], b[1]));
  const value = (name: string) => listing.state.filters[name] ?? '';
  return (
    <>
      <SelectField
        label={t('table.action')}
        value={value('action')}
        onChange={(v) => listing.setFilter('action', v)}
        options={sorted(ACTIONS, (c) => actionWord(t, c))}
        placeholder={common('table.any')}
      />
      <SelectField
        label={t('table.outcome')}
        value={value('outcome')}
        onChange={(v) => listing.setFilter('outcome', v)}
        options={AUDIT_OUTCOMES.map((o) => [o, outcomeWord(t, o)] as const)}
        placeholder={common('table.any')}
      />
      <SelectField
        label={t('filters.record')}
        value={value('resourceType')}
        onChange={(v) => listing.setFilter('resourceType', v)}
        options={sorted(RESOURCES, (c) => resourceWord(t, c))}
        placeholder={common('table.any')}
      />
      <Field
        label={t('filters.from')}
        type="date"
        value={dayOf(value('from'))}
        onChange={(day) => listing.setFilter('from', dayStart(day))}
      />
      <Field
        label={t('filters.to')}
        type="date"
        value={dayOf(value('to'), 1)}
        onChange={(day) => listing.setFilter('to', dayStart(day, 1))}
      />
    </>
  );
}
