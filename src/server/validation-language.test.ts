import Fastify from 'fastify';
import { serializerCompiler, validatorCompiler, type ZodTypeProvider } from 'fastify-type-provider-zod';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { z } from 'zod';
import { money } from '../platform/money.ts';
import { registerErrorHandler } from './error-handler.ts';

// A request refused by its route's schema is told each problem in the language it asked for: zod's own wording
// by zod's locale (Lantern's own for Lao and Burmese), a schema's own message by the server's catalogues.
const app = Fastify().withTypeProvider<ZodTypeProvider>();

beforeAll(async () => {
  app.setValidatorCompiler(validatorCompiler);
  app.setSerializerCompiler(serializerCompiler);
  registerErrorHandler(app);
  app.post(
    '/payments',
    { schema: { body: z.strictObject({ payer: z.string().min(1), fine: money }) } },
    async () => ({ ok: true }),
  );
  await app.ready();
});
afterAll(() => app.close());

/** The refusal of a body whose payer is a number and whose fine is not more than 0, in `lang`. */
async function refused(lang?: string) {
  const res = await app.inject({
    method: 'POST',
    url: '/payments',
    headers: lang ? { 'accept-language': lang } : {},
    payload: { payer: 12, fine: { amount: -5, currency: 'THB' } },
  });
  expect(res.statusCode).toBe(400);
  const { error } = res.json() as {
    error: { code: string; message: string; details: { field: string; problem: string }[] };
  };
  expect(error.code).toBe('validation_failed');
  const problem = (field: string) => error.details.find((d) => d.field === field)?.problem;
  return { message: error.message, payer: problem('body.payer'), amount: problem('body.fine.amount') };
}

describe('a refused request in its language', () => {
  it('is told in English as zod and the schema word it', async () => {
    const en = await refused();
    expect(en.payer).toBe('Invalid input: expected string, received number');
    expect(en.amount).toBe('must be more than 0');
    expect(en.message).toBe(
      'The request is not valid: body.payer: Invalid input: expected string, received number; body.fine.amount: must be more than 0',
    );
  });

  it("is told in Thai: zod's problem by zod's Thai, the schema's message by the catalogue", async () => {
    const th = await refused('th');
    // zod's Thai leaves "string" in English: Lantern words it.
    expect(th.payer).toBe('ประเภทข้อมูลไม่ถูกต้อง: ควรเป็น ข้อความ แต่ได้รับ ตัวเลข');
    expect(th.amount).toBe('ต้องมากกว่า 0');
    expect(th.message).toBe(`คำขอไม่ถูกต้อง: body.payer: ${th.payer}; body.fine.amount: ${th.amount}`);
  });

  it("is told in Lao, which zod lacks, by Lantern's own locale", async () => {
    const lo = await refused('lo');
    expect(lo.payer).toBe('ຂໍ້ມູນບໍ່ຖືກຕ້ອງ: ຕ້ອງເປັນ ຂໍ້ຄວາມ ແຕ່ໄດ້ຮັບ ຕົວເລກ');
    expect(lo.amount).toBe('ຕ້ອງຫຼາຍກວ່າ 0');
    expect(lo.message).toBe(`ຄຳຮ້ອງຂໍບໍ່ຖືກຕ້ອງ: body.payer: ${lo.payer}; body.fine.amount: ${lo.amount}`);
  });

  it('says every language in its own script, a too short text and an unknown field too', async () => {
    const res = await app.inject({
      method: 'POST',
      url: '/payments',
      headers: { 'accept-language': 'my' },
      payload: { payer: '', fine: { amount: 1, currency: 'THB' }, extra: 1 },
    });
    const { details } = res.json().error as { details: { field: string; problem: string }[] };
    expect(details.map((d) => d.problem)).toEqual([
      'အလွန်ငယ်သည်- စာသား တွင် စာလုံး အနည်းဆုံး 1 ရှိရမည်',
      'မသိသော အကွက်- "extra"',
    ]);
    for (const [lang, script] of [
      ['km', /[\u1780-\u17FF]/],
      ['vi', /không hợp lệ|phải|Đầu vào/i],
      ['zh', /[\u3400-\u9FFF]/],
    ] as const) {
      const said = await refused(lang);
      expect(said.payer).toMatch(script);
      expect(said.payer, lang).not.toMatch(/\bstring\b/);
      expect(said.amount).toMatch(script);
    }
  });
});
