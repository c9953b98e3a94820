// Thai words of names whose reading the spelling rules cannot give (RTGS readings as given by the Royal
// Institute dictionary and the RTGS tables; public facts). Each: the word, its reading at the end of a name,
// its reading when more syllables follow (the Pali/Sanskrit linking vowel: เอกชัย Ekkachai).

export const IRREGULAR: readonly (readonly [string, string, string])[] = [
  ['พรหม', 'phrom', 'phrom'],
  ['พราหมณ์', 'phram', 'phram'],
  ['เจริญ', 'charoen', 'charoen'],
  ['เพชร', 'phet', 'phetcha'],
  ['เอก', 'ek', 'ekka'],
  ['จักร', 'chak', 'chakkra'],
  ['เกียรติ', 'kiat', 'kiatti'],
  ['สมุทร', 'samut', 'samut'],
  ['จริง', 'ching', 'ching'],
  ['อยู่', 'yu', 'yu'],
  ['อย่าง', 'yang', 'yang'],
  ['ก็', 'ko', 'ko'],
  ['บริ', 'bori', 'bori'],
  ['วรรณ', 'wan', 'wanna'],
  ['ชินวัตร', 'chinnawat', 'chinnawat'],
  ['อิสระ', 'itsara', 'itsara'],
  ['บดี', 'bodi', 'bodi'],
  ['สรรพ', 'sap', 'sappha'],
  ['กรม', 'krom', 'krom'],
  ['ทรง', 'song', 'song'],
  ['ตรง', 'trong', 'trong'],
  ['พระ', 'phra', 'phra'],
  ['สวัสดิ์', 'sawat', 'sawat'],
  ['สวัสดี', 'sawatdi', 'sawatdi'],
  ['ธรรม', 'tham', 'thamma'],
  ['กรรม', 'kam', 'kamma'],
];

/**
 * Titles and ranks written before a name, longest first so นางสาว is taken before นาง. Abbreviated forms
 * with full stops (น.ส., ด.ช., พ.ต.อ., ร.ต.ต., พล.ต.อ.) are recognised by shape instead of being listed.
 */
export const TITLES: readonly string[] = [
  'ว่าที่ร้อยตรี',
  'หม่อมราชวงศ์',
  'หม่อมหลวง',
  'เด็กหญิง',
  'เด็กชาย',
  'นางสาว',
  'ศาสตราจารย์',
  'รองศาสตราจารย์',
  'ผู้ช่วยศาสตราจารย์',
  'นายแพทย์',
  'แพทย์หญิง',
  'ดอกเตอร์',
  'คุณหญิง',
  'ท่านผู้หญิง',
  'นาย',
  'นาง',
  'คุณ',
];

/** Full military and police ranks: พลเอก, พันตำรวจเอก, ร้อยตำรวจตรี, จ่าสิบเอก, สิบตำรวจโท, ดาบตำรวจ… */
export const RANK =
  /^(?:(?:พล|พัน|ร้อย|จ่าสิบ|สิบ|นาวา|เรือ|นาวาอากาศ|เรืออากาศ|พลอากาศ|พลเรือ|ดาบ|จ่า)(?:ตำรวจ|ทหาร)?(?:เอก|โท|ตรี)|ดาบตำรวจ|พลตำรวจ|พลทหาร)/;
