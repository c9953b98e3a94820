import { z } from 'zod';

// zod's messages in Burmese, which zod does not ship: the same shape as its own locales (node_modules/zod/v4/locales),
// used by validation-problem.ts to word a refused request's problems for a Burmese reader.

const { util } = z.core;

const error = (): z.core.$ZodErrorMap => {
  const Sizable: Record<string, { unit: string }> = {
    string: { unit: 'စာလုံး' },
    file: { unit: 'ဘိုက်' },
    array: { unit: 'ခု' },
    set: { unit: 'ခု' },
    map: { unit: 'ခု' },
  };
  const getSizing = (origin: string | undefined) => (origin ? (Sizable[origin] ?? null) : null);
  const Origins: Record<string, string> = {
    string: 'စာသား',
    number: 'ဂဏန်း',
    int: 'ကိန်းပြည့်',
    bigint: 'ကိန်းပြည့်',
    array: 'စာရင်း',
    set: 'အစု',
    map: 'တန်ဖိုးတွဲများ',
    record: 'မှတ်တမ်း',
    file: 'ဖိုင်',
    date: 'ရက်စွဲ',
  };
  const originOf = (origin: string | undefined) => (origin ? (Origins[origin] ?? origin) : 'တန်ဖိုး');
  const FormatDictionary: Record<string, string> = {
    regex: 'ထည့်သွင်းချက်',
    email: 'အီးမေးလ်လိပ်စာ',
    url: 'URL',
    emoji: 'အီမိုဂျီ',
    uuid: 'UUID',
    uuidv4: 'UUIDv4',
    uuidv6: 'UUIDv6',
    nanoid: 'nanoid',
    guid: 'GUID',
    cuid: 'cuid',
    cuid2: 'cuid2',
    ulid: 'ULID',
    xid: 'XID',
    ksuid: 'KSUID',
    datetime: 'ISO ရက်စွဲနှင့် အချိန်',
    date: 'ISO ရက်စွဲ',
    time: 'ISO အချိန်',
    duration: 'ISO ကြာချိန်',
    ipv4: 'IPv4 လိပ်စာ',
    ipv6: 'IPv6 လိပ်စာ',
    mac: 'MAC လိပ်စာ',
    cidrv4: 'IPv4 လိပ်စာအပိုင်းအခြား',
    cidrv6: 'IPv6 လိပ်စာအပိုင်းအခြား',
    base64: 'base64 စာသား',
    base64url: 'base64url စာသား',
    json_string: 'JSON စာသား',
    e164: 'E.164 ဖုန်းနံပါတ်',
    currency_code: 'ငွေကြေးကုဒ်',
    credit_card: 'အကြွေးဝယ်ကတ် နံပါတ်',
    iban: 'IBAN',
    jwt: 'JWT',
    template_literal: 'ထည့်သွင်းချက်',
  };
  const TypeDictionary: Record<string, string> = {
    string: 'စာသား',
    number: 'ဂဏန်း',
    int: 'ကိန်းပြည့်',
    boolean: 'မှန်/မှား (boolean)',
    object: 'အရာဝတ္ထု (object)',
    array: 'စာရင်း (array)',
    null: 'တန်ဖိုးမရှိ (null)',
    undefined: 'မပေးထား (undefined)',
    date: 'ရက်စွဲ',
    nan: 'NaN',
  };
  return (issue) => {
    switch (issue.code) {
      case 'invalid_type': {
        const expected = TypeDictionary[issue.expected] ?? issue.expected;
        const receivedType = util.parsedType(issue.input);
        const received = TypeDictionary[receivedType] ?? receivedType;
        return `ထည့်သွင်းချက် မမှန်ကန်ပါ- ${expected} ဖြစ်ရမည်၊ ${received} ကို ရရှိသည်`;
      }
      case 'invalid_value':
        if (issue.values.length === 1)
          return `တန်ဖိုး မမှန်ကန်ပါ- ${util.stringifyPrimitive(issue.values[0])} ဖြစ်ရမည်`;
        return `ရွေးချယ်မှု မမှန်ကန်ပါ- ${util.joinValues(issue.values, '|')} အနက် တစ်ခု ဖြစ်ရမည်`;
      case 'too_big': {
        const n = issue.maximum.toString();
        const sizing = getSizing(issue.origin);
        const what = originOf(issue.origin);
        if (sizing) {
          const bound = issue.exact ? `အတိအကျ ${n}` : issue.inclusive ? `အများဆုံး ${n}` : `${n} ထက် နည်း၍`;
          return `အလွန်ကြီးသည်- ${what} တွင် ${sizing.unit} ${bound} ရှိရမည်`;
        }
        const bound = issue.exact
          ? `${n} နှင့် ညီရမည်`
          : issue.inclusive
            ? `အများဆုံး ${n} ဖြစ်ရမည်`
            : `${n} ထက် ငယ်ရမည်`;
        return `အလွန်ကြီးသည်- ${what} သည် ${bound}`;
      }
      case 'too_small': {
        const n = issue.minimum.toString();
        const sizing = getSizing(issue.origin);
        const what = originOf(issue.origin);
        if (sizing) {
          const bound = issue.exact ? `အတိအကျ ${n}` : issue.inclusive ? `အနည်းဆုံး ${n}` : `${n} ထက် ပို၍`;
          return `အလွန်ငယ်သည်- ${what} တွင် ${sizing.unit} ${bound} ရှိရမည်`;
        }
        const bound = issue.exact
          ? `${n} နှင့် ညီရမည်`
          : issue.inclusive
            ? `အနည်းဆုံး ${n} ဖြစ်ရမည်`
            : `${n} ထက် ကြီးရမည်`;
        return `အလွန်ငယ်သည်- ${what} သည် ${bound}`;
      }
      case 'invalid_format': {
        if (issue.format === 'starts_with')
          return `စာသား မမှန်ကန်ပါ- "${'prefix' in issue ? issue.prefix : ''}" ဖြင့် စရမည်`;
        if (issue.format === 'ends_with')
          return `စာသား မမှန်ကန်ပါ- "${'suffix' in issue ? issue.suffix : ''}" ဖြင့် ဆုံးရမည်`;
        if (issue.format === 'includes')
          return `စာသား မမှန်ကန်ပါ- "${'includes' in issue ? issue.includes : ''}" ပါရမည်`;
        if (issue.format === 'regex')
          return `စာသား မမှန်ကန်ပါ- ပုံစံ ${'pattern' in issue ? issue.pattern : ''} နှင့် ကိုက်ညီရမည်`;
        return `${FormatDictionary[issue.format] ?? issue.format} မမှန်ကန်ပါ`;
      }
      case 'not_multiple_of':
        return `ဂဏန်း မမှန်ကန်ပါ- ${issue.divisor} ၏ ဆတိုးကိန်း ဖြစ်ရမည်`;
      case 'unrecognized_keys':
        return `မသိသော အကွက်- ${util.joinValues(issue.keys, ', ')}`;
      case 'invalid_key':
        return `${originOf(issue.origin)} တွင် သော့ (key) မမှန်ကန်ပါ`;
      case 'invalid_union': {
        const options = 'options' in issue && Array.isArray(issue.options) ? issue.options : [];
        if (options.length > 0)
          return `အမျိုးအစားခွဲသည့် တန်ဖိုး မမှန်ကန်ပါ- ${options.map((o) => `'${String(o)}'`).join(' | ')} ဖြစ်ရမည်`;
        if ('inclusive' in issue && issue.inclusive === false) return 'ထည့်သွင်းချက် မမှန်ကန်ပါ- ပုံစံ တစ်ခုထက်ပို၍ ကိုက်ညီနေသည်';
        return 'ထည့်သွင်းချက် မမှန်ကန်ပါ';
      }
      case 'invalid_element':
        return `${originOf(issue.origin)} တွင် တန်ဖိုး မမှန်ကန်ပါ`;
      default:
        return 'ထည့်သွင်းချက် မမှန်ကန်ပါ';
    }
  };
};

export default function my(): { localeError: z.core.$ZodErrorMap } {
  return { localeError: error() };
}
