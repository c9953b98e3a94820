import { z } from 'zod';
import { TLP } from '../grading.ts';

/**
 * How one data provider lays out its call records: which of its columns holds each of our fields, its encoding
 * and delimiter, its date format and time zone, and the region its local phone numbers belong to. Saved per
 * provider, so a telco's or bank's own export imports as it comes.
 */
export const CALL_FIELDS = [
  'caller',
  'callee',
  'started_at',
  'duration_s',
  'kind',
  'cell_id',
  'cell_lat',
  'cell_lon',
] as const;
export type CallField = (typeof CALL_FIELDS)[number];
export const TRANSFER_FIELDS = [
  'occurred_at',
  'channel',
  'from_account',
  'from_name',
  'to_account',
  'to_name',
  'amount',
  'currency',
  'reference',
] as const;

export const CROSSING_FIELDS = [
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
] as const;

export const TIP_FIELDS = [
  'tip_ref',
  'received_at',
  'channel',
  'language',
  'text',
  'place_hint',
  'lat',
  'lon',
  'tlp',
] as const;

/** Subscriber registers: who each phone number is registered to, as the operator holds it. */
export const SUBSCRIBER_FIELDS = [
  'subscriber_ref',
  'phone',
  'provider',
  'registered_name',
  'id_number',
  'registered_on',
] as const;

/** Account-opening records from banks: who holds each account, with their identity number and birth date. */
export const ACCOUNT_FIELDS = [
  'account',
  'bank',
  'holder_name',
  'id_number',
  'birth_date',
  'opened_on',
] as const;

/** Each kind of import: the fields a mapping may name, and those it must. */
export const KIND_FIELDS = {
  calls: {
    fields: CALL_FIELDS as readonly string[],
    required: ['caller', 'callee', 'started_at', 'duration_s'],
  },
  crossings: {
    fields: CROSSING_FIELDS as readonly string[],
    required: ['crossed_at', 'checkpoint', 'direction', 'traveller_name'],
  },
  transfers: {
    fields: TRANSFER_FIELDS as readonly string[],
    required: ['occurred_at', 'from_account', 'to_account', 'amount', 'currency'],
  },
  tips: {
    fields: TIP_FIELDS as readonly string[],
    required: ['received_at', 'text'],
  },
  subscribers: {
    fields: SUBSCRIBER_FIELDS as readonly string[],
    required: ['phone', 'registered_name'],
  },
  accounts: {
    fields: ACCOUNT_FIELDS as readonly string[],
    required: ['account', 'holder_name'],
  },
} as const;
export type ImportKindName = keyof typeof KIND_FIELDS;
export const IMPORT_KIND_NAMES = [
  'calls',
  'transfers',
  'crossings',
  'tips',
  'subscribers',
  'accounts',
] as const;
/** Imports whose rows name people: their records are resolved into people once the import is done. */
export const KINDS_NAMING_PEOPLE: ReadonlySet<string> = new Set([
  'subscribers',
  'transfers',
  'crossings',
  'accounts',
]);

export const mappingSchema = z
  .strictObject({
    name: z.string().regex(/^[a-z0-9._-]{2,60}$/),
    kind: z.enum(IMPORT_KIND_NAMES),
    description: z.string().max(300).default(''),
    encoding: z.enum(['auto', 'utf-8', 'windows-874', 'utf-16le', 'utf-16be']).default('auto'),
    delimiter: z.enum([',', '\t', ';', '|', 'auto']).default('auto'),
    /** ISO 3166 region of numbers written without a country code (e.g. TH for 081-234-5678). */
    defaultRegion: z.enum(['TH', 'KH', 'LA', 'MM', 'VN', 'CN']),
    /** 'iso': 2026-03-14T21:05:33+07:00; the others are read in `timeZone`. */
    dateFormat: z.enum(['iso', 'yyyy-mm-dd hh:mm:ss', 'dd/mm/yyyy hh:mm:ss', 'mm/dd/yyyy hh:mm:ss']),
    /** Offset of times written without one, e.g. +07:00; always explicit, never the server's own zone. */
    timeZone: z.string().regex(/^[+-]\d{2}:\d{2}$/),
    /** Thai Buddhist-Era years (2569 = 2026): 'auto' reads a year above 2400 as BE. */
    buddhistEra: z.enum(['auto', 'always', 'never']).default('auto'),
    columns: z.record(z.string(), z.string().min(1)),
    /** Source values meaning an SMS; anything else is a voice call. */
    smsValues: z.array(z.string()).default(['sms', 'SMS', 'text']),
    /** Tips: the TLP 2.0 marking of rows whose file does not give one (the passing organisation's marking). */
    tlp: z.enum(TLP).default('AMBER'),
  })
  .superRefine((m, ctx) => {
    const { fields, required } = KIND_FIELDS[m.kind];
    for (const f of required)
      if (!m.columns[f])
        ctx.addIssue({
          code: 'custom',
          path: ['columns', f],
          message: `the mapping must name the column holding ${f}`,
        });
    for (const f of Object.keys(m.columns))
      if (!fields.includes(f))
        ctx.addIssue({
          code: 'custom',
          path: ['columns', f],
          message: `the mapping's columns name ${f}, which is no field of ${m.kind} imports (their fields are ${fields.join(', ')})`,
        });
  });
export type ColumnMapping = z.output<typeof mappingSchema>;

/**
 * What is wrong with a mapping, as whole texts whose places hold only setting names, codes and values (the
 * server's catalogues translate them when they go out): said here instead of zod's own English.
 */
function mappingProblem(issue: z.core.$ZodRawIssue): { message: string } {
  const setting = issue.path?.join('.') ?? '';
  // What the mapping as a whole lacks: it is no object, or it has settings no mapping has.
  if (issue.code === 'unrecognized_keys')
    return { message: `the mapping has no setting ${issue.keys.join(', ')}` };
  if (setting === '') return { message: 'the mapping must be a JSON object' };
  switch (issue.code) {
    case 'invalid_value':
      return {
        message: `the mapping's ${setting} must be one of ${issue.values.map((v) => JSON.stringify(v)).join(', ')}`,
      };
    case 'invalid_type':
      return {
        message:
          issue.input === undefined
            ? `the mapping's ${setting} is required`
            : `the mapping's ${setting} has the wrong type: expected ${issue.expected}`,
      };
    case 'invalid_format':
      return {
        message:
          setting === 'name'
            ? "the mapping's name must be 2–60 characters: a–z, 0–9, dot, dash, underscore"
            : setting === 'timeZone'
              ? "the mapping's timeZone must be an offset such as +07:00"
              : `the mapping's ${setting} is not in the expected format`,
      };
    case 'too_big':
      return { message: `the mapping's ${setting} must be at most ${issue.maximum} characters long` };
    case 'too_small':
      return { message: `the mapping's ${setting} must not be empty` };
    default:
      return { message: `the mapping's ${setting} is not valid` };
  }
}

/** A provider's mapping checked: the mapping, or every problem with it (each a text for people, in English). */
export function checkMapping(definition: unknown): { mapping: ColumnMapping } | { problems: string[] } {
  const r = mappingSchema.safeParse(definition, { error: mappingProblem });
  return r.success ? { mapping: r.data } : { problems: r.error.issues.map((i) => i.message) };
}

/** Mappings every installation has: the layout Lantern writes, and a Thai operator's export. */
export const BUILT_IN_MAPPINGS: Record<string, ColumnMapping> = {
  'lantern-crossings': mappingSchema.parse({
    name: 'lantern-crossings',
    kind: 'crossings',
    description: "Lantern's own layout for checkpoint records (the synthetic world's crossings.csv)",
    defaultRegion: 'TH',
    dateFormat: 'iso',
    timeZone: '+07:00',
    columns: Object.fromEntries(CROSSING_FIELDS.map((f) => [f, f])),
  }),
  'lantern-tips': mappingSchema.parse({
    name: 'lantern-tips',
    kind: 'tips',
    description:
      "Lantern's own layout for hotline and NGO tips (the synthetic world's tips.jsonl), TLP:AMBER",
    defaultRegion: 'TH',
    dateFormat: 'iso',
    timeZone: '+07:00',
    columns: {
      tip_ref: 'tip_id',
      received_at: 'received_at',
      channel: 'channel',
      language: 'language',
      text: 'text',
      place_hint: 'place_hint',
      lat: 'lat',
      lon: 'lon',
      tlp: 'tlp',
    },
  }),
  'lantern-subscribers': mappingSchema.parse({
    name: 'lantern-subscribers',
    kind: 'subscribers',
    description: "Lantern's own layout for subscriber registers (the synthetic world's subscribers.csv)",
    defaultRegion: 'TH',
    dateFormat: 'iso',
    timeZone: '+07:00',
    columns: { ...Object.fromEntries(SUBSCRIBER_FIELDS.map((f) => [f, f])), subscriber_ref: 'subscriber_id' },
  }),
  'lantern-accounts': mappingSchema.parse({
    name: 'lantern-accounts',
    kind: 'accounts',
    description:
      "Lantern's own layout for banks' account-opening records (the synthetic world's accounts.csv)",
    defaultRegion: 'TH',
    dateFormat: 'iso',
    timeZone: '+07:00',
    columns: Object.fromEntries(ACCOUNT_FIELDS.map((f) => [f, f])),
  }),
  'lantern-transfers': mappingSchema.parse({
    name: 'lantern-transfers',
    kind: 'transfers',
    description: "Lantern's own layout for transfers (the synthetic world's transfers.csv)",
    defaultRegion: 'TH',
    dateFormat: 'iso',
    timeZone: '+07:00',
    columns: Object.fromEntries(TRANSFER_FIELDS.map((f) => [f, f])),
  }),
  lantern: mappingSchema.parse({
    name: 'lantern',
    kind: 'calls',
    description: "Lantern's own layout (the synthetic world's calls.csv)",
    defaultRegion: 'TH',
    dateFormat: 'iso',
    timeZone: '+07:00',
    columns: {
      caller: 'caller',
      callee: 'callee',
      started_at: 'started_at',
      duration_s: 'duration_s',
      kind: 'kind',
      cell_id: 'cell_id',
      cell_lat: 'cell_lat',
      cell_lon: 'cell_lon',
    },
  }),
  'th-operator': mappingSchema.parse({
    name: 'th-operator',
    kind: 'calls',
    description: "A Thai operator's export: Thai headers, local numbers, Buddhist-Era dates, Bangkok time",
    encoding: 'auto',
    defaultRegion: 'TH',
    dateFormat: 'dd/mm/yyyy hh:mm:ss',
    timeZone: '+07:00',
    columns: {
      caller: 'หมายเลขต้นทาง',
      callee: 'หมายเลขปลายทาง',
      started_at: 'วันเวลาเริ่ม',
      duration_s: 'ระยะเวลา',
      kind: 'ประเภท',
      cell_id: 'รหัสเสา',
    },
    smsValues: ['SMS', 'ข้อความ'],
  }),
};
