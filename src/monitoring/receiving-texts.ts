import type { ServerLanguage } from '../platform/i18n/languages.ts';
import type { CHILDREN, PERSON_ROLES } from './intake-schemas.ts';
import { KIND_WORDS, type TIP_KINDS } from './intake-schemas.ts';
import { DANGER_WORDS, type Danger } from './triage-targets.ts';

// The words of the intelligence report a receiving agency makes of a routed tip or inspection finding (its title,
// provenance and facts) and of the source it files such reports under, in the language of the person receiving it.
// `{name}` marks a place filled when written (public-texts.ts's `fill`). The English is as it always was; the
// kinds, dangers, children and roles follow the web app's words for the same codes. The translations want a
// check by a native speaker of each language.

type Kind = (typeof TIP_KINDS)[number];
type Children = (typeof CHILDREN)[number];
type Role = (typeof PERSON_ROLES)[number];

export interface ReceivingTexts {
  /** A routed tip's report: `{agency}` sent it, `{kind}` of exploitation. */
  tipTitle: string;
  /** A routed inspection finding's report. */
  findingTitle: string;
  /** The provenance: who routed it and on which day (YYYY-MM-DD). */
  routedOn: string;
  reporterWithheld: string;
  /** `{n}` people named in the tip were withheld without their consent (one, and more than one). */
  personWithheld: string;
  peopleWithheld: string;
  /** Between two sentences. */
  gap: string;
  /** The receiving agency's source for what `{agency}` routes to it. */
  sourceDescription: string;
  facts: {
    kind: string;
    place: string;
    /** `{place}` with its country code. */
    placeIn: string;
    when: string;
    people: string;
    children: string;
    danger: string;
    named: string;
    /** A person named, with their part. */
    person: string;
    phones: string;
    vehicles: string;
    /** Between the people named, and between phones or vehicles. */
    namesJoin: string;
    listJoin: string;
  };
  kinds: Record<Kind, string>;
  dangers: Record<Danger, string>;
  children: Record<Children, string>;
  roles: Record<Role, string>;
}

const en: ReceivingTexts = {
  tipTitle: 'Tip routed by {agency}: {kind}',
  findingTitle: 'Inspection finding routed by {agency}: {kind}',
  routedOn: 'Routed through Lantern by {agency} on {day}.',
  reporterWithheld: 'The reporter’s identity was withheld by the sender.',
  personWithheld: '1 person named was withheld without their consent.',
  peopleWithheld: '{n} people named were withheld without their consent.',
  gap: ' ',
  sourceDescription: 'Tips and findings routed by {agency}',
  facts: {
    kind: 'Kind: {kind}.',
    place: 'Place: {place}.',
    placeIn: 'Place: {place} ({country}).',
    when: 'When: {when}.',
    people: 'People at risk: {n}.',
    children: 'Children: {children}.',
    danger: 'Danger: {danger}.',
    named: 'Named: {names}.',
    person: '{name} ({role})',
    phones: 'Phones: {list}.',
    vehicles: 'Vehicles: {list}.',
    namesJoin: '; ',
    listJoin: ', ',
  },
  kinds: KIND_WORDS,
  dangers: DANGER_WORDS,
  children: { yes: 'yes', no: 'no', unknown: 'unknown' },
  roles: { victim: 'victim', suspect: 'suspect', witness: 'witness', other: 'other' },
};

const th: ReceivingTexts = {
  tipTitle: 'เบาะแสที่ {agency} ส่งต่อ: {kind}',
  findingTitle: 'ผลการตรวจแรงงานที่ {agency} ส่งต่อ: {kind}',
  routedOn: '{agency} ส่งต่อผ่าน Lantern เมื่อวันที่ {day}',
  reporterWithheld: 'ผู้ส่งปกปิดตัวตนของผู้แจ้งไว้',
  personWithheld: 'ปกปิดบุคคลที่ถูกระบุชื่อ 1 คน เพราะไม่ได้ให้ความยินยอม',
  peopleWithheld: 'ปกปิดบุคคลที่ถูกระบุชื่อ {n} คน เพราะไม่ได้ให้ความยินยอม',
  gap: ' ',
  sourceDescription: 'เบาะแสและผลการตรวจที่ {agency} ส่งต่อ',
  facts: {
    kind: 'ประเภท: {kind}',
    place: 'สถานที่: {place}',
    placeIn: 'สถานที่: {place} ({country})',
    when: 'ช่วงเวลา: {when}',
    people: 'ผู้ตกอยู่ในความเสี่ยง: {n} คน',
    children: 'เด็ก: {children}',
    danger: 'ระดับอันตราย: {danger}',
    named: 'บุคคลที่ระบุชื่อ: {names}',
    person: '{name} ({role})',
    phones: 'โทรศัพท์: {list}',
    vehicles: 'ยานพาหนะ: {list}',
    namesJoin: '; ',
    listJoin: ', ',
  },
  kinds: {
    labour: 'การบังคับใช้แรงงานหรือแสวงประโยชน์ด้านแรงงาน',
    sexual: 'การแสวงประโยชน์ทางเพศ',
    forced_criminality: 'การบังคับให้กระทำความผิด (หลอกลวงออนไลน์ ยาเสพติด ลักทรัพย์)',
    begging: 'การบังคับให้ขอทาน',
    forced_marriage: 'การบังคับแต่งงาน',
    domestic_servitude: 'การบังคับเป็นแรงงานรับใช้ในบ้าน',
    other: 'การแสวงประโยชน์รูปแบบอื่น',
    unknown: 'ยังไม่ทราบประเภท',
  },
  dangers: {
    life: 'เสี่ยงต่อชีวิตในขณะนี้',
    high: 'น่าจะเกิดอันตรายร้ายแรงในเร็ว ๆ นี้',
    medium: 'มีการแสวงประโยชน์อยู่ ไม่มีอันตรายเฉพาะหน้า',
    low: 'น่ากังวล ไม่มีสัญญาณของอันตรายในปัจจุบัน',
    unknown: 'ไม่ทราบ',
  },
  children: { yes: 'มี', no: 'ไม่มี', unknown: 'ไม่ทราบ' },
  roles: {
    victim: 'ผู้ที่ตกอยู่ในความเสี่ยง',
    suspect: 'ผู้ต้องสงสัยว่าแสวงประโยชน์',
    witness: 'พยาน',
    other: 'อื่น ๆ',
  },
};

const km: ReceivingTexts = {
  tipTitle: 'ព័ត៌មានសម្ងាត់ដែលបានបញ្ជូនដោយ {agency}៖ {kind}',
  findingTitle: 'លទ្ធផលអធិការកិច្ចដែលបានបញ្ជូនដោយ {agency}៖ {kind}',
  routedOn: 'បានបញ្ជូនតាមរយៈ Lantern ដោយ {agency} នៅថ្ងៃ {day}។',
  reporterWithheld: 'អ្នកផ្ញើបានលាក់អត្តសញ្ញាណរបស់អ្នករាយការណ៍។',
  personWithheld: 'មនុស្ស 1 នាក់ដែលមានឈ្មោះ ត្រូវបានលាក់ ដោយសារគាត់មិនបានយល់ព្រម។',
  peopleWithheld: 'មនុស្ស {n} នាក់ដែលមានឈ្មោះ ត្រូវបានលាក់ ដោយសារពួកគេមិនបានយល់ព្រម។',
  gap: ' ',
  sourceDescription: 'ព័ត៌មានសម្ងាត់ និងលទ្ធផលអធិការកិច្ច ដែលបានបញ្ជូនដោយ {agency}',
  facts: {
    kind: 'ប្រភេទ៖ {kind}។',
    place: 'ទីកន្លែង៖ {place}។',
    placeIn: 'ទីកន្លែង៖ {place} ({country})។',
    when: 'ពេលវេលា៖ {when}។',
    people: 'អ្នកប្រឈមនឹងហានិភ័យ៖ {n} នាក់។',
    children: 'កុមារ៖ {children}។',
    danger: 'កម្រិតគ្រោះថ្នាក់៖ {danger}។',
    named: 'អ្នកដែលមានឈ្មោះ៖ {names}។',
    person: '{name} ({role})',
    phones: 'លេខទូរស័ព្ទ៖ {list}។',
    vehicles: 'យានយន្ត៖ {list}។',
    namesJoin: '; ',
    listJoin: ', ',
  },
  kinds: {
    labour: 'ពលកម្មដោយបង្ខំ ឬការកេងប្រវ័ញ្ចកម្លាំងពលកម្ម',
    sexual: 'ការកេងប្រវ័ញ្ចផ្លូវភេទ',
    forced_criminality: 'ការបង្ខំឱ្យប្រព្រឹត្តបទល្មើស (ការឆបោក គ្រឿងញៀន ចោរកម្ម)',
    begging: 'ការបង្ខំឱ្យសុំទាន',
    forced_marriage: 'ការរៀបការដោយបង្ខំ',
    domestic_servitude: 'ទាសភាពក្នុងផ្ទះ',
    other: 'ការកេងប្រវ័ញ្ចប្រភេទផ្សេងទៀត',
    unknown: 'មិនទាន់ដឹងប្រភេទ',
  },
  dangers: {
    life: 'ហានិភ័យដល់អាយុជីវិតឥឡូវនេះ',
    high: 'ទំនងជានឹងរងគ្រោះធ្ងន់ធ្ងរក្នុងពេលឆាប់ៗ',
    medium: 'ការកេងប្រវ័ញ្ចកំពុងកើតឡើង គ្មានគ្រោះថ្នាក់ភ្លាមៗ',
    low: 'គួរឱ្យព្រួយបារម្ភ គ្មានសញ្ញានៃគ្រោះថ្នាក់បច្ចុប្បន្ន',
    unknown: 'មិនដឹង',
  },
  children: { yes: 'មាន', no: 'គ្មាន', unknown: 'មិនដឹង' },
  roles: {
    victim: 'អ្នកប្រឈមនឹងហានិភ័យ',
    suspect: 'ជនសង្ស័យថាជាអ្នកកេងប្រវ័ញ្ច',
    witness: 'សាក្សី',
    other: 'ផ្សេងទៀត',
  },
};

const lo: ReceivingTexts = {
  tipTitle: 'ເບາະແສທີ່ {agency} ສົ່ງຕໍ່: {kind}',
  findingTitle: 'ຜົນການກວດກາທີ່ {agency} ສົ່ງຕໍ່: {kind}',
  routedOn: '{agency} ສົ່ງຕໍ່ຜ່ານ Lantern ເມື່ອວັນທີ {day}.',
  reporterWithheld: 'ຜູ້ສົ່ງໄດ້ປິດບັງຕົວຕົນຂອງຜູ້ແຈ້ງໄວ້.',
  personWithheld: 'ປິດບັງບຸກຄົນທີ່ຖືກລະບຸຊື່ 1 ຄົນ ເພາະບໍ່ໄດ້ໃຫ້ຄວາມຍິນຍອມ.',
  peopleWithheld: 'ປິດບັງບຸກຄົນທີ່ຖືກລະບຸຊື່ {n} ຄົນ ເພາະບໍ່ໄດ້ໃຫ້ຄວາມຍິນຍອມ.',
  gap: ' ',
  sourceDescription: 'ເບາະແສ ແລະ ຜົນການກວດກາ ທີ່ {agency} ສົ່ງຕໍ່',
  facts: {
    kind: 'ປະເພດ: {kind}.',
    place: 'ສະຖານທີ່: {place}.',
    placeIn: 'ສະຖານທີ່: {place} ({country}).',
    when: 'ເວລາ: {when}.',
    people: 'ຜູ້ທີ່ຕົກຢູ່ໃນຄວາມສ່ຽງ: {n} ຄົນ.',
    children: 'ເດັກ: {children}.',
    danger: 'ລະດັບອັນຕະລາຍ: {danger}.',
    named: 'ບຸກຄົນທີ່ລະບຸຊື່: {names}.',
    person: '{name} ({role})',
    phones: 'ເບີໂທລະສັບ: {list}.',
    vehicles: 'ພາຫະນະ: {list}.',
    namesJoin: '; ',
    listJoin: ', ',
  },
  kinds: {
    labour: 'ການບັງຄັບໃຊ້ແຮງງານ ຫຼື ການຂູດຮີດແຮງງານ',
    sexual: 'ການຂູດຮີດທາງເພດ',
    forced_criminality: 'ການບັງຄັບໃຫ້ກະທຳຜິດ (ຕົ້ມຕຸ໋ນ, ຢາເສບຕິດ, ລັກຊັບ)',
    begging: 'ການບັງຄັບໃຫ້ຂໍທານ',
    forced_marriage: 'ການບັງຄັບແຕ່ງງານ',
    domestic_servitude: 'ການບັງຄັບເປັນຄົນຮັບໃຊ້ໃນເຮືອນ',
    other: 'ການຂູດຮີດຮູບແບບອື່ນ',
    unknown: 'ຍັງບໍ່ຮູ້ປະເພດ',
  },
  dangers: {
    life: 'ສ່ຽງຕໍ່ຊີວິດໃນຕອນນີ້',
    high: 'ອາດເກີດອັນຕະລາຍຮ້າຍແຮງໃນໄວໆນີ້',
    medium: 'ມີການຂູດຮີດຢູ່, ບໍ່ມີອັນຕະລາຍສະເພາະໜ້າ',
    low: 'ໜ້າເປັນຫ່ວງ, ບໍ່ມີສັນຍານຂອງອັນຕະລາຍໃນປັດຈຸບັນ',
    unknown: 'ບໍ່ຮູ້',
  },
  children: { yes: 'ມີ', no: 'ບໍ່ມີ', unknown: 'ບໍ່ຮູ້' },
  roles: {
    victim: 'ຜູ້ທີ່ຕົກຢູ່ໃນຄວາມສ່ຽງ',
    suspect: 'ຜູ້ຕ້ອງສົງໄສວ່າຂູດຮີດ',
    witness: 'ພະຍານ',
    other: 'ອື່ນໆ',
  },
};

const my: ReceivingTexts = {
  tipTitle: '{agency} က လွှဲပို့သော သတင်းပေးချက်- {kind}',
  findingTitle: '{agency} က လွှဲပို့သော စစ်ဆေးတွေ့ရှိချက်- {kind}',
  routedOn: '{agency} က {day} တွင် Lantern မှတစ်ဆင့် လွှဲပို့ခဲ့သည်။',
  reporterWithheld: 'ပေးပို့သူက သတင်းပေးသူ၏ ကိုယ်ရေးအချက်အလက်ကို ထိန်ချန်ထားသည်။',
  personWithheld: 'အမည်ဖော်ပြထားသူ 1 ဦးကို ၎င်း၏ သဘောတူညီချက် မရှိသဖြင့် ထိန်ချန်ထားသည်။',
  peopleWithheld: 'အမည်ဖော်ပြထားသူ {n} ဦးကို ၎င်းတို့၏ သဘောတူညီချက် မရှိသဖြင့် ထိန်ချန်ထားသည်။',
  gap: ' ',
  sourceDescription: '{agency} က လွှဲပို့သော သတင်းပေးချက်များနှင့် စစ်ဆေးတွေ့ရှိချက်များ',
  facts: {
    kind: 'အမျိုးအစား- {kind}။',
    place: 'နေရာ- {place}။',
    placeIn: 'နေရာ- {place} ({country})။',
    when: 'အချိန်- {when}။',
    people: 'အန္တရာယ်ရှိနေသူ- {n} ဦး။',
    children: 'ကလေး- {children}။',
    danger: 'အန္တရာယ်အဆင့်- {danger}။',
    named: 'အမည်ဖော်ပြထားသူများ- {names}။',
    person: '{name} ({role})',
    phones: 'ဖုန်းနံပါတ်များ- {list}။',
    vehicles: 'ယာဉ်များ- {list}။',
    namesJoin: '၊ ',
    listJoin: '၊ ',
  },
  kinds: {
    labour: 'အတင်းအကြပ် လုပ်ခိုင်းခြင်း သို့မဟုတ် အလုပ်သမား အမြတ်ထုတ်ခြင်း',
    sexual: 'လိင်ပိုင်းဆိုင်ရာ အမြတ်ထုတ်ခြင်း',
    forced_criminality: 'ရာဇဝတ်မှု ကျူးလွန်ရန် အတင်းအကြပ် ခိုင်းစေခြင်း (လိမ်လည်မှု၊ မူးယစ်ဆေး၊ ခိုးမှု)',
    begging: 'အတင်းအကြပ် တောင်းရမ်းစေခြင်း',
    forced_marriage: 'အတင်းအကြပ် လက်ထပ်စေခြင်း',
    domestic_servitude: 'အိမ်တွင်း ကျွန်ပြုခြင်း',
    other: 'အခြား အမြတ်ထုတ်မှု အမျိုးအစား',
    unknown: 'အမျိုးအစား မသိရသေး',
  },
  dangers: {
    life: 'ယခု အသက်အန္တရာယ် ရှိသည်',
    high: 'မကြာမီ ပြင်းထန်စွာ ထိခိုက်နိုင်ခြေ ရှိသည်',
    medium: 'အမြတ်ထုတ်မှု ဖြစ်နေဆဲ၊ ချက်ချင်း အန္တရာယ် မရှိ',
    low: 'စိုးရိမ်ဖွယ်ရှိ၊ လက်ရှိ ထိခိုက်မှု လက္ခဏာ မရှိ',
    unknown: 'မသိ',
  },
  children: { yes: 'ပါဝင်သည်', no: 'မပါဝင်ပါ', unknown: 'မသိ' },
  roles: {
    victim: 'အန္တရာယ်ရှိနေသူ',
    suspect: 'အမြတ်ထုတ်သူဟု သံသယရှိသူ',
    witness: 'သက်သေ',
    other: 'အခြား',
  },
};

const vi: ReceivingTexts = {
  tipTitle: 'Tin báo do {agency} chuyển đến: {kind}',
  findingTitle: 'Kết quả thanh tra do {agency} chuyển đến: {kind}',
  routedOn: 'Được {agency} chuyển qua Lantern ngày {day}.',
  reporterWithheld: 'Người gửi đã giữ kín danh tính của người báo tin.',
  personWithheld: '1 người được nêu tên đã được giữ kín vì người đó không đồng ý.',
  peopleWithheld: '{n} người được nêu tên đã được giữ kín vì họ không đồng ý.',
  gap: ' ',
  sourceDescription: 'Tin báo và kết quả thanh tra do {agency} chuyển đến',
  facts: {
    kind: 'Loại: {kind}.',
    place: 'Địa điểm: {place}.',
    placeIn: 'Địa điểm: {place} ({country}).',
    when: 'Thời gian: {when}.',
    people: 'Số người gặp nguy cơ: {n}.',
    children: 'Trẻ em: {children}.',
    danger: 'Mức độ nguy hiểm: {danger}.',
    named: 'Người được nêu tên: {names}.',
    person: '{name} ({role})',
    phones: 'Số điện thoại: {list}.',
    vehicles: 'Phương tiện: {list}.',
    namesJoin: '; ',
    listJoin: ', ',
  },
  kinds: {
    labour: 'lao động cưỡng bức hoặc bị bóc lột',
    sexual: 'bóc lột tình dục',
    forced_criminality: 'bị ép phạm tội (lừa đảo, ma túy, trộm cắp)',
    begging: 'bị ép đi ăn xin',
    forced_marriage: 'cưỡng ép kết hôn',
    domestic_servitude: 'nô lệ giúp việc gia đình',
    other: 'hình thức bóc lột khác',
    unknown: 'chưa rõ loại',
  },
  dangers: {
    life: 'nguy hiểm đến tính mạng ngay lúc này',
    high: 'có khả năng bị tổn hại nghiêm trọng sắp tới',
    medium: 'đang bị bóc lột, không có nguy hiểm trước mắt',
    low: 'đáng lo ngại, chưa có dấu hiệu tổn hại hiện tại',
    unknown: 'không rõ',
  },
  children: { yes: 'có', no: 'không', unknown: 'không rõ' },
  roles: {
    victim: 'người gặp nguy cơ',
    suspect: 'nghi phạm bóc lột',
    witness: 'nhân chứng',
    other: 'khác',
  },
};

const zh: ReceivingTexts = {
  tipTitle: '由 {agency} 移交的线索：{kind}',
  findingTitle: '由 {agency} 移交的监察结果：{kind}',
  routedOn: '由 {agency} 于 {day} 通过 Lantern 移交。',
  reporterWithheld: '发送方已隐去举报人的身份。',
  personWithheld: '1 名被提及的人因未经本人同意而被隐去。',
  peopleWithheld: '{n} 名被提及的人因未经本人同意而被隐去。',
  gap: '',
  sourceDescription: '由 {agency} 移交的线索和监察结果',
  facts: {
    kind: '类型：{kind}。',
    place: '地点：{place}。',
    placeIn: '地点：{place}（{country}）。',
    when: '时间：{when}。',
    people: '处于危险中的人数：{n}。',
    children: '儿童：{children}。',
    danger: '危险程度：{danger}。',
    named: '被提及的人：{names}。',
    person: '{name}（{role}）',
    phones: '电话：{list}。',
    vehicles: '车辆：{list}。',
    namesJoin: '；',
    listJoin: '、',
  },
  kinds: {
    labour: '强迫劳动或劳动剥削',
    sexual: '性剥削',
    forced_criminality: '被迫犯罪（诈骗、毒品、盗窃）',
    begging: '强迫乞讨',
    forced_marriage: '强迫婚姻',
    domestic_servitude: '家庭奴役',
    other: '其他剥削类型',
    unknown: '类型尚不清楚',
  },
  dangers: {
    life: '目前有生命危险',
    high: '可能很快受到严重伤害',
    medium: '剥削正在发生，无紧迫危险',
    low: '值得关注，目前无伤害迹象',
    unknown: '不详',
  },
  children: { yes: '有', no: '无', unknown: '不详' },
  roles: { victim: '处于危险中的人', suspect: '涉嫌剥削者', witness: '证人', other: '其他' },
};

export const RECEIVING_TEXTS: Record<ServerLanguage, ReceivingTexts> = { en, th, km, lo, my, vi, zh };
