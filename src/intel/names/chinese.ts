import { pinyin } from 'pinyin-pro';

// Compound (two-character) family names as simplified/traditional pairs, from the compound surnames of the
// Hundred Family Surnames (百家姓, public domain).
const COMPOUND_PAIRS = (
  '欧阳/歐陽 司马/司馬 诸葛/諸葛 上官 东方/東方 皇甫 尉迟/尉遲 公孙/公孫 慕容 长孙/長孫 宇文 司徒 司空 夏侯 ' +
  '轩辕/軒轅 令狐 端木 独孤/獨孤 南宫/南宮 万俟/萬俟 闻人/聞人 澹台/澹臺 公冶 太史 申屠 钟离/鍾離 宗政 濮阳/濮陽 ' +
  '淳于 单于/單于 呼延 拓跋 百里 东郭/東郭 西门/西門 第五 赫连/赫連 鲜于/鮮于 闾丘/閭丘 公羊 谷梁/穀梁 左丘 ' +
  '梁丘 子车/子車 亓官 司寇 巫马/巫馬 公西 壤驷/壤駟 乐正/樂正 漆雕 仲孙/仲孫 叔孙/叔孫 太叔 段干 羊舌'
)
  .split(' ')
  .map((p) => p.split('/') as [string, string | undefined]);
const COMPOUND_SURNAMES = new Set(COMPOUND_PAIRS.flatMap(([s, t]) => (t ? [s, t] : [s])));

// Traditional forms of family names whose reading as a surname differs from the character's usual reading. The
// romaniser reads traditional characters itself, but its surname readings are keyed by the simplified form:
// 單 is Shan as a surname (not Dan), 樂 Yue, 區 Ou, 繆 Miao, 蓋 Ge, 員 Yun, 種 Chong.
const TRADITIONAL_SURNAMES: Record<string, string> = {
  單: '单',
  樂: '乐',
  區: '区',
  繆: '缪',
  蓋: '盖',
  員: '员',
  種: '种',
  華: '华',
  紀: '纪',
  過: '过',
  萬: '万',
  陸: '陆',
  葉: '叶',
  藺: '蔺',
  賁: '贲',
  ...Object.fromEntries(COMPOUND_PAIRS.filter(([, t]) => t).map(([s, t]) => [t, s])),
};

const capitalise = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);

/** How many leading characters of a name written in Chinese are its family name. */
function familyLength(chars: string[]): number {
  if (chars.length >= 3 && COMPOUND_SURNAMES.has(chars.slice(0, 2).join(''))) return 2;
  return chars.length >= 2 ? 1 : 0;
}

/**
 * A name in Chinese characters (simplified or traditional) in Hanyu Pinyin as names are written in Latin letters:
 * family name first, then the given name's syllables joined, each capitalised, without tones — 张伟 → "Zhang
 * Wei", 王小明 → "Wang Xiaoming", 欧阳娜娜 → "Ouyang Nana". The family name takes its reading as a surname
 * (单 Shan, 曾 Zeng, 查 Zha, 解 Xie). ü is written u, as passports write 吕 (Lu).
 */
export function romaniseChinese(text: string): string {
  const chars = [...text].filter((c) => /\p{Script=Han}/u.test(c));
  if (chars.length === 0) return text;
  const n = familyLength(chars);
  const family = chars.slice(0, n).join('');
  const asSurname =
    TRADITIONAL_SURNAMES[family] ?? [...family].map((c) => TRADITIONAL_SURNAMES[c] ?? c).join('');
  const syllables = pinyin(asSurname + chars.slice(n).join(''), {
    mode: n > 0 ? 'surname' : 'normal',
    toneType: 'none',
    type: 'array',
    v: true,
  }).map((s) => s.replace(/v/g, 'u'));
  const parts = [syllables.slice(0, n).join(''), syllables.slice(n).join('')];
  return parts.filter(Boolean).map(capitalise).join(' ');
}
