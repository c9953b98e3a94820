import { z } from 'zod';

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
const REQUIRED: readonly CallField[] = ['caller', 'callee', 'started_at', 'duration_s'];

export const mappingSchema = z
  .strictObject({
    name: z.string().regex(/^[a-z0-9._-]{2,60}$/, 'must be 2–60 characters: a–z, 0–9, dot, dash, underscore'),
    kind: z.literal('calls'),
    description: z.string().max(300).default(''),
    encoding: z.enum(['auto', 'utf-8', 'windows-874', 'utf-16le', 'utf-16be']).default('auto'),
    delimiter: z.enum([',', '\t', ';', '|', 'auto']).default('auto'),
    /** ISO 3166 region of numbers written without a country code (e.g. TH for 081-234-5678). */
    defaultRegion: z.enum(['TH', 'KH', 'LA', 'MM', 'VN', 'CN']),
    /** 'iso': 2026-03-14T21:05:33+07:00; the others are read in `timeZone`. */
    dateFormat: z.enum(['iso', 'yyyy-mm-dd hh:mm:ss', 'dd/mm/yyyy hh:mm:ss', 'mm/dd/yyyy hh:mm:ss']),
    /** Offset of times written without one, e.g. +07:00; always explicit, never the server's own zone. */
    timeZone: z.string().regex(/^[+-]\d{2}:\d{2}$/, 'must be an offset such as +07:00'),
    /** Thai Buddhist-Era years (2569 = 2026): 'auto' reads a year above 2400 as BE. */
    buddhistEra: z.enum(['auto', 'always', 'never']).default('auto'),
    columns: z.partialRecord(z.enum(CALL_FIELDS), z.string().min(1)),
    /** Source values meaning an SMS; anything else is a voice call. */
    smsValues: z.array(z.string()).default(['sms', 'SMS', 'text']),
  })
  .superRefine((m, ctx) => {
    for (const f of REQUIRED)
      if (!m.columns[f])
        ctx.addIssue({
          code: 'custom',
          path: ['columns', f],
          message: `the mapping must name the column holding ${f}`,
        });
  });
export type ColumnMapping = z.output<typeof mappingSchema>;

/** Mappings every installation has: the layout Lantern writes, and a Thai operator's export. */
export const BUILT_IN_MAPPINGS: Record<string, ColumnMapping> = {
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
