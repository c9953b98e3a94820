// The public reporting page's frame in the region's seven languages: its title, what it keeps and does not keep,
// what happens to a report, and the pages shown when a report cannot be taken. The questions are in
// public-texts-form.ts, the receipt and the thread in public-texts-follow.ts. Written plainly for people who may
// read little and be afraid; the translations want a check by a native speaker of each language before launch.

export const LANGS = ['en', 'th', 'km', 'lo', 'my', 'vi', 'zh-Hans'] as const;
export type Lang = (typeof LANGS)[number];

/** The language a `lang` value names, English for anything else. */
export const langOf = (value: unknown): Lang =>
  typeof value === 'string' && (LANGS as readonly string[]).includes(value) ? (value as Lang) : 'en';

/** A text with its `{name}` places filled. */
export const fill = (text: string, values: Record<string, string | number>): string =>
  text.replace(/\{(\w+)\}/g, (all, name: string) => (name in values ? String(values[name]) : all));

const en = {
  langName: 'English',
  language: 'Language',
  title: 'Report trafficking or exploitation',
  intro: 'Tell us what you have seen or heard. You do not need an account and we do not ask for your name.',
  privacy:
    'This page does not record your internet address or anything about your phone or computer. It sets no cookies and loads nothing from other websites.',
  privateWindow: 'On a shared phone or computer, use a private window and close it when you have finished.',
  emergency: 'If someone is in danger right now, also call the emergency number of the country you are in.',
  whatNext:
    'Your report goes to {agency}. Staff there read every report, the most urgent first. They may pass what you wrote to the police or labour inspectors who can act, but not your contact details unless you agree.',
  followLink: 'Sent a report before? Read replies or add information',
  newReport: 'Send a new report',
  closed:
    'Reports cannot be received on this page right now. If someone is in danger, call the emergency number of the country you are in.',
  busy: 'Many reports are arriving right now. Please wait a few minutes and send again. What you wrote is still in the form below.',
  tooLarge: 'What you sent is too long to receive. Go back, shorten your longest answer and send it again.',
  failed: 'Something went wrong. Please try again later.',
};

export type PageTexts = typeof en;

export const PAGE_TEXTS: Record<Lang, PageTexts> = {
  en,
  th: {
    langName: 'ไทย',
    language: 'ภาษา',
    title: 'แจ้งเรื่องการค้ามนุษย์หรือการแสวงประโยชน์',
    intro: 'บอกเราว่าคุณเห็นหรือได้ยินอะไร ไม่ต้องมีบัญชีผู้ใช้ และเราไม่ถามชื่อของคุณ',
    privacy:
      'หน้านี้ไม่บันทึกที่อยู่อินเทอร์เน็ต (IP) ของคุณ หรือข้อมูลใด ๆ เกี่ยวกับโทรศัพท์หรือคอมพิวเตอร์ของคุณ ไม่ใช้คุกกี้ และไม่โหลดสิ่งใดจากเว็บไซต์อื่น',
    privateWindow: 'หากใช้โทรศัพท์หรือคอมพิวเตอร์ร่วมกับผู้อื่น ให้เปิดหน้าต่างส่วนตัว (ไม่ระบุตัวตน) และปิดเมื่อใช้เสร็จ',
    emergency: 'หากมีคนตกอยู่ในอันตรายตอนนี้ ให้โทรแจ้งหมายเลขฉุกเฉินของประเทศที่คุณอยู่ด้วย',
    whatNext:
      'รายงานของคุณจะส่งถึง {agency} เจ้าหน้าที่จะอ่านทุกรายงาน โดยอ่านเรื่องที่เร่งด่วนที่สุดก่อน และอาจส่งต่อสิ่งที่คุณเขียนให้ตำรวจหรือพนักงานตรวจแรงงานที่ดำเนินการได้ แต่จะไม่ส่งต่อช่องทางติดต่อคุณ เว้นแต่คุณยินยอม',
    followLink: 'เคยส่งรายงานแล้ว? อ่านคำตอบหรือเพิ่มข้อมูล',
    newReport: 'ส่งรายงานใหม่',
    closed: 'ขณะนี้หน้านี้ยังรับรายงานไม่ได้ หากมีคนตกอยู่ในอันตราย ให้โทรหมายเลขฉุกเฉินของประเทศที่คุณอยู่',
    busy: 'ขณะนี้มีรายงานเข้ามาจำนวนมาก กรุณารอสักครู่แล้วส่งอีกครั้ง สิ่งที่คุณเขียนยังอยู่ในแบบฟอร์มด้านล่าง',
    tooLarge: 'ข้อความที่ส่งยาวเกินกว่าจะรับได้ กรุณากลับไป ย่อคำตอบที่ยาวที่สุด แล้วส่งใหม่',
    failed: 'เกิดข้อผิดพลาด กรุณาลองใหม่ภายหลัง',
  },
  km: {
    langName: 'ខ្មែរ',
    language: 'ភាសា',
    title: 'រាយការណ៍អំពីការជួញដូរមនុស្ស ឬការកេងប្រវ័ញ្ច',
    intro: 'ប្រាប់យើងអំពីអ្វីដែលអ្នកបានឃើញ ឬបានឮ។ អ្នកមិនចាំបាច់មានគណនីទេ ហើយយើងមិនសួររកឈ្មោះរបស់អ្នកទេ។',
    privacy:
      'ទំព័រនេះមិនកត់ត្រាអាសយដ្ឋានអ៊ីនធឺណិត (IP) របស់អ្នក ឬព័ត៌មានណាមួយអំពីទូរស័ព្ទ ឬកុំព្យូទ័ររបស់អ្នកទេ។ វាមិនប្រើខូគី (cookie) ហើយមិនទាញយកអ្វីពីគេហទំព័រផ្សេងទេ។',
    privateWindow: 'បើអ្នកប្រើទូរស័ព្ទ ឬកុំព្យូទ័ររួមជាមួយអ្នកដទៃ សូមប្រើផ្ទាំងឯកជន (private window) ហើយបិទវាពេលប្រើរួច។',
    emergency: 'បើមាននរណាម្នាក់កំពុងស្ថិតក្នុងគ្រោះថ្នាក់ឥឡូវនេះ សូមទូរស័ព្ទទៅលេខសង្គ្រោះបន្ទាន់នៃប្រទេសដែលអ្នកកំពុងនៅផងដែរ។',
    whatNext:
      'របាយការណ៍របស់អ្នកនឹងផ្ញើទៅ {agency}។ បុគ្គលិកនៅទីនោះអានរបាយការណ៍ទាំងអស់ ដោយអានរឿងបន្ទាន់បំផុតមុន។ ពួកគេអាចបញ្ជូនអ្វីដែលអ្នកបានសរសេរទៅប៉ូលិស ឬអធិការការងារដែលអាចចាត់វិធានការបាន ប៉ុន្តែមិនបញ្ជូនព័ត៌មានទំនាក់ទំនងរបស់អ្នកទេ លុះត្រាតែអ្នកយល់ព្រម។',
    followLink: 'ធ្លាប់ផ្ញើរបាយការណ៍ហើយ? អានចម្លើយ ឬបន្ថែមព័ត៌មាន',
    newReport: 'ផ្ញើរបាយការណ៍ថ្មី',
    closed:
      'ឥឡូវនេះទំព័រនេះមិនអាចទទួលរបាយការណ៍បានទេ។ បើមាននរណាម្នាក់ស្ថិតក្នុងគ្រោះថ្នាក់ សូមទូរស័ព្ទទៅលេខសង្គ្រោះបន្ទាន់នៃប្រទេសដែលអ្នកកំពុងនៅ។',
    busy: 'ឥឡូវនេះមានរបាយការណ៍ចូលមកច្រើន។ សូមរង់ចាំពីរបីនាទី ហើយផ្ញើម្តងទៀត។ អ្វីដែលអ្នកបានសរសេរនៅតែមាននៅក្នុងទម្រង់ខាងក្រោម។',
    tooLarge: 'អ្វីដែលអ្នកបានផ្ញើវែងពេកមិនអាចទទួលបាន។ សូមត្រឡប់ក្រោយ កាត់ចម្លើយដែលវែងជាងគេឱ្យខ្លី ហើយផ្ញើម្តងទៀត។',
    failed: 'មានបញ្ហាកើតឡើង។ សូមព្យាយាមម្តងទៀតនៅពេលក្រោយ។',
  },
  lo: {
    langName: 'ລາວ',
    language: 'ພາສາ',
    title: 'ລາຍງານການຄ້າມະນຸດ ຫຼື ການຂູດຮີດ',
    intro: 'ບອກພວກເຮົາວ່າທ່ານໄດ້ເຫັນ ຫຼື ໄດ້ຍິນຫຍັງ. ທ່ານບໍ່ຕ້ອງມີບັນຊີຜູ້ໃຊ້ ແລະ ພວກເຮົາບໍ່ຖາມຊື່ຂອງທ່ານ.',
    privacy:
      'ໜ້ານີ້ບໍ່ບັນທຶກທີ່ຢູ່ອິນເຕີເນັດ (IP) ຂອງທ່ານ ຫຼື ຂໍ້ມູນໃດໆກ່ຽວກັບໂທລະສັບ ຫຼື ຄອມພິວເຕີຂອງທ່ານ. ບໍ່ໃຊ້ຄຸກກີ້ ແລະ ບໍ່ໂຫຼດຫຍັງຈາກເວັບໄຊອື່ນ.',
    privateWindow: 'ຖ້າໃຊ້ໂທລະສັບ ຫຼື ຄອມພິວເຕີຮ່ວມກັບຄົນອື່ນ, ໃຫ້ເປີດໜ້າຕ່າງສ່ວນຕົວ ແລະ ປິດມັນເມື່ອໃຊ້ແລ້ວ.',
    emergency: 'ຖ້າມີຄົນຕົກຢູ່ໃນອັນຕະລາຍດຽວນີ້, ໃຫ້ໂທຫາເບີສຸກເສີນຂອງປະເທດທີ່ທ່ານຢູ່ນຳ.',
    whatNext:
      'ລາຍງານຂອງທ່ານຈະສົ່ງໄປຫາ {agency}. ພະນັກງານຢູ່ທີ່ນັ້ນອ່ານທຸກລາຍງານ, ເລື່ອງທີ່ຮີບດ່ວນທີ່ສຸດກ່ອນ. ພວກເຂົາອາດສົ່ງຕໍ່ສິ່ງທີ່ທ່ານຂຽນໃຫ້ຕຳຫຼວດ ຫຼື ພະນັກງານກວດກາແຮງງານທີ່ສາມາດດຳເນີນການໄດ້, ແຕ່ຈະບໍ່ສົ່ງຕໍ່ຊ່ອງທາງຕິດຕໍ່ທ່ານ ເວັ້ນເສຍແຕ່ທ່ານຍິນຍອມ.',
    followLink: 'ເຄີຍສົ່ງລາຍງານແລ້ວບໍ? ອ່ານຄຳຕອບ ຫຼື ເພີ່ມຂໍ້ມູນ',
    newReport: 'ສົ່ງລາຍງານໃໝ່',
    closed: 'ດຽວນີ້ໜ້ານີ້ຍັງຮັບລາຍງານບໍ່ໄດ້. ຖ້າມີຄົນຕົກຢູ່ໃນອັນຕະລາຍ, ໃຫ້ໂທຫາເບີສຸກເສີນຂອງປະເທດທີ່ທ່ານຢູ່.',
    busy: 'ດຽວນີ້ມີລາຍງານເຂົ້າມາຫຼາຍ. ກະລຸນາລໍຖ້າສອງສາມນາທີ ແລ້ວສົ່ງອີກຄັ້ງ. ສິ່ງທີ່ທ່ານຂຽນຍັງຢູ່ໃນແບບຟອມຂ້າງລຸ່ມນີ້.',
    tooLarge: 'ສິ່ງທີ່ທ່ານສົ່ງຍາວເກີນກວ່າຈະຮັບໄດ້. ກະລຸນາກັບຄືນ, ຫຍໍ້ຄຳຕອບທີ່ຍາວທີ່ສຸດ ແລ້ວສົ່ງໃໝ່.',
    failed: 'ມີບາງຢ່າງຜິດພາດ. ກະລຸນາລອງໃໝ່ພາຍຫຼັງ.',
  },
  my: {
    langName: 'မြန်မာ',
    language: 'ဘာသာစကား',
    title: 'လူကုန်ကူးမှု သို့မဟုတ် ခေါင်းပုံဖြတ် အမြတ်ထုတ်မှုကို သတင်းပို့ရန်',
    intro: 'သင်မြင်ခဲ့ရ သို့မဟုတ် ကြားခဲ့ရသည်များကို ကျွန်ုပ်တို့ထံ ပြောပြပါ။ အကောင့်မလိုပါ၊ သင့်အမည်ကိုလည်း မမေးပါ။',
    privacy:
      'ဤစာမျက်နှာသည် သင်၏ အင်တာနက်လိပ်စာ (IP) ကို သို့မဟုတ် သင့်ဖုန်း၊ ကွန်ပျူတာနှင့် ပတ်သက်သည့် မည်သည့်အချက်အလက်ကိုမျှ မှတ်တမ်းမတင်ပါ။ ကွတ်ကီး (cookie) မသုံးပါ၊ အခြားဝက်ဘ်ဆိုက်များမှ မည်သည့်အရာကိုမျှ မဖွင့်ပါ။',
    privateWindow: 'အခြားသူများနှင့် မျှသုံးသော ဖုန်း သို့မဟုတ် ကွန်ပျူတာကို သုံးလျှင် private window ကိုဖွင့်သုံးပြီး ပြီးလျှင် ပိတ်ပါ။',
    emergency: 'ယခုအချိန်တွင် တစ်စုံတစ်ယောက် အန္တရာယ်ရှိနေလျှင် သင်ရောက်နေသော နိုင်ငံ၏ အရေးပေါ်ဖုန်းနံပါတ်ကိုလည်း ခေါ်ပါ။',
    whatNext:
      'သင်၏ သတင်းပို့ချက်ကို {agency} ထံ ပို့ပါမည်။ ထိုမှ ဝန်ထမ်းများသည် သတင်းပို့ချက်တိုင်းကို အရေးအကြီးဆုံးမှ စ၍ ဖတ်ပါသည်။ သင်ရေးသားထားသည်များကို အရေးယူနိုင်သော ရဲ သို့မဟုတ် အလုပ်သမားစစ်ဆေးရေးမှူးများထံ လွှဲပို့နိုင်သော်လည်း သင်သဘောမတူဘဲ သင့်ကို ဆက်သွယ်နိုင်မည့် အချက်အလက်ကို မလွှဲပို့ပါ။',
    followLink: 'ယခင်က သတင်းပို့ခဲ့ဖူးပါသလား။ အကြောင်းပြန်စာများ ဖတ်ရန် သို့မဟုတ် အချက်အလက် ထပ်ဖြည့်ရန်',
    newReport: 'သတင်းအသစ် ပို့ရန်',
    closed:
      'ယခုအချိန်တွင် ဤစာမျက်နှာမှ သတင်းပို့ချက်များကို လက်မခံနိုင်သေးပါ။ တစ်စုံတစ်ယောက် အန္တရာယ်ရှိနေလျှင် သင်ရောက်နေသော နိုင်ငံ၏ အရေးပေါ်ဖုန်းနံပါတ်ကို ခေါ်ပါ။',
    busy: 'ယခု သတင်းပို့ချက်များ အများအပြား ဝင်လာနေသည်။ မိနစ်အနည်းငယ် စောင့်ပြီး ထပ်ပို့ပါ။ သင်ရေးထားသည်များ အောက်ပါပုံစံတွင် ရှိနေဆဲဖြစ်သည်။',
    tooLarge: 'သင်ပို့သည့်အရာသည် လက်ခံရန် ရှည်လွန်းသည်။ နောက်သို့ပြန်သွားပြီး အရှည်ဆုံးအဖြေကို တိုအောင်ပြင်ကာ ထပ်ပို့ပါ။',
    failed: 'တစ်ခုခု မှားယွင်းသွားသည်။ နောက်မှ ထပ်ကြိုးစားပါ။',
  },
  vi: {
    langName: 'Tiếng Việt',
    language: 'Ngôn ngữ',
    title: 'Báo cáo mua bán người hoặc bóc lột',
    intro:
      'Hãy cho chúng tôi biết bạn đã thấy hoặc nghe thấy gì. Bạn không cần tài khoản và chúng tôi không hỏi tên bạn.',
    privacy:
      'Trang này không ghi lại địa chỉ internet (IP) của bạn hay bất kỳ thông tin nào về điện thoại hoặc máy tính của bạn. Trang không dùng cookie và không tải gì từ trang web khác.',
    privateWindow:
      'Nếu dùng chung điện thoại hoặc máy tính với người khác, hãy mở cửa sổ riêng tư (ẩn danh) và đóng lại khi xong.',
    emergency: 'Nếu có người đang gặp nguy hiểm ngay lúc này, hãy gọi thêm số khẩn cấp của nước bạn đang ở.',
    whatNext:
      'Báo cáo của bạn được gửi đến {agency}. Nhân viên ở đó đọc mọi báo cáo, việc khẩn cấp nhất trước. Họ có thể chuyển những gì bạn viết cho công an hoặc thanh tra lao động có thể hành động, nhưng không chuyển cách liên lạc với bạn nếu bạn không đồng ý.',
    followLink: 'Đã gửi báo cáo trước đây? Đọc trả lời hoặc bổ sung thông tin',
    newReport: 'Gửi báo cáo mới',
    closed:
      'Hiện trang này chưa thể nhận báo cáo. Nếu có người đang gặp nguy hiểm, hãy gọi số khẩn cấp của nước bạn đang ở.',
    busy: 'Hiện có rất nhiều báo cáo đang được gửi đến. Vui lòng đợi vài phút rồi gửi lại. Những gì bạn viết vẫn còn trong biểu mẫu bên dưới.',
    tooLarge: 'Nội dung bạn gửi quá dài để nhận. Hãy quay lại, rút ngắn câu trả lời dài nhất rồi gửi lại.',
    failed: 'Đã xảy ra lỗi. Vui lòng thử lại sau.',
  },
  'zh-Hans': {
    langName: '简体中文',
    language: '语言',
    title: '举报人口贩卖或剥削',
    intro: '请告诉我们您看到或听到了什么。您无需注册账户，我们也不会询问您的姓名。',
    privacy:
      '本页面不记录您的网络地址（IP），也不记录有关您手机或电脑的任何信息。本页面不使用 Cookie，也不从其他网站加载任何内容。',
    privateWindow: '如果您与他人共用手机或电脑，请使用隐私（无痕）窗口，并在用完后关闭。',
    emergency: '如果现在有人身处危险，请同时拨打您所在国家的紧急电话。',
    whatNext:
      '您的举报将送达{agency}。那里的工作人员会阅读每一份举报，最紧急的优先处理。他们可能会把您写的内容转交给能够采取行动的警方或劳动监察员，但未经您同意，不会转交您的联系方式。',
    followLink: '以前提交过举报？查看回复或补充信息',
    newReport: '提交新的举报',
    closed: '本页面目前无法接收举报。如果有人身处危险，请拨打您所在国家的紧急电话。',
    busy: '目前收到的举报很多。请等几分钟后再提交。您写的内容仍保留在下面的表格中。',
    tooLarge: '您提交的内容太长，无法接收。请返回，缩短最长的回答后重新提交。',
    failed: '出现错误，请稍后再试。',
  },
};
