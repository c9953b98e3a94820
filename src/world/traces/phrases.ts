import type { SiteKind } from '../model.ts';

/** The words of tips and reports in the languages they arrive in (English, Thai, Vietnamese). */
export type Lang = 'en' | 'th' | 'vi';

export const NATIONALITY_WORD: Record<Lang, Record<string, string>> = {
  en: { TH: 'Thai', KH: 'Cambodian', LA: 'Lao', MM: 'Myanmar', VN: 'Vietnamese', CN: 'Chinese' },
  th: { TH: 'ไทย', KH: 'กัมพูชา', LA: 'ลาว', MM: 'พม่า', VN: 'เวียดนาม', CN: 'จีน' },
  vi: { TH: 'Thái Lan', KH: 'Campuchia', LA: 'Lào', MM: 'Myanmar', VN: 'Việt Nam', CN: 'Trung Quốc' },
};

export const SITE_WORD: Record<Lang, Record<SiteKind, string>> = {
  en: {
    seafood_processing: 'a seafood factory',
    fishing_vessel: 'a fishing boat',
    brothel: 'a massage shop',
    karaoke_bar: 'a karaoke bar',
    farm: 'a plantation',
    construction: 'a construction site',
    domestic_household: 'a house',
    scam_compound: 'a guarded compound',
  },
  th: {
    seafood_processing: 'โรงงานแปรรูปอาหารทะเล',
    fishing_vessel: 'เรือประมง',
    brothel: 'ร้านนวด',
    karaoke_bar: 'ร้านคาราโอเกะ',
    farm: 'สวน',
    construction: 'ไซต์ก่อสร้าง',
    domestic_household: 'บ้านหลังหนึ่ง',
    scam_compound: 'ตึกที่มีคนเฝ้า',
  },
  vi: {
    seafood_processing: 'xưởng chế biến hải sản',
    fishing_vessel: 'tàu cá',
    brothel: 'tiệm massage',
    karaoke_bar: 'quán karaoke',
    farm: 'trang trại',
    construction: 'công trường xây dựng',
    domestic_household: 'một ngôi nhà',
    scam_compound: 'khu nhà có bảo vệ',
  },
};

/** What a witness says about an indicator, keyed by the end of the indicator id. */
export const SIGN_WORDS: Record<string, Record<Lang, string>> = {
  confiscation_of_documents: { en: 'their passports were taken', th: 'ถูกยึดพาสปอร์ต', vi: 'bị giữ hộ chiếu' },
  debt_bondage: {
    en: 'they owe the broker money they cannot repay',
    th: 'เป็นหนี้นายหน้าใช้ไม่หมด',
    vi: 'bị nợ tiền môi giới không trả hết',
  },
  isolation_confinement_or_surveillance: {
    en: 'they are locked in and cannot go out',
    th: 'ออกไปไหนไม่ได้ มีคนเฝ้า',
    vi: 'không được ra ngoài, có người canh',
  },
  violence_on_victims: { en: 'some were beaten', th: 'มีคนถูกทำร้ายร่างกาย', vi: 'có người bị đánh' },
  excessive_working_days_or_hours: {
    en: 'they work 16 hours a day',
    th: 'ทำงานวันละ 16 ชั่วโมง',
    vi: 'làm việc 16 tiếng mỗi ngày',
  },
  low_or_no_salary: { en: 'they are not paid', th: 'ไม่ได้รับค่าจ้าง', vi: 'không được trả lương' },
  withholding_of_wages: {
    en: 'wages are kept back for months',
    th: 'นายจ้างไม่จ่ายเงินเดือนมาหลายเดือน',
    vi: 'bị giữ lương nhiều tháng',
  },
  forced_tasks_or_clients: {
    en: 'the women are forced to take clients',
    th: 'ผู้หญิงถูกบังคับให้รับแขก',
    vi: 'phụ nữ bị ép tiếp khách',
  },
  forced_into_illicit_criminal_activities: {
    en: 'they are forced to run online scams',
    th: 'ถูกบังคับให้หลอกลวงคนทางออนไลน์',
    vi: 'bị ép lừa đảo qua mạng',
  },
  hazardous_work: {
    en: 'the work is dangerous and there is no safety gear',
    th: 'งานอันตรายไม่มีอุปกรณ์ป้องกัน',
    vi: 'công việc nguy hiểm, không có đồ bảo hộ',
  },
  deceived_about_the_nature_of_the_job_location_or: {
    en: 'they were promised other jobs',
    th: 'ถูกหลอกว่าจะได้ทำงานอื่น',
    vi: 'bị lừa là làm việc khác',
  },
  children: { en: 'some look under 18', th: 'มีเด็กอายุต่ำกว่า 18 ปี', vi: 'có trẻ em dưới 18 tuổi' },
};

export function tipText(
  lang: Lang,
  o: {
    count: number;
    nationality: string;
    site: SiteKind;
    place: string;
    signs: string[];
    who: string | null;
  },
): string {
  const nat = NATIONALITY_WORD[lang][o.nationality] ?? o.nationality;
  const site = SITE_WORD[lang][o.site];
  const signs = o.signs.map((s) => SIGN_WORDS[s]?.[lang]).filter((s): s is string => Boolean(s));
  switch (lang) {
    case 'th':
      return tidy(
        `มีแรงงาน${nat}ประมาณ ${o.count} คนอยู่ที่${site}แถว ${o.place} ${signs.join(' ')}${o.who ? ` คนคุมชื่อ ${o.who}` : ''}`,
      );
    case 'vi':
      return tidy(
        `Có khoảng ${o.count} người ${nat} ở ${site} gần ${o.place}. ${signs.map((s) => `${s[0]?.toUpperCase()}${s.slice(1)}.`).join(' ')}${o.who ? ` Người quản lý tên là ${o.who}.` : ''}`,
      );
    default:
      return tidy(
        `About ${o.count} ${nat} workers at ${site} near ${o.place}. ${signs.map((s) => `${s[0]?.toUpperCase()}${s.slice(1)}.`).join(' ')}${o.who ? ` The boss is called ${o.who}.` : ''}`,
      );
  }
}

const tidy = (s: string) => s.replace(/\s+/g, ' ').trim();
