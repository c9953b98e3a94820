import { describe, expect, it } from 'vitest';
import { indicatorSetSchema } from './indicator-set.ts';
import { PUBLISHED_QUESTIONS, PUBLISHED_SETS } from './published-sets.ts';
import { QUESTION_LANGUAGES, questionProblems } from './questions.ts';

/** The script each language's questions are written in (English and Vietnamese are in Latin letters). */
const SCRIPT: Record<string, RegExp> = {
  th: /[\u0E00-\u0E7F]/,
  lo: /[\u0E80-\u0EFF]/,
  km: /[\u1780-\u17FF]/,
  my: /[\u1000-\u109F]/,
  zh: /[\u3400-\u9FFF]/,
  vi: /[ăâđêôơưạảấầẩẫậắằẳẵặẹẻẽếềểễệỉịọỏốồổỗộớờởỡợụủứừửữựỳỵỷỹ]/i,
};

describe('the questions put to the person', () => {
  for (const [id, set] of PUBLISHED_SETS) {
    it(`cover every indicator of ${id} in all seven languages, and name no other`, () => {
      expect(questionProblems(set, PUBLISHED_QUESTIONS.get(id) ?? {})).toEqual([]);
    });
  }

  it("are written in each language's own script, not left in English", () => {
    const wrong: string[] = [];
    for (const [id, questions] of PUBLISHED_QUESTIONS) {
      const english = questions.en ?? {};
      for (const lang of QUESTION_LANGUAGES.filter((l) => l !== 'en')) {
        for (const [indicator, text] of Object.entries(questions[lang] ?? {})) {
          const script = SCRIPT[lang];
          if (text === english[indicator] || (script && !script.test(text)))
            wrong.push(`${id} ${lang} ${indicator}`);
        }
      }
    }
    expect(wrong).toEqual([]);
  });

  it('find a missing language, a missing question and a question for no indicator', () => {
    const set = { id: 's', indicators: [{ id: 'a' }, { id: 'b' }] };
    expect(
      questionProblems(set, { en: { a: 'Were you paid?', b: 'Were you free to leave?', c: 'Extra?' } }, [
        'en',
        'th',
      ]),
    ).toEqual([
      's: "a" has no question in th',
      's: "b" has no question in th',
      's: the en question "c" names no indicator of the set',
    ]);
    expect(questionProblems(set, { th: { a: 'ได้รับค่าจ้างหรือไม่' } }, ['th'])).toEqual([
      's: "b" has no question in th',
    ]);
  });

  it("an agency's own set may hold questions, for its own indicators only", () => {
    const local = {
      id: 'national-screening-form',
      version: '1',
      name: 'National screening form',
      kind: 'checklist',
      exploitation: ['labour'],
      source: 'Agency form',
      complete: true,
      rules: { checklist: 'Any indicator present: full screening.' },
      indicators: [{ id: 'nsf.passport_held', label: 'Passport held by employer' }],
    };
    expect(indicatorSetSchema.safeParse(local).success).toBe(true);
    const asked = { ...local, questions: { th: { 'nsf.passport_held': 'นายจ้างยึดหนังสือเดินทางไว้หรือไม่' } } };
    expect(indicatorSetSchema.parse(asked).questions?.th?.['nsf.passport_held']).toBeDefined();
    const stray = indicatorSetSchema.safeParse({ ...local, questions: { en: { 'nsf.other': 'Other?' } } });
    expect(stray.success).toBe(false);
    expect(stray.error?.issues.map((i) => i.message)).toEqual([
      'national-screening-form: the en question "nsf.other" names no indicator of the set',
    ]);
    const unknownLanguage = indicatorSetSchema.safeParse({
      ...local,
      questions: { fr: { 'nsf.passport_held': 'Passeport ?' } },
    });
    expect(unknownLanguage.success).toBe(false);
  });
});
