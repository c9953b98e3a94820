import type { ServerLanguage } from '../platform/i18n/languages.ts';

// The words a case file opened from a concluded operation is stored with, in the language of the person opening
// it: its title when they give none, and the label of a suspect whose arrest names nobody. They are stored as
// written (a record's text, which the prosecutor may change later), not worded on the way out. `{codename}` marks
// the operation's code name (pdf-language.ts's `fill`). The English is as it always was; the translations want a
// check by a native speaker of each language.

export interface CaseTexts {
  /** The title of a case file opened from operation `{codename}`. */
  operationTitle: string;
  /** A suspect whose arrest entry names no one. */
  unnamedArrested: string;
}

export const CASE_TEXTS: Record<ServerLanguage, CaseTexts> = {
  en: { operationTitle: 'Operation {codename}', unnamedArrested: 'Unnamed arrested person' },
  th: { operationTitle: 'ปฏิบัติการ {codename}', unnamedArrested: 'ผู้ถูกจับกุมที่ไม่ทราบชื่อ' },
  km: { operationTitle: 'ប្រតិបត្តិការ {codename}', unnamedArrested: 'ជនដែលត្រូវបានចាប់ខ្លួនដោយមិនស្គាល់ឈ្មោះ' },
  lo: { operationTitle: 'ປະຕິບັດການ {codename}', unnamedArrested: 'ຜູ້ຖືກຈັບກຸມທີ່ບໍ່ຮູ້ຊື່' },
  my: { operationTitle: 'စစ်ဆင်ရေး {codename}', unnamedArrested: 'အမည်မသိ ဖမ်းဆီးခံရသူ' },
  vi: { operationTitle: 'Chiến dịch {codename}', unnamedArrested: 'Người bị bắt chưa rõ tên' },
  zh: { operationTitle: '{codename}行动', unnamedArrested: '未具名的被捕人员' },
};
