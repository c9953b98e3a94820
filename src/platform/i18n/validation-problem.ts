import { z } from 'zod';
import type { ServerLanguage } from './languages.ts';
import { translateText } from './translate-error.ts';
import lo from './zod/lo.ts';
import my from './zod/my.ts';

// A problem of a request refused by its route's schema, in the language the request asked for. zod words its own
// problems in English; when a problem is in those words it is worded again by zod's locale for the language
// (Lantern's own for Lao and Burmese, which zod lacks). A schema's own message ('must be more than 0') is said
// through the server's catalogues, which hold it (message-sources.ts finds the schemas' messages).

/** One problem as fastify-type-provider-zod hands it on: the issue's code, its message and its other fields. */
export interface ValidationProblem {
  keyword: string;
  message?: string;
  params?: Record<string, unknown>;
}

const english = z.locales.en().localeError;
const LOCALES: Record<Exclude<ServerLanguage, 'en'>, z.core.$ZodErrorMap> = {
  th: z.locales.th().localeError,
  km: z.locales.km().localeError,
  lo: lo().localeError,
  my: my().localeError,
  vi: z.locales.vi().localeError,
  zh: z.locales.zhCN().localeError,
};

/**
 * zod drops the input from an issue once worded, and its "expected string, received number" names the input's
 * type: so an issue of the wrong type is tried with one value of each type it tells apart.
 */
const SAMPLE_INPUTS: unknown[] = [undefined, 0, '', true, null, [], {}, Number.NaN, 0n, () => {}, Symbol()];

/**
 * The type names zod's own Thai, Khmer, Vietnamese and Chinese locales leave in English ("ควรเป็น string"), in
 * words; Lantern's Lao and Burmese locales word them already.
 */
const TYPE_WORDS: Partial<Record<ServerLanguage, Record<string, string>>> = {
  th: {
    string: 'ข้อความ',
    boolean: 'ค่าจริงหรือเท็จ',
    object: 'ออบเจ็กต์',
    undefined: 'ไม่มีค่า',
    date: 'วันที่',
    bigint: 'จำนวนเต็มขนาดใหญ่',
    symbol: 'สัญลักษณ์',
    function: 'ฟังก์ชัน',
  },
  km: {
    string: 'អត្ថបទ',
    boolean: 'តម្លៃពិតឬមិនពិត',
    object: 'វត្ថុ',
    undefined: 'គ្មានតម្លៃ',
    date: 'កាលបរិច្ឆេទ',
    bigint: 'ចំនួនគត់ធំ',
    symbol: 'និមិត្តសញ្ញា',
    function: 'អនុគមន៍',
  },
  vi: {
    string: 'văn bản',
    boolean: 'giá trị đúng/sai',
    object: 'đối tượng',
    undefined: 'không có giá trị',
    date: 'ngày',
    bigint: 'số nguyên lớn',
    symbol: 'ký hiệu',
    function: 'hàm',
  },
  zh: {
    string: '文本',
    boolean: '布尔值',
    object: '对象',
    undefined: '无值',
    date: '日期',
    bigint: '大整数',
    symbol: '符号',
    function: '函数',
  },
};

/** A wrong-type problem as zod's locale words it, with the type names it left in English put in words. */
function typeWordsIn(lang: ServerLanguage, text: string): string {
  const words = TYPE_WORDS[lang];
  if (!words) return text;
  return text.replace(
    /(?<![\w.])(string|boolean|object|undefined|date|bigint|symbol|function)(?![\w.])/g,
    (w) => words[w] ?? w,
  );
}

function said(map: z.core.$ZodErrorMap, issue: z.core.$ZodRawIssue): string | undefined {
  try {
    const out = map(issue);
    return typeof out === 'string' ? out : (out?.message ?? undefined);
  } catch {
    // An issue missing a field its wording needs: not one of zod's own.
    return undefined;
  }
}

/** The problem in `lang`: zod's own wording in that language, or the schema's message from the catalogues. */
export function problemIn(lang: ServerLanguage, problem: ValidationProblem): string {
  const message = problem.message ?? 'is not valid';
  if (lang === 'en') return message;
  const issue = { ...problem.params, code: problem.keyword } as unknown as z.core.$ZodRawIssue;
  const inputs =
    problem.params && 'input' in problem.params
      ? [problem.params.input]
      : problem.keyword === 'invalid_type'
        ? SAMPLE_INPUTS
        : [undefined];
  for (const input of inputs) {
    const withInput = { ...issue, input } as z.core.$ZodRawIssue;
    if (said(english, withInput) !== message) continue;
    const worded = said(LOCALES[lang], withInput) ?? message;
    return problem.keyword === 'invalid_type' ? typeWordsIn(lang, worded) : worded;
  }
  return translateText(lang, message);
}
