import { z } from 'zod';

/**
 * The files a generated world is written as: the formats the import routes accept. CSV files have a header row;
 * JSON-lines files hold one object per line. Times are ISO 8601 with their UTC offset; phone numbers in the
 * telecom and checkpoint files are E.164, elsewhere as people wrote them.
 */
const day = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'must be a date YYYY-MM-DD');
const instant = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}[+-]\d{2}:\d{2}$/, 'must be a time with its offset');
const e164 = z.string().regex(/^\+[1-9]\d{6,14}$/, 'must be an E.164 number');
const num = (min: number, max: number) => z.coerce.number().min(min).max(max);
const nonEmpty = z.string().min(1);

export const FILES = {
  'subscribers.csv': {
    what: 'SIM registrations from the telecom operators: who the SIM was registered to (not always its user)',
    row: z.strictObject({
      subscriber_id: nonEmpty,
      phone: e164,
      provider: nonEmpty,
      registered_name: nonEmpty,
      id_number: z.string(),
      registered_on: day,
    }),
  },
  'accounts.csv': {
    what: "Account-opening records the banks give on request for the accounts in the transfers: the holder's name, identity number and birth date as the bank recorded them",
    row: z.strictObject({
      account: nonEmpty,
      bank: nonEmpty,
      holder_name: nonEmpty,
      id_number: z.string(),
      birth_date: z.string(),
      opened_on: day,
    }),
  },
  'calls.csv': {
    what: 'Call and SMS records: parties, start, duration, and the cell the caller used',
    row: z.strictObject({
      call_id: nonEmpty,
      caller: e164,
      callee: e164,
      started_at: instant,
      duration_s: num(0, 86_400),
      kind: z.enum(['voice', 'sms']),
      cell_id: nonEmpty,
      cell_lat: num(-90, 90),
      cell_lon: num(-180, 180),
    }),
  },
  'family-calls.csv': {
    what: "Calls to victims' families at home (the layout of calls.csv): the group's at night, everyone else's by day",
    row: z.strictObject({
      call_id: nonEmpty,
      caller: e164,
      callee: e164,
      started_at: instant,
      duration_s: num(0, 86_400),
      kind: z.enum(['voice', 'sms']),
      cell_id: nonEmpty,
      cell_lat: num(-90, 90),
      cell_lon: num(-180, 180),
    }),
  },
  'transfers.csv': {
    what: 'Bank, mobile-money and remittance-agent transfers, with names as the sending institution recorded them',
    row: z.strictObject({
      transfer_id: nonEmpty,
      occurred_at: instant,
      channel: z.enum(['bank', 'mobile_money', 'remittance_agent', 'cash_deposit']),
      from_account: nonEmpty,
      from_name: z.string(),
      to_account: nonEmpty,
      to_name: z.string(),
      amount: num(0.01, 1e12),
      currency: z.enum(['THB', 'KHR', 'LAK', 'MMK', 'VND', 'CNY', 'USD']),
      reference: z.string(),
    }),
  },
  'crossings.csv': {
    what: 'Checkpoint records of people (and vehicles) crossing borders',
    row: z.strictObject({
      crossing_id: nonEmpty,
      crossed_at: instant,
      checkpoint_id: nonEmpty,
      checkpoint: nonEmpty,
      direction: z.enum(['in', 'out']),
      traveller_name: nonEmpty,
      nationality: z.enum(['TH', 'KH', 'LA', 'MM', 'VN', 'CN']),
      date_of_birth: z.string(),
      document_type: z.enum(['passport', 'border_pass', 'national_id', 'none']),
      document_number: z.string(),
      vehicle_plate: z.string(),
    }),
  },
  'businesses.csv': {
    what: 'Business and vessel registrations: the lawful face of every registered site',
    row: z.strictObject({
      registration_no: nonEmpty,
      name: nonEmpty,
      kind: nonEmpty,
      town: nonEmpty,
      country: z.enum(['TH', 'KH', 'LA', 'MM', 'VN', 'CN']),
      lat: num(-90, 90),
      lon: num(-180, 180),
      owner_name: nonEmpty,
      registered_on: day,
      /** The owner's identity card or passport number as the registry holds it (may be empty). */
      owner_id_number: z.string(),
    }),
  },
  'tips.jsonl': {
    what: 'Hotline and NGO tips: free text in several languages, partial names, approximate places',
    row: z.strictObject({
      tip_id: nonEmpty,
      received_at: instant,
      channel: z.enum(['hotline', 'ngo', 'walk_in', 'online', 'social_media']),
      language: z.enum(['en', 'th', 'km', 'lo', 'my', 'vi', 'zh']),
      text: nonEmpty,
      place_hint: z.string(),
      lat: z.number().min(-90).max(90).nullable(),
      lon: z.number().min(-180).max(180).nullable(),
    }),
  },
  'family-numbers.jsonl': {
    what: "Numbers victims' families are reached on, as the hotline recorded them with the family's tip of tips.jsonl",
    row: z.strictObject({
      tip_id: nonEmpty,
      phone: e164,
      relation: z.enum(['parent', 'spouse', 'sibling', 'child', 'other_relative']),
    }),
  },
  'inspections.jsonl': {
    what: 'Labour inspection reports: workers seen, indicators observed, violations found',
    row: z.strictObject({
      inspection_id: nonEmpty,
      inspected_on: day,
      agency: nonEmpty,
      registration_no: z.string().nullable(),
      site_name: nonEmpty,
      town: nonEmpty,
      lat: z.number(),
      lon: z.number(),
      workers_present: z.number().int().min(0),
      workers_interviewed: z.number().int().min(0),
      findings: z.array(z.string()),
      violations: z.array(z.string()),
      notes: z.string(),
    }),
  },
  'reports.jsonl': {
    what: 'Police intelligence reports graded 3x5x2: source 1–3, information A–E, handling P or C',
    row: z.strictObject({
      report_id: nonEmpty,
      reported_on: day,
      source_type: z.enum(['police_officer', 'informant', 'ngo', 'hotline', 'inspector', 'open_source']),
      source_code: nonEmpty,
      source_grade: z.enum(['1', '2', '3']),
      information_grade: z.enum(['A', 'B', 'C', 'D', 'E']),
      handling: z.enum(['P', 'C']),
      handling_conditions: z.string(),
      text: nonEmpty,
      mentions: z.strictObject({
        names: z.array(z.string()),
        phones: z.array(z.string()),
        plates: z.array(z.string()),
        sites: z.array(z.string()),
      }),
    }),
  },
} as const;

export type TraceFile = keyof typeof FILES;
export const TRACE_FILES = Object.keys(FILES) as TraceFile[];

/** Column order of each CSV file, as written in its header. */
export const CSV_COLUMNS: Record<string, string[]> = Object.fromEntries(
  TRACE_FILES.filter((f) => f.endsWith('.csv')).map((f) => [f, Object.keys(FILES[f].row.shape)]),
);
