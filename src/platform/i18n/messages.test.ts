import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { catalogueProblems } from './catalogue-check.ts';
import { requestLanguage } from './languages.ts';
import { messageSources, templateOf } from './message-sources.ts';
import { readCatalogue, TRANSLATED_LANGUAGES, translateError, translateText } from './translate-error.ts';

const sources = messageSources(join(import.meta.dirname, '..', '..'));

describe("the server's messages in seven languages", () => {
  it('finds the messages written in the source, with numbered places', () => {
    expect(sources.length).toBeGreaterThan(300);
    expect(templateOf(undefined, `The operation is $${'{'}op.status}; $${'{'}x({ a: 1 })} left`)).toBe(
      'The operation is {{0}}; {{1}} left',
    );
    expect(sources.map((s) => s.template)).toContain('The request is not valid: {{0}}');
  });

  it("finds the imports' texts that are no error, and says them with their values in place", () => {
    // A text both write is listed once, under the first file that writes it (FtM's folder comes first).
    const imports = sources
      .filter((s) => s.file.startsWith('intel/imports/') || s.file.startsWith('intel/ftm/'))
      .map((s) => s.template);
    expect(imports).toEqual(
      expect.arrayContaining([
        'is not a time in the format {{0}}', // new FieldError(`…`)
        'the file ends in the middle of a {{0}} character: it is truncated', // new DecodeError(`…`)
        'is empty: the checkpoint is required', // required(value, '…')
        'has {{0}} fields where the header has {{1}}', // reason: `…`
        'is not a JSON object', // invalid: '…'
        'holds NUL characters: binary content, not text', // a …_REASON constant
        '{{0}} bad row(s): nothing was imported. Fix them, or accept skipping them.', // message = …
        'The uploaded file is no longer on the server: upload it again.', // finish(status, '…')
      ]),
    );
    expect(translateText('th', 'is not a time in the format dd/mm/yyyy hh:mm:ss')).toBe(
      'ไม่ใช่เวลาในรูปแบบ dd/mm/yyyy hh:mm:ss',
    );
    // The more specific template wins: the Buddhist Era is said, not left in the value.
    expect(translateText('zh', 'is not a real date and time (iso, Buddhist Era)')).toBe(
      '不是真实存在的日期和时间（iso，佛历）',
    );
    expect(translateText('en', 'is empty')).toBe('is empty');
    expect(translateText('vi', 'a text no catalogue holds')).toBe('a text no catalogue holds');
  });

  it("finds the FtM import's reasons and a refused column mapping's problems, each one whole text", () => {
    const found = (folder: string) => sources.filter((s) => s.file.startsWith(folder)).map((s) => s.template);
    expect(found('intel/ftm/')).toEqual(
      expect.arrayContaining([
        'entry {{0}}: the value of "{{1}}" is not valid', // a provenance entry, with its key
        'must not contain control characters', // the shared text check, in the import's own words
        'is required: the second end of the {{0}}',
        'the link type "{{0}}" goes from {{1}} to {{2}}, not from {{3}} to {{4}}',
        '{{0}} problem(s) in the file: nothing was imported. Fix them and import it again.',
      ]),
    );
    expect(found('intel/imports/mapping.ts')).toEqual(
      expect.arrayContaining([
        "the mapping's {{0}} must be one of {{1}}",
        'the mapping has no setting {{0}}',
      ]),
    );
    expect(translateText('th', 'was imported before with the type person, not organisation')).toBe(
      'เคยนำเข้าแล้วด้วยประเภท person ไม่ใช่ organisation',
    );
    expect(translateText('zh', 'entry 2: the value of "sourceGrade" is not valid')).toBe(
      '第 2 条：“sourceGrade”的值无效',
    );
    // A refused mapping lists its problems: each is said in turn, with its setting and values kept.
    expect(
      translateText(
        'vi',
        'the mapping must name the column holding callee; the mapping\'s dateFormat must be one of "iso", "dd/mm/yyyy hh:mm:ss"',
      ),
    ).toBe(
      'ánh xạ cột phải nêu cột chứa callee; dateFormat của ánh xạ cột phải là một trong các giá trị "iso", "dd/mm/yyyy hh:mm:ss"',
    );
    expect(translateText('th', 'a text no catalogue holds; nor this one')).toBe(
      'a text no catalogue holds; nor this one',
    );
  });

  it("finds the schemas' own messages: a check's message argument, `message:` and `ctx.addIssue`", () => {
    const zod = sources.map((s) => s.template);
    expect(zod).toEqual(
      expect.arrayContaining([
        'must be an ISO 4217 currency code such as THB or USD', // .refine(fn, '…')
        'must be more than 0', // .positive('…')
        'must be at most {{0}} characters', // .max(max, `…`)
        'must be a SHA-256 hash: 64 hexadecimal characters', // .regex(re, '…')
        'give the entity or a label', // .refine(fn, { message: '…' })
        'needs at least one {{0}} element', // ctx.addIssue({ message: `…` })
        'must be a JPEG, PNG or WebP image', // .regex(re, '…'), the pattern holding commas
        'must be an ISO 3166 country code such as TH or MM', // .refine(fn, '…',) with a trailing comma
        'must be on one line', // returned by textProblem, whose answer goes to ctx.addIssue
        '{{0}}: "{{1}}" has no question in {{2}}', // pushed by questionProblems, likewise
        'must be between the years {{0}} and {{1}}', // .refine(fn, rangeMessage), a constant of the file
      ]),
    );
    // Not the environment read at start-up, the demo world's files, nor a string that is no zod message.
    expect(zod).not.toContain('must start with postgres:// or postgresql://');
    expect(zod).not.toContain('must be an E.164 number');
    expect(zod).not.toContain('prepare');
    expect(translateText('th', 'must be more than 0')).toBe('ต้องมากกว่า 0');
  });

  for (const lang of TRANSLATED_LANGUAGES)
    it(`has every message in ${lang}, with its places, and nothing left over`, () => {
      expect(catalogueProblems(lang, sources)).toEqual([]);
    });

  it('answers in the language asked for, by weight, else English', () => {
    expect(requestLanguage('th')).toBe('th');
    expect(requestLanguage('fr-FR, km;q=0.8, en;q=0.9')).toBe('en');
    expect(requestLanguage('fr, zh-Hans-CN;q=0.5')).toBe('zh');
    expect(requestLanguage(undefined)).toBe('en');
    expect(requestLanguage('my;q=0, lo')).toBe('lo');
  });

  it('translates a code’s default message, and a templated one with its values in place', () => {
    expect(translateError('th', 'forbidden', 'You do not have permission to do this.')).toBe('คุณไม่มีสิทธิ์ทำสิ่งนี้');
    expect(translateError('en', 'forbidden', 'You do not have permission to do this.')).toBe(
      'You do not have permission to do this.',
    );
    expect(translateError('vi', 'conflict', 'A message no catalogue holds.')).toBe(
      'A message no catalogue holds.',
    );
    for (const lang of TRANSLATED_LANGUAGES) {
      const { messages } = readCatalogue(lang);
      const templated = Object.entries(messages).filter(([t]) => t.includes('{{0}}'));
      expect(templated.length).toBeGreaterThan(20);
      for (const [template, translation] of templated) {
        const sent = template.replace(/\{\{(\d+)\}\}/g, (_, n: string) => `«V${n}»`);
        const answer = translateError(lang, 'conflict', sent);
        if (answer === sent) throw new Error(`${lang}: "${template}" was not translated`);
        // The value comes back in the translation's own place (perhaps by a more specific template).
        expect(answer).toContain('«V0»');
        if (!translation.includes('{{0}}')) throw new Error(`${lang}: "${template}" lost its place`);
      }
    }
  });

  it('prefers the most specific template: the one with the most fixed text', () => {
    const th = readCatalogue('th').messages;
    const own = th['password: {{0}}'];
    expect(own).toBeDefined();
    expect(translateError('th', 'validation_failed', 'password: too short')).toBe(
      (own ?? '').replace('{{0}}', 'too short'),
    );
  });
});
