// One name part (lower-case ASCII) to a phonetic key, so that the spellings the region's names are written in
// meet. The rules come from the romanisation systems in use and how records depart from them:
// - Thai: RTGS writes aspirated stops ph/th/kh, and จ as ch; people write จ as j (Jaidee/Chaidee), ร finals as r
//   (Thanakorn, RTGS Thanakon), long vowels doubled (Boonmee, RTGS Bunmi), final ไ as ai or ay (Somchai/Somchay).
// - Burmese: ky/gy/ch are one sound (Kyaw/Gyaw/Chaw), ht is t (Htun/Tun), hl/hm/hn are l/m/n with breath (Hla),
//   ei/ay/e one vowel (Htay/Htei/Hte), aw/or one vowel (Zaw/Zor), final h and e added freely.
// - Khmer (UNGEGN and common spellings): ea/ia (Chea/Chia), ey/ei (Srey/Srei), ou/u.
// - Lao: French-era spellings write ສ/ຊ as x (Xayavong/Sayavong), ou for u (Bounmy/Bunmi), v for w.
// - Chinese (pinyin against Wade–Giles and local spellings): zh/ch/j (Zhang/Chang, Jiang/Chiang), g/k.
// - Vietnamese: diacritics are folded before this; Nguyen keeps its common misspellings. Its spelling tells
//   apart what other romanisations blur (Thanh/Tan, Anh/An, Đào/Đỗ, Quốc/Quốt): no rule here merges those.
// Each rule merges some different names too (Lai/Lei meet; pinyin Xu/Su are kept apart, so x stays before i/u):
// the fuzzy search ranks by the whole name, so a merged part costs little, a missed spelling costs the match.

const RULES: readonly (readonly [RegExp, string])[] = [
  // Nguyễn as typed in a hurry: Ngyuen, Nguen, Nguyn.
  [/^ng(?:uye|yue|uy|ue|yu)n$/, 'nguyen'],
  // Burmese -aing written as English -ine (Khine, Hline, Pine), and a silent e (Somphone, Zawe, Phonesack).
  [/^([^aeiou]+)ine$/, '$1aing'],
  [/(?<=[aeiouy][^aeiouy])e$/, ''],
  [/o([nm])e(?=[^aeiouy])/g, 'o$1'],
  // Burmese Mg is Maung written short (Mg Mg Aye); ဆ is written hs or s (Hsu/Su, Hsan/San, Hsaing/Saing); အုန်း
  // is Ohn, One or On (Ohnmar/Onmar).
  [/^mg$/, 'maung'],
  [/^hs/, 's'],
  [/oh(?=n)/g, 'o'],
  // Khmer ៅ: UNGEGN ov, French-era eou (Pov/Peou, Sreypov/Sreypeou).
  [/eou/g, 'ov'],
  // Breathy sonorants and ht (Burmese): Hla, Hnin, Hmwe, Htun.
  [/^h(?=[lmnwt])/, ''],
  [/ht/g, 't'],
  // Palatal stops: Kyaw/Gyaw/Chaw/Jaw, Zhang/Chang, Jaidee/Chaidee; final Thai ch/j is t (Pairoj/Phairot).
  [/[kg]y(?=[aeiou])/g, 'c'],
  [/(?:ch|j)$/, 't'],
  [/zh|ch|j/g, 'c'],
  [/ck/g, 'k'],
  // Aspiration marks: Phromma/Prommah, Thanakorn, Khin/Kin, Chhim/Chim, Dhamma, Nghiem; nh is ny
  // (Bounnhang/Bounyang, Kanha/Kanya). A final Lao nh is n (Phommachanh/Phommachan), but Vietnamese
  // -nh is not (Thanh is not Tan, Anh not An): it stays, and the fuzzy search bridges the Lao spellings.
  [/([ptkdbgc])h/g, '$1'],
  [/nh/g, 'ny'],
  // Thai ศรี: RTGS si, commonly sri (Srisuk/Sisuk, Pensri/Phensi).
  [/sr/g, 's'],
  // Lao x before a, e, o is s (pinyin x comes only before i and u, and is left alone).
  [/x(?=[aeo])/g, 's'],
  [/g(?<!ng)/g, 'k'],
  // Vowels written long or short: Boonmee/Bunmi, Toon/Tun, Bounmy, Soe/So.
  [/y/g, 'i'],
  [/ee/g, 'i'],
  [/oo|ou/g, 'u'],
  [/([a-z])\1+/g, '$1'],
  // Thai เ-อ: RTGS oe, English er (Prasoet/Prasert, Charoen/Charern); a final Burmese oe is o (Moe, Soe).
  [/oe(?=[^aeiou])/g, 'e'],
  [/oe$/g, 'o'],
  // r after a vowel and before a consonant or the end is silent: Thanakorn/Thanakon, Thidar/Thida, Zor/Zaw.
  [/([aeiou])r(?![aeiou])/g, '$1'],
  // Lao writes l where Thai writes r, and Thai r is often said l: Siharath/Sihalath, Dara/Dala.
  [/(?<=[aeiou])r(?=[aeiou])/g, 'l'],
  // aw is o (Zaw/Zor/Zo, Kyaw/Chaw); any other w (UNGEGN Khmer: final v) after a vowel is a vowel: Kaew/Kaeo,
  // Kaev/Keo.
  [/aw(?![aeiou])/g, 'o'],
  [/([aeiou])w(?![aeiou])/g, '$1o'],
  [/([aeiou])v$/g, '$1o'],
  [/w/g, 'v'],
  // Diphthongs spelt many ways: Somchai/Somchay, Htay/Htei, Srey/Srei, Kaew/Keo, Zaw/Zor/Zo, Chea/Chia,
  // Sathien/Sathian.
  [/ai|ei|ae/g, 'e'],
  [/ea|ie(?=[^aeiou])/g, 'ia'],
  [/ie$/g, 'i'],
  // Thai finals are stops or n whatever the letter (Pairoj/Phairot, Manob/Manop, Prasad/Prasat,
  // Chaimongkol/Chaimongkon), and Khmer final b/p the same.
  [/d$/g, 't'],
  [/b$/g, 'p'],
  [/l$/g, 'n'],
  // Letters written twice, an h after a final vowel: Prommah, Moh, Minn.
  [/([a-z])\1+/g, '$1'],
  [/(?<=[aeiou])h$/g, ''],
];

/** The phonetic key of one name part, already lower-case ASCII letters. */
export function phoneticPart(part: string): string {
  let s = part;
  for (const [re, to] of RULES) s = s.replace(re, to);
  return s || part;
}
