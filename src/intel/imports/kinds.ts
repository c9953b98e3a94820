import { TLP } from '../grading.ts';
import { normaliseText } from '../names/normalise.ts';
import { coordinateText, FieldError, toDuration, toE164, toInstant } from './fields.ts';
import type { ColumnMapping, ImportKindName } from './mapping.ts';

/** Reads one field of the current row through the mapping, turning a failure into a bad-row report. */
export interface RowReader {
  get(field: string): string;
  field(field: string, read: () => string | number | null): string;
  /**
   * As `field`, for a value whose checked form never holds a comma, a quote or a line break (a number, an E.164
   * number, an instant, a coordinate): written as it is, without looking for what would need quoting.
   */
  plain(field: string, read: () => string): string;
}

/** One kind of bulk import: its table, its columns after agency_id and import_id, and how a row is read. */
export interface ImportKind {
  table: string;
  columns: readonly string[];
  row(r: RowReader, mapping: ColumnMapping): string;
}

const csvField = (v: string) => (/[",\n\r]/.test(v) ? `"${v.replaceAll('"', '""')}"` : v);

/** The value trimmed; an empty one is refused with `reason` (written out whole, for the catalogues to find). */
function required(value: string, reason: string): string {
  const v = value.trim();
  if (v === '') throw new FieldError(reason);
  return v;
}

/** An amount as written by banks: 1,250.50 or 1250.5; never negative or zero (the direction is in the accounts). */
export function toAmount(value: string): string {
  const v = value.trim().replace(/,(?=\d{3}(\D|$))/g, '');
  if (!/^\d{1,15}(\.\d{1,4})?$/.test(v) || Number(v) <= 0) throw new FieldError('is not a positive amount');
  return v;
}

const TIP_CHANNELS = ['hotline', 'ngo', 'walk_in', 'online', 'social_media', 'inspection', 'other'];
const MAX_TIP_CHARS = 20_000;

export const IMPORT_KINDS: Record<ImportKindName, ImportKind> = {
  tips: {
    table: 'tips',
    columns: ['tip_ref', 'received_at', 'channel', 'language', 'text', 'place_hint', 'lat', 'lon', 'tlp'],
    row(r, m) {
      const at = r.plain('received_at', () => toInstant(r.get('received_at'), m));
      const channel = r.field('channel', () => {
        const c =
          r
            .get('channel')
            .trim()
            .toLowerCase()
            .replace(/[\s-]+/g, '_') || 'other';
        if (!TIP_CHANNELS.includes(c))
          throw new FieldError(`is not a channel: use one of ${TIP_CHANNELS.join(', ')}`);
        return c;
      });
      const language = r.field('language', () => {
        const l = r.get('language').trim().toLowerCase();
        if (l !== '' && !/^[a-z]{2,3}(-[a-z0-9]{2,8})?$/.test(l))
          throw new FieldError('is not a language code such as th or km');
        return l === '' ? null : l;
      });
      const text = r.field('text', () => {
        const t = normaliseText(required(r.get('text'), 'is empty: the text of the tip is required'));
        if (t.length > MAX_TIP_CHARS) throw new FieldError(`is longer than ${MAX_TIP_CHARS} characters`);
        return t;
      });
      const lat = r.plain('lat', () => coordinateText(r.get('lat'), 90));
      const lon = r.plain('lon', () => coordinateText(r.get('lon'), 180));
      if ((lat === '') !== (lon === ''))
        r.field('lon', () => {
          throw new FieldError('a place needs both latitude and longitude');
        });
      const tlp = r.field('tlp', () => {
        const t = r.get('tlp').trim().toUpperCase().replace(/^TLP:/, '') || m.tlp;
        if (!(TLP as readonly string[]).includes(t))
          throw new FieldError(`is not a TLP 2.0 marking (${TLP.join(', ')})`);
        return t;
      });
      return `${csvField(r.get('tip_ref').trim())},${at},${channel},${language},${text},${csvField(r.get('place_hint').trim())},${lat},${lon},${tlp}`;
    },
  },
  crossings: {
    table: 'crossings',
    columns: [
      'crossed_at',
      'checkpoint_id',
      'checkpoint',
      'direction',
      'traveller_name',
      'nationality',
      'date_of_birth',
      'document_type',
      'document_number',
      'vehicle_plate',
    ],
    row(r, m) {
      const at = r.plain('crossed_at', () => toInstant(r.get('crossed_at'), m));
      const checkpoint = r.field('checkpoint', () =>
        required(r.get('checkpoint'), 'is empty: the checkpoint is required'),
      );
      const direction = r.field('direction', () => {
        const d = r.get('direction').trim().toLowerCase();
        if (d !== 'in' && d !== 'out') throw new FieldError('is neither in nor out');
        return d;
      });
      const name = r.field('traveller_name', () =>
        csvField(
          normaliseText(required(r.get('traveller_name'), "is empty: the traveller's name is required")),
        ),
      );
      // Dates of birth and document numbers are kept as the checkpoint wrote them: matching reads their variants.
      const rest = ['nationality', 'date_of_birth', 'document_type', 'document_number', 'vehicle_plate'].map(
        (f) => csvField(r.get(f).trim()),
      );
      return `${at},${csvField(r.get('checkpoint_id').trim())},${checkpoint},${direction},${name},${rest.join(',')}`;
    },
  },
  subscribers: {
    table: 'subscribers',
    columns: ['subscriber_ref', 'phone', 'provider', 'registered_name', 'id_number', 'registered_on'],
    row(r, m) {
      const phone = r.plain('phone', () => toE164(r.get('phone'), m.defaultRegion));
      const name = r.field('registered_name', () =>
        normaliseText(required(r.get('registered_name'), 'is empty: the registered name is required')),
      );
      // Registration dates and id numbers are kept as the operator wrote them, like crossings' dates of birth.
      const [ref, provider, id, on] = ['subscriber_ref', 'provider', 'id_number', 'registered_on'].map((f) =>
        csvField(r.get(f).trim()),
      );
      return `${ref},${phone},${provider},${csvField(name)},${id},${on}`;
    },
  },
  accounts: {
    table: 'bank_accounts',
    columns: ['account', 'bank', 'holder_name', 'id_number', 'birth_date', 'opened_on'],
    row(r) {
      const account = r.field('account', () =>
        required(r.get('account'), 'is empty: the account is required'),
      );
      const name = r.field('holder_name', () =>
        normaliseText(required(r.get('holder_name'), "is empty: the holder's name is required")),
      );
      // Birth dates, id numbers and opening dates are kept as the bank wrote them, like subscribers' registrations.
      const [bank, id, born, opened] = ['bank', 'id_number', 'birth_date', 'opened_on'].map((f) =>
        csvField(r.get(f).trim()),
      );
      return `${csvField(account)},${bank},${csvField(name)},${id},${born},${opened}`;
    },
  },
  calls: {
    table: 'call_records',
    columns: ['caller', 'callee', 'started_at', 'duration_s', 'kind', 'cell_id', 'cell_lat', 'cell_lon'],
    row(r, m) {
      const caller = r.plain('caller', () => toE164(r.get('caller'), m.defaultRegion));
      const callee = r.plain('callee', () => toE164(r.get('callee'), m.defaultRegion));
      const started = r.plain('started_at', () => toInstant(r.get('started_at'), m));
      const duration = r.plain('duration_s', () => toDuration(r.get('duration_s')));
      const kind = m.smsValues.includes(r.get('kind').trim()) ? 'sms' : 'voice';
      const cell = csvField(r.get('cell_id').trim());
      const lat = r.plain('cell_lat', () => coordinateText(r.get('cell_lat'), 90));
      const lon = r.plain('cell_lon', () => coordinateText(r.get('cell_lon'), 180));
      return `${caller},${callee},${started},${duration},${kind},${cell},${lat},${lon}`;
    },
  },
  transfers: {
    table: 'transfers',
    columns: [
      'occurred_at',
      'channel',
      'from_account',
      'from_name',
      'to_account',
      'to_name',
      'amount',
      'currency',
      'reference',
    ],
    row(r, m) {
      const at = r.plain('occurred_at', () => toInstant(r.get('occurred_at'), m));
      const channel = csvField(r.get('channel').trim() || 'unknown');
      const from = r.field('from_account', () =>
        required(r.get('from_account'), 'is empty: the sending account is required'),
      );
      const to = r.field('to_account', () =>
        required(r.get('to_account'), 'is empty: the receiving account is required'),
      );
      const amount = r.plain('amount', () => toAmount(r.get('amount')));
      const currency = r.plain('currency', () => {
        const c = r.get('currency').trim().toUpperCase();
        if (!/^[A-Z]{3}$/.test(c)) throw new FieldError('is not a three-letter currency code');
        return c;
      });
      return `${at},${channel},${from},${csvField(normaliseText(r.get('from_name').trim()))},${to},${csvField(normaliseText(r.get('to_name').trim()))},${amount},${currency},${csvField(r.get('reference').trim())}`;
    },
  },
};
