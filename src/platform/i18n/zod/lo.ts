import { z } from 'zod';

// zod's messages in Lao, which zod does not ship: the same shape as its own locales (node_modules/zod/v4/locales),
// used by validation-problem.ts to word a refused request's problems for a Lao reader.

const { util } = z.core;

const error = (): z.core.$ZodErrorMap => {
  const Sizable: Record<string, { unit: string }> = {
    string: { unit: 'ຕົວອັກສອນ' },
    file: { unit: 'ໄບຕ໌' },
    array: { unit: 'ລາຍການ' },
    set: { unit: 'ລາຍການ' },
    map: { unit: 'ລາຍການ' },
  };
  const getSizing = (origin: string | undefined) => (origin ? (Sizable[origin] ?? null) : null);
  const Origins: Record<string, string> = {
    string: 'ຂໍ້ຄວາມ',
    number: 'ຕົວເລກ',
    int: 'ຈຳນວນຖ້ວນ',
    bigint: 'ຈຳນວນຖ້ວນ',
    array: 'ລາຍການ',
    set: 'ຊຸດ',
    map: 'ແຜນທີ່ຄ່າ',
    record: 'ບັນທຶກ',
    file: 'ໄຟລ໌',
    date: 'ວັນທີ',
  };
  const originOf = (origin: string | undefined) => (origin ? (Origins[origin] ?? origin) : 'ຄ່າ');
  const FormatDictionary: Record<string, string> = {
    regex: 'ຂໍ້ມູນ',
    email: 'ທີ່ຢູ່ອີເມວ',
    url: 'URL',
    emoji: 'ອີໂມຈິ',
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
    datetime: 'ວັນທີ ແລະ ເວລາແບບ ISO',
    date: 'ວັນທີແບບ ISO',
    time: 'ເວລາແບບ ISO',
    duration: 'ໄລຍະເວລາແບບ ISO',
    ipv4: 'ທີ່ຢູ່ IPv4',
    ipv6: 'ທີ່ຢູ່ IPv6',
    mac: 'ທີ່ຢູ່ MAC',
    cidrv4: 'ຊ່ວງທີ່ຢູ່ IPv4',
    cidrv6: 'ຊ່ວງທີ່ຢູ່ IPv6',
    base64: 'ຂໍ້ຄວາມແບບ base64',
    base64url: 'ຂໍ້ຄວາມແບບ base64url',
    json_string: 'ຂໍ້ຄວາມ JSON',
    e164: 'ເບີໂທລະສັບແບບ E.164',
    currency_code: 'ລະຫັດສະກຸນເງິນ',
    credit_card: 'ເລກບັດເຄຣດິດ',
    iban: 'IBAN',
    jwt: 'JWT',
    template_literal: 'ຂໍ້ມູນ',
  };
  const TypeDictionary: Record<string, string> = {
    string: 'ຂໍ້ຄວາມ',
    number: 'ຕົວເລກ',
    int: 'ຈຳນວນຖ້ວນ',
    boolean: 'ຄ່າຈິງ ຫຼື ບໍ່ຈິງ (boolean)',
    object: 'ອອບເຈັກ (object)',
    array: 'ລາຍການ (array)',
    null: 'ຄ່າຫວ່າງ (null)',
    undefined: 'ບໍ່ມີຄ່າ (undefined)',
    date: 'ວັນທີ',
    nan: 'NaN',
  };
  return (issue) => {
    switch (issue.code) {
      case 'invalid_type': {
        const expected = TypeDictionary[issue.expected] ?? issue.expected;
        const receivedType = util.parsedType(issue.input);
        const received = TypeDictionary[receivedType] ?? receivedType;
        return `ຂໍ້ມູນບໍ່ຖືກຕ້ອງ: ຕ້ອງເປັນ ${expected} ແຕ່ໄດ້ຮັບ ${received}`;
      }
      case 'invalid_value':
        if (issue.values.length === 1) return `ຄ່າບໍ່ຖືກຕ້ອງ: ຕ້ອງເປັນ ${util.stringifyPrimitive(issue.values[0])}`;
        return `ຕົວເລືອກບໍ່ຖືກຕ້ອງ: ຕ້ອງເປັນອັນໜຶ່ງໃນ ${util.joinValues(issue.values, '|')}`;
      case 'too_big': {
        const n = issue.maximum.toString();
        const sizing = getSizing(issue.origin);
        const bound = issue.exact ? `ພໍດີ ${n}` : issue.inclusive ? `ບໍ່ເກີນ ${n}` : `ໜ້ອຍກວ່າ ${n}`;
        if (sizing) return `ໃຫຍ່ເກີນໄປ: ${originOf(issue.origin)} ຕ້ອງມີ${bound} ${sizing.unit}`;
        return `ໃຫຍ່ເກີນໄປ: ${originOf(issue.origin)} ຕ້ອງ${issue.exact ? `ເທົ່າກັບ ${n}` : bound}`;
      }
      case 'too_small': {
        const n = issue.minimum.toString();
        const sizing = getSizing(issue.origin);
        const bound = issue.exact ? `ພໍດີ ${n}` : issue.inclusive ? `ຢ່າງໜ້ອຍ ${n}` : `ຫຼາຍກວ່າ ${n}`;
        if (sizing) return `ນ້ອຍເກີນໄປ: ${originOf(issue.origin)} ຕ້ອງມີ${bound} ${sizing.unit}`;
        return `ນ້ອຍເກີນໄປ: ${originOf(issue.origin)} ຕ້ອງ${issue.exact ? `ເທົ່າກັບ ${n}` : bound}`;
      }
      case 'invalid_format': {
        if (issue.format === 'starts_with')
          return `ຂໍ້ຄວາມບໍ່ຖືກຕ້ອງ: ຕ້ອງເລີ່ມດ້ວຍ "${'prefix' in issue ? issue.prefix : ''}"`;
        if (issue.format === 'ends_with')
          return `ຂໍ້ຄວາມບໍ່ຖືກຕ້ອງ: ຕ້ອງລົງທ້າຍດ້ວຍ "${'suffix' in issue ? issue.suffix : ''}"`;
        if (issue.format === 'includes')
          return `ຂໍ້ຄວາມບໍ່ຖືກຕ້ອງ: ຕ້ອງມີ "${'includes' in issue ? issue.includes : ''}"`;
        if (issue.format === 'regex')
          return `ຂໍ້ຄວາມບໍ່ຖືກຕ້ອງ: ຕ້ອງກົງກັບຮູບແບບ ${'pattern' in issue ? issue.pattern : ''}`;
        return `${FormatDictionary[issue.format] ?? issue.format} ບໍ່ຖືກຕ້ອງ`;
      }
      case 'not_multiple_of':
        return `ຕົວເລກບໍ່ຖືກຕ້ອງ: ຕ້ອງເປັນຜົນຄູນຂອງ ${issue.divisor}`;
      case 'unrecognized_keys':
        return `ມີຊ່ອງຂໍ້ມູນທີ່ບໍ່ຮູ້ຈັກ: ${util.joinValues(issue.keys, ', ')}`;
      case 'invalid_key':
        return `ຄີບໍ່ຖືກຕ້ອງໃນ ${originOf(issue.origin)}`;
      case 'invalid_union': {
        const options = 'options' in issue && Array.isArray(issue.options) ? issue.options : [];
        if (options.length > 0)
          return `ຄ່າທີ່ໃຊ້ແຍກປະເພດບໍ່ຖືກຕ້ອງ: ຕ້ອງເປັນ ${options.map((o) => `'${String(o)}'`).join(' | ')}`;
        if ('inclusive' in issue && issue.inclusive === false) return 'ຂໍ້ມູນບໍ່ຖືກຕ້ອງ: ກົງກັບຫຼາຍກວ່າໜຶ່ງຮູບແບບ';
        return 'ຂໍ້ມູນບໍ່ຖືກຕ້ອງ';
      }
      case 'invalid_element':
        return `ຄ່າບໍ່ຖືກຕ້ອງໃນ ${originOf(issue.origin)}`;
      default:
        return 'ຂໍ້ມູນບໍ່ຖືກຕ້ອງ';
    }
  };
};

export default function lo(): { localeError: z.core.$ZodErrorMap } {
  return { localeError: error() };
}
