import type { Rng } from '../rng.ts';
import { draw, makeTable } from './tables.ts';
import type { NameModel, PersonName, Sex } from './types.ts';

// Chinese: family name first, simplified characters (王伟) and pinyin (Wang Wei). Records show tone marks
// (Wáng Wěi), given names split (Xiao Ming, Xiao-Ming), Western order (Wei Wang) and the older Wade–Giles or
// Cantonese/Hokkien spellings of family names (Zhang → Chang/Cheung, Wang → Wong, Li → Lee, Chen → Chan).

/** Family name: character | pinyin with tone marks | share of the population in per cent | other spellings. */
const FAMILY = [
  '王|Wáng|7.1|Wong|Ong',
  '李|Lǐ|7.0|Lee|Lei',
  '张|Zhāng|6.7|Chang|Cheung|Cheong',
  '刘|Liú|5.4|Lau|Liew|Lew',
  '陈|Chén|4.5|Chan|Chin|Tan',
  '杨|Yáng|3.2|Yeung|Yong|Young',
  '黄|Huáng|2.2|Wong|Hwang|Ng',
  '赵|Zhào|2.1|Chao|Chiu',
  '吴|Wú|2.0|Ng|Woo|Goh',
  '周|Zhōu|1.9|Chow|Chou|Chau',
  '徐|Xú|1.3|Hsu|Tsui|Chui',
  '孙|Sūn|1.2|Suen|Soon',
  '马|Mǎ|1.2|Mah',
  '朱|Zhū|1.1|Chu|Chue',
  '胡|Hú|1.1|Woo|Hoo',
  '郭|Guō|1.0|Kuo|Kwok',
  '何|Hé|1.0|Ho',
  '高|Gāo|1.0|Kao|Ko',
  '林|Lín|1.0|Lam|Lim',
  '罗|Luó|0.9|Lo|Law|Lok',
  '郑|Zhèng|0.9|Cheng|Cheang|Teh',
  '梁|Liáng|0.9|Leung|Leong',
  '谢|Xiè|0.7|Hsieh|Tse|Chia',
  '宋|Sòng|0.7|Sung',
  '唐|Táng|0.6|Tong',
  '许|Xǔ|0.6|Hsu|Hui|Koh',
  '韩|Hán|0.6|Hon',
  '冯|Féng|0.5|Fung|Fong',
  '邓|Dèng|0.5|Teng|Tang',
  '曹|Cáo|0.5|Tsao|Cho',
  '彭|Péng|0.5|Pang|Phang',
  '曾|Zēng|0.5|Tseng|Tsang',
  '肖|Xiāo|0.5|Hsiao|Siu',
  '田|Tián|0.4|Tien',
  '董|Dǒng|0.4|Tung',
  '袁|Yuán|0.4|Yuen',
  '潘|Pān|0.4|Poon|Phan',
  '于|Yú|0.4|Yue|Yee',
  '蒋|Jiǎng|0.4|Chiang',
  '蔡|Cài|0.4|Tsai|Choi|Chua',
  '余|Yú|0.4|Yee|Yue',
  '杜|Dù|0.4|Tu|To',
  '叶|Yè|0.4|Yip|Yeh',
  '程|Chéng|0.4|Ching',
  '苏|Sū|0.3|Soo|So',
  '魏|Wèi|0.3|Wai|Ngai',
  '吕|Lǚ|0.3|Lyu|Lu|Lv',
  '丁|Dīng|0.3|Ting',
  '沈|Shěn|0.3|Shum|Sham',
];

/** Given names: characters | pinyin syllables with tone marks. */
const GIVEN_M = [
  ...[
    '伟|wěi',
    '强|qiáng',
    '磊|lěi',
    '军|jūn',
    '洋|yáng',
    '勇|yǒng',
    '杰|jié',
    '涛|tāo',
    '明|míng',
    '超|chāo',
  ],
  ...['刚|gāng', '平|píng', '辉|huī', '鹏|péng', '华|huá', '飞|fēi', '鑫|xīn', '波|bō', '斌|bīn', '宇|yǔ'],
  ...['浩|hào', '凯|kǎi', '健|jiàn', '俊|jùn', '帆|fān', '旭|xù', '宁|níng', '龙|lóng', '建华|jiàn huá'],
  ...[
    '建国|jiàn guó',
    '建军|jiàn jūn',
    '志强|zhì qiáng',
    '志明|zhì míng',
    '小明|xiǎo míng',
    '晓东|xiǎo dōng',
  ],
  ...['国强|guó qiáng', '海涛|hǎi tāo', '文杰|wén jié', '俊杰|jùn jié', '子轩|zǐ xuān', '浩然|hào rán'],
  ...['宇轩|yǔ xuān', '家豪|jiā háo', '天佑|tiān yòu', '振华|zhèn huá', '德华|dé huá', '永强|yǒng qiáng'],
  '明辉|míng huī',
];

const GIVEN_F = [
  ...['芳|fāng', '娜|nà', '敏|mǐn', '静|jìng', '丽|lì', '艳|yàn', '娟|juān', '霞|xiá', '秀英|xiù yīng'],
  ...['秀兰|xiù lán', '桂英|guì yīng', '玉兰|yù lán', '婷|tíng', '雪|xuě', '琳|lín', '晶|jīng', '燕|yàn'],
  ...['红|hóng', '玲|líng', '梅|méi', '莉|lì', '颖|yǐng', '慧|huì', '倩|qiàn', '洁|jié', '欣|xīn', '丹|dān'],
  ...['萍|píng', '美玲|měi líng', '晓燕|xiǎo yàn', '丽娟|lì juān', '海燕|hǎi yàn', '小红|xiǎo hóng'],
  ...['春梅|chūn méi', '雪梅|xuě méi', '子涵|zǐ hán', '欣怡|xīn yí', '梓涵|zǐ hán', '雨桐|yǔ tóng'],
  ...['佳怡|jiā yí', '思雨|sī yǔ', '淑珍|shū zhēn', '凤英|fèng yīng', '金凤|jīn fèng', '文静|wén jìng'],
  ...['丽华|lì huá', '玉梅|yù méi', '佳琪|jiā qí'],
];

/** One character's reading: pinyin with tone marks and without (ü kept), both lower-case. */
export interface Syllable {
  readonly toned: string;
  readonly plain: string;
  /** Starts with a, o or e: written after another syllable with an apostrophe (Xi'an). */
  readonly open: boolean;
}

const TONE_MARKS = /[\u0300\u0301\u0304\u030c]/g;
const READINGS = new Map<string, Syllable>();

function addReading(char: string, toned: string): void {
  const t = toned.normalize('NFC').toLowerCase();
  const known = READINGS.get(char);
  if (known && known.toned !== t) throw new Error(`two readings for ${char}: ${known.toned}, ${t}`);
  const plain = t.normalize('NFD').replace(TONE_MARKS, '').normalize('NFC');
  const c = plain.charAt(0);
  READINGS.set(char, { toned: t, plain, open: c === 'a' || c === 'o' || c === 'e' });
}

export function capitalise(s: string): string {
  return s.charAt(0).toUpperCase() + s.slice(1);
}

/** How a name's syllables are written: Xiaoming, Xiao Ming, Xiao-Ming, Xiao-ming or XiaoMing. */
export type SyllableStyle = 'joined' | 'spaced' | 'hyphen' | 'hyphen-lower' | 'camel';

/** Syllables `from`… of a name, written in one style, with or without tone marks. */
export function writeSyllables(
  syl: readonly Syllable[],
  from: number,
  toned: boolean,
  style: SyllableStyle,
): string {
  let out = '';
  for (let i = from; i < syl.length; i++) {
    const s = syl[i] as Syllable;
    const text = toned ? s.toned : s.plain;
    if (i === from) {
      out = capitalise(text);
      continue;
    }
    if (style === 'joined') out += s.open ? `'${text}` : text;
    else if (style === 'spaced') out += ` ${capitalise(text)}`;
    else if (style === 'hyphen') out += `-${capitalise(text)}`;
    else if (style === 'hyphen-lower') out += `-${text}`;
    else out += capitalise(text);
  }
  return out;
}

interface Family {
  readonly char: string;
  readonly latin: string;
  readonly weight: number;
  readonly variants: readonly string[];
}

const FAMILIES: Family[] = FAMILY.map((line) => {
  const [char = '', toned = '', weight = '', ...variants] = line.split('|');
  addReading(char, toned);
  const latin = capitalise((READINGS.get(char) as Syllable).plain);
  return { char, latin, weight: Number(weight), variants };
});

interface Given {
  readonly chars: string;
  readonly latin: string;
}

function parseGiven(lines: readonly string[]): Given[] {
  return lines.map((line) => {
    const [chars = '', toned = ''] = line.split('|');
    const cs = Array.from(chars);
    const syl = toned.split(' ');
    if (cs.length !== syl.length) throw new Error(`characters and syllables differ: ${line}`);
    cs.forEach((c, i) => {
      addReading(c, syl[i] as string);
    });
    const readings = cs.map((c) => READINGS.get(c) as Syllable);
    return { chars, latin: writeSyllables(readings, 0, false, 'joined') };
  });
}

const MALE = parseGiven(GIVEN_M);
const FEMALE = parseGiven(GIVEN_F);
const FAMILY_T = makeTable(
  FAMILIES,
  FAMILIES.map((f) => f.weight),
);
const MALE_T = makeTable(MALE);
const FEMALE_T = makeTable(FEMALE);

function generate(rng: Rng, sex: Sex): PersonName {
  const f = draw(rng, FAMILY_T);
  const g = draw(rng, sex === 'M' ? MALE_T : FEMALE_T);
  return {
    nationality: 'CN',
    sex,
    native: f.char + g.chars,
    latin: `${f.latin} ${g.latin}`,
    given: g.latin,
    family: f.latin,
    nickname: null,
    familyFirst: true,
  };
}

/** The readings of a Chinese name's characters (family name first), or null if one is not known. */
export function readingsOf(native: string): Syllable[] | null {
  const out: Syllable[] = [];
  for (const c of native) {
    const r = READINGS.get(c);
    if (!r) return null;
    out.push(r);
  }
  return out;
}

function familyVariants(): Map<string, readonly string[]> {
  const sets = new Map<string, Set<string>>();
  for (const f of FAMILIES) {
    const set = sets.get(f.latin) ?? new Set<string>();
    for (const v of f.variants) if (v !== f.latin) set.add(v);
    sets.set(f.latin, set);
  }
  return new Map([...sets].map(([k, v]) => [k, [...v]]));
}

export const CHINESE: NameModel = {
  generate,
  variants: familyVariants(),
  stats: {
    given: new Set([...MALE, ...FEMALE].map((g) => g.chars)).size,
    family: FAMILIES.length,
    givenM: MALE.length,
    givenF: FEMALE.length,
  },
};
