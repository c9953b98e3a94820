import type { Rng } from '../rng.ts';
import { distinct, draw, type Entry, makeTable, parseEntries, variantIndex } from './tables.ts';
import type { NameModel, PersonName, Sex } from './types.ts';

// Burmese: no family name. A personal name of one to four elements (mostly one syllable each), written joined
// in Burmese script (အောင်ကျော်မိုး) and split in Latin (Aung Kyaw Moe). Karen and Shan names carry a prefix
// (Saw/Naw, Sai/Nang); honorifics (U, Daw, Ko, Ma, Maung) are added in records, not part of the name.

const MALE = parseEntries([
  'အောင်|Aung',
  'ကျော်|Kyaw|Kyawe|Kyao',
  'မင်း|Min|Minn|Ming',
  'နိုင်|Naing|Nai|Naign',
  'ဇော်|Zaw|Zawe|Zor',
  'သန့်|Thant|Thannt|Thunt',
  'သိန်း|Thein|Thain|Thien',
  'ထွန်း|Tun|Htun|Toon',
  'စိုး|Soe|So|Soh',
  'ဦး|Oo|U',
  'ကို|Ko|Koe',
  'ရန်|Yan|Yann',
  'ညီ|Nyi|Nyee',
  'ဟိန်း|Hein|Hain',
  'ထူး|Htoo|Htu|Htue',
  'မျိုး|Myo|Myoe',
  'သန်း|Than|Thann|Thun',
  'မောင်|Maung|Mg|Mong',
  'ပိုင်|Paing|Paign|Pine',
  'ခန့်|Khant|Khan',
  'ဇေယျာ|Zayar|Zeya|Zaya',
  'ရဲ|Ye|Yei',
  'ဘို|Bo|Bho',
  'ကောင်း|Kaung|Kaong',
  'စည်သူ|Sithu|Sitthu|Si Thu',
  'ဉာဏ်|Nyan|Nyann|Nyarn',
]);

const UNISEX = parseEntries([
  'ထက်|Htet|Htett|Htat',
  'ဝင်း|Win|Winn|Wyn',
  'မြင့်|Myint|Mying|Myintt',
  'လှိုင်|Hlaing|Hline|Laing',
  'ဖြိုး|Phyo|Pyo|Phyoe',
  'ဝေ|Wai|Way|Wei',
  'လင်း|Lin|Linn|Lynn',
  'ဇင်|Zin|Zinn',
  'ခင်|Khin|Khinn|Khing',
  'မိုး|Moe|Mo|Moh',
  'အေး|Aye|Ay',
  'စန်း|San|Sann',
  'သူ|Thu|Thuu',
  'လှ|Hla|Hlaa|La',
  'ငွေ|Ngwe|Ngway|Ngwei',
  'လေး|Lay|Lei|Lae',
  'ငြိမ်း|Nyein|Nyain|Nyien',
  'ဌေး|Htay|Htaye|Htey',
  'ချစ်|Chit|Chitt',
  'စိန်|Sein|Sain|Sien',
  'တင်|Tin|Tinn|Ting',
  'အုန်း|Ohn|Ohnn|Ohne',
  'ကြည်|Kyi|Kyee|Chi',
  'ရွှေ|Shwe|Shway|Shwei',
  'ပြည့်|Pyae|Pyay|Pye',
  'ဆွေ|Swe|Sway|Swei',
  'မြတ်|Myat|Myatt|Myet',
  'သက်|Thet|Thett|That',
  'နေ|Nay|Nei|Ne',
  'လွင်|Lwin|Lwinn|Lwyn',
]);

const FEMALE = parseEntries([
  'မြ|Mya|Myah',
  'စု|Su|Suu',
  'သီတာ|Thida|Thidar|Thi Da',
  'နွယ်|Nwe|Nway|Nwel',
  'မေ|May|Mei|Me',
  'ဖြူ|Phyu|Pyu|Phyuu',
  'နု|Nu|Nuu',
  'အိ|Ei|Ey|E',
  'ခိုင်|Khaing|Khine|Khai',
  'ရည်|Yi|Yee',
  'ဝင့်|Wint|Wyint|Winnt',
  'သန္တာ|Thandar|Thanda|Than Dar',
  'နှင်း|Hnin|Hninn|Nhin',
  'ယု|Yu|Yuu',
  'စန္ဒာ|Sandar|Sanda|San Dar',
  'ချို|Cho|Choe',
  'မွန်|Mon|Mone|Monn',
  'စံပယ်|Sabai|Sabae|Sa Bai',
  'ထား|Htar|Hta|Htaa',
  'နန္ဒာ|Nandar|Nanda|Nan Dar',
  'ရတနာ|Yadanar|Yadana|Ya Da Nar',
  'ဆု|Hsu|Su|Hsuu',
  'သဇင်|Thazin|Thazinn|Tha Zin',
  'ပေါ်|Paw|Por',
  'ဝါ|Wa|War|Waa',
  'ဖူး|Phoo|Phu|Pu',
  'ပွင့်|Pwint|Pwin|Pwintt',
  'ကေသီ|Kay Thi|Kaythi|Khaythi',
  'ချမ်း|Chan|Chann',
  'မြေ|Myae|Myay|Mye',
]);

/** Ethnic prefixes that are part of the name: Karen (Saw/Naw) and Shan (Sai/Nang). */
const PREFIX = parseEntries(['စော|Saw', 'နော်|Naw', 'စိုင်း|Sai', 'နန်း|Nang']);
const [SAW, NAW, SAI, NANG] = PREFIX as [Entry, Entry, Entry, Entry];
export const ETHNIC_PREFIXES: ReadonlySet<string> = new Set(PREFIX.map((p) => p.latin));

/** Honorifics a clerk adds: Latin and Burmese script, by sex. */
export const HONORIFICS: Readonly<Record<Sex, readonly (readonly [string, string])[]>> = {
  M: [
    ['U', 'ဦး'],
    ['Ko', 'ကို'],
    ['Maung', 'မောင်'],
    ['Mg', 'မောင်'],
  ],
  F: [
    ['Daw', 'ဒေါ်'],
    ['Ma', 'မ'],
  ],
};

const MALE_T = makeTable([...MALE, ...UNISEX]);
const FEMALE_T = makeTable([...FEMALE, ...UNISEX]);

function generate(rng: Rng, sex: Sex): PersonName {
  const pool = sex === 'M' ? MALE_T : FEMALE_T;
  const e = rng.next();
  const prefix = e < 0.07 ? (sex === 'M' ? SAW : NAW) : e < 0.12 ? (sex === 'M' ? SAI : NANG) : null;
  const r = rng.next();
  // one to four elements; with an ethnic prefix at most three
  const count = r < 0.05 ? 1 : r < 0.5 ? 2 : r < 0.9 || prefix ? 3 : 4;
  const first = draw(rng, pool);
  let native = (prefix?.native ?? '') + first.native;
  let latin = prefix ? `${prefix.latin} ${first.latin}` : first.latin;
  if (count === 2 && rng.chance(0.12)) {
    // doubled names are common: Aye Aye, Mya Mya, Maung Maung
    native += first.native;
    latin += ` ${first.latin}`;
  } else {
    for (let i = 1; i < count; i++) {
      const next = draw(rng, pool);
      native += next.native;
      latin += ` ${next.latin}`;
    }
  }
  return {
    nationality: 'MM',
    sex,
    native,
    latin,
    given: latin,
    family: null,
    nickname: null,
    familyFirst: false,
  };
}

export const BURMESE: NameModel = {
  generate,
  variants: variantIndex([MALE, UNISEX, FEMALE]),
  stats: {
    given: distinct(MALE, UNISEX, FEMALE),
    family: 0,
    givenM: MALE.length + UNISEX.length,
    givenF: FEMALE.length + UNISEX.length,
  },
};
