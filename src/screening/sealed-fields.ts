import type { Selectable } from 'kysely';
import type { SealedTable } from '../access/sealed-columns.ts';
import { type Keyring, seal, sealText, unseal, unsealText } from '../access/sealing.ts';
import type { ScreeningTable } from '../db/types.ts';

type Row = Selectable<ScreeningTable>;
type Interpreter = { used: boolean; name?: string | undefined; language?: string | undefined };
export type AnswerMap = Record<string, { answer: 'yes' | 'no' | 'unknown'; observation: string }>;

/** Each sealed field is bound to its screening and its place in it: a value moved elsewhere does not open. */
const ctx = {
  pseudonym: (id: string) => `screening:${id}:pseudonym`,
  place: (id: string) => `screening:${id}:place`,
  sourceRef: (id: string) => `screening:${id}:source_ref`,
  interpreter: (id: string) => `screening:${id}:interpreter`,
  observation: (id: string, indicator: string) => `screening:${id}:observation:${indicator}`,
  guardian: (id: string) => `screening-guardian:${id}`,
};

const mapInterpreter = (i: Interpreter, f: (v: string) => string): Interpreter =>
  i.name === undefined ? i : { ...i, name: f(i.name) };

const mapAnswers = (id: string, a: AnswerMap, f: (v: string, context: string) => string): AnswerMap =>
  Object.fromEntries(
    Object.entries(a).map(([k, v]) => [k, { ...v, observation: f(v.observation, ctx.observation(id, k)) }]),
  );

export const sealAnswers = (ring: Keyring, id: string, answers: AnswerMap): AnswerMap =>
  mapAnswers(id, answers, (v, c) => sealText(ring, v, c));

/** The sealed columns of a new screening. */
export function sealScreening(
  ring: Keyring,
  id: string,
  p: {
    pseudonym: string;
    placeDescription: string;
    sourceRef: string | null;
    interpreter: Interpreter;
    guardian: string | null;
  },
) {
  return {
    pseudonym: seal(ring, p.pseudonym, ctx.pseudonym(id)),
    place_description: sealText(ring, p.placeDescription, ctx.place(id)),
    source_ref: p.sourceRef === null ? null : seal(ring, p.sourceRef, ctx.sourceRef(id)),
    interpreter: mapInterpreter(p.interpreter, (v) => sealText(ring, v, ctx.interpreter(id))),
    guardian_enc: p.guardian === null ? null : seal(ring, p.guardian, ctx.guardian(id)),
  };
}

/** A screening's fields in clear, for an authorised reader. */
export function openScreening(
  ring: Keyring,
  r: Pick<
    Row,
    'id' | 'pseudonym' | 'place_description' | 'source_ref' | 'interpreter' | 'guardian_enc' | 'answers'
  >,
) {
  return {
    pseudonym: unseal(ring, r.pseudonym, ctx.pseudonym(r.id)),
    placeDescription: unsealText(ring, r.place_description, ctx.place(r.id)),
    sourceRef: r.source_ref === null ? null : unseal(ring, r.source_ref, ctx.sourceRef(r.id)),
    interpreter: mapInterpreter(r.interpreter as Interpreter, (v) =>
      unsealText(ring, v, ctx.interpreter(r.id)),
    ),
    guardian: r.guardian_enc === null ? null : unseal(ring, r.guardian_enc, ctx.guardian(r.id)),
    answers: mapAnswers(r.id, r.answers as AnswerMap, (v, c) => unsealText(ring, v, c)),
  };
}

export const openPseudonym = (ring: Keyring, id: string, sealed: string) =>
  unseal(ring, sealed, ctx.pseudonym(id));

/**
 * The sealed columns of screenings and referrals (sealed-columns.ts): fields written in clear before encryption at
 * rest (`needs_seal`) are sealed by the start-up pass, every one sealed again on a key rotation. The guardian was
 * always sealed.
 */
export const SCREENING_COLUMNS: readonly SealedTable[] = [
  {
    table: 'screenings',
    keys: ['id'],
    pending: true,
    count: 'screenings',
    columns: [
      { name: 'pseudonym', context: (r) => ctx.pseudonym(String(r.id)), clearBefore: true },
      { name: 'place_description', context: (r) => ctx.place(String(r.id)), clearBefore: true },
      { name: 'source_ref', context: (r) => ctx.sourceRef(String(r.id)), clearBefore: true },
      {
        name: 'interpreter',
        json: (v, r, f) => mapInterpreter(v as Interpreter, (x) => f(x, ctx.interpreter(String(r.id)))),
        clearBefore: true,
      },
      { name: 'answers', json: (v, r, f) => mapAnswers(String(r.id), v as AnswerMap, f), clearBefore: true },
      { name: 'guardian_enc', context: (r) => ctx.guardian(String(r.id)) },
    ],
  },
  {
    table: 'referrals',
    keys: ['id'],
    pending: true,
    count: 'referrals',
    columns: [{ name: 'note', context: (r) => referralNoteContext(String(r.id)), clearBefore: true }],
  },
];

export const referralNoteContext = (id: string) => `referral:${id}:note`;
