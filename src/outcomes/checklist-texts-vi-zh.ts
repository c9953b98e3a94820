import type { ChecklistTexts } from './checklist-texts.ts';

// The donor checklist's printed words in Vietnamese and Simplified Chinese (see checklist-texts.ts); the questions
// and judgements as the checklist screens word them.

export const CHECKLIST_VI: ChecklistTexts = {
  subject: 'Bảng kiểm cho nhà tài trợ',
  kicker: 'LANTERN — BẢNG KIỂM CHO NHÀ TÀI TRỢ',
  place: 'Địa bàn',
  intervention: 'Can thiệp',
  funding: 'Kinh phí',
  duration: 'Thời gian',
  assessment: 'Đánh giá',
  printed: 'Ngày in',
  monthsOne: '{n} tháng',
  monthsMany: '{n} tháng',
  placeIn: '{province}, {country}',
  noAnswer: 'Chưa có câu trả lời.',
  figures: 'Số liệu của Lantern:',
  closing:
    'Đếm từ dữ liệu của Lantern cho {place} trong năm nay. Không in con số nào từ 1 đến {below}: mỗi con số như vậy được ghi là "ít hơn {k}", để bảo vệ những người đứng sau nó.',
  footer: 'Bảng kiểm cho nhà tài trợ — {title}',
  page: 'trang {page}/{pages}',
  judgements: { met: 'Đạt', partly: 'Đạt một phần', not_met: 'Không đạt', not_known: 'Chưa rõ' },
  judgementCounts: {
    met: '{n} đạt',
    partly: '{n} đạt một phần',
    not_met: '{n} không đạt',
    not_known: '{n} chưa rõ',
  },
  countsJoin: ', ',
  questions: {
    evidence_base: {
      label: 'Cơ sở bằng chứng',
      ask: 'Đề xuất có dựa trên bằng chứng về mua bán người tại địa bàn này không: ai bị bóc lột, ở đâu, như thế nào?',
    },
    prior_evaluation: {
      label: 'Đánh giá trước đây',
      ask: 'Loại can thiệp này đã từng được đánh giá chưa, tại đây hay nơi khác, và kết quả ra sao?',
    },
    duplication: {
      label: 'Trùng lặp',
      ask: 'Có bên nào khác đang làm cùng công việc tại cùng địa bàn không? Đề xuất này bổ sung gì cho họ?',
    },
    egregious_focus: {
      label: 'Hình thức bóc lột nghiêm trọng nhất',
      ask: 'Đề xuất có ưu tiên các hình thức bóc lột tồi tệ nhất không: những địa điểm và cộng đồng chịu tổn hại lớn nhất, trẻ em?',
    },
    time_funding: {
      label: 'Thời gian và kinh phí',
      ask: 'Thời gian và kinh phí có đủ cho những gì đề xuất cam kết không, và có kế hoạch cho giai đoạn sau khi hết tài trợ không?',
    },
    monitoring: {
      label: 'Khung theo dõi',
      ask: 'Tiến độ sẽ được đo thế nào: chỉ số nào, từ dữ liệu nào, bao lâu một lần, do ai thực hiện?',
    },
    links: {
      label: 'Liên kết với các hoạt động khác',
      ask: 'Đề xuất gắn kết thế nào với công tác cảnh sát, truy tố, dịch vụ hỗ trợ nạn nhân và phòng ngừa đang triển khai?',
    },
    cultural_fit: {
      label: 'Phù hợp văn hóa và ngôn ngữ',
      ask: 'Đề xuất có sử dụng ngôn ngữ và cách thức của những người được phục vụ, với đội ngũ mà họ tin tưởng không?',
    },
    urgency: {
      label: 'Tính cấp bách',
      ask: 'Vì sao là lúc này: tại địa bàn có nhu cầu hiện tại, gần đây mà việc chờ đợi sẽ làm trầm trọng hơn không?',
    },
    technical_support: {
      label: 'Hỗ trợ kỹ thuật',
      ask: 'Đề xuất có cần hỗ trợ kỹ thuật (đào tạo, hệ thống, chuyên gia) không, và sự hỗ trợ đó đã được lên kế hoạch và có kinh phí chưa?',
    },
    impact: {
      label: 'Tác động đo lường được và bền vững',
      ask: 'Đề xuất sẽ tạo ra thay đổi gì có thể đếm được, và thay đổi đó có duy trì sau khi dự án kết thúc không?',
    },
  },
  countries: {
    TH: 'Thái Lan',
    KH: 'Campuchia',
    LA: 'Lào',
    MM: 'Mi-an-ma',
    VN: 'Việt Nam',
    CN: 'Trung Quốc',
  },
  fewerThan: 'ít hơn {k}',
  presumedVictims: '{count} người được cho là nạn nhân được xác định tại {place} trong năm {year}',
  tipsReceived: '{count} tin báo đã nhận tại {place} trong năm {year}',
  inspectionsVisited: '{count} cuộc thanh tra lao động đã tiến hành tại {place} trong năm {year}',
  operationsConcluded: '{count} chiến dịch đã kết thúc tại {place} trong năm {year}',
  interventionsMet: '{count} can thiệp đạt cả ba mục tiêu tại {place} trong năm {year}',
  interventionsApproved:
    '{count} can thiệp được các cơ quan dùng Lantern phê duyệt tại {place} trong năm {year}',
  casesOpened: '{count} hồ sơ bảo vệ được mở tại {place} trong năm {year}',
  children: '{count} trẻ em trong số người được cho là nạn nhân được xác định tại {place} trong năm {year}',
  arrests: '{count} vụ bắt giữ tại {place} trong năm {year}',
  chargesLaid: '{count} cáo buộc đã đưa ra tại {place} trong năm {year}',
  servicesAccepted: '{count} hồ sơ bảo vệ đã nhận dịch vụ tại {place} trong năm {year}',
  convictions: '{count} cáo buộc kết thúc bằng bản án kết tội tại {place} trong năm {year}',
  compensated: '{count} hồ sơ bảo vệ đã được bồi thường tại {place} trong năm {year}',
  sitesInTop: '{n} trong {top} địa điểm có nhiều chứng cứ nhất nằm ở {place}',
  communitiesInTop: '{n} trong {top} cộng đồng nguồn dễ bị tổn thương nhất nằm ở {place}',
  dashboard: 'Các chỉ số kết quả của {place} trong năm {year}, trên bảng điều khiển',
};

export const CHECKLIST_ZH: ChecklistTexts = {
  subject: '捐助方核对清单',
  kicker: 'LANTERN — 捐助方核对清单',
  place: '地点',
  intervention: '干预措施',
  funding: '资金',
  duration: '期限',
  assessment: '评估',
  printed: '打印时间',
  monthsOne: '{n} 个月',
  monthsMany: '{n} 个月',
  placeIn: '{country}{province}',
  noAnswer: '尚未作答。',
  figures: 'Lantern 的数字：',
  closing:
    '根据 Lantern 记录统计{place}本年度的数字。1 至 {below} 的数字一律不打印，均写作“少于 {k}”，以保护数字背后的人。',
  footer: '捐助方核对清单——{title}',
  page: '第 {page} 页，共 {pages} 页',
  judgements: { met: '满足', partly: '部分满足', not_met: '未满足', not_known: '不详' },
  judgementCounts: {
    met: '满足 {n} 项',
    partly: '部分满足 {n} 项',
    not_met: '未满足 {n} 项',
    not_known: '不详 {n} 项',
  },
  countsJoin: '，',
  questions: {
    evidence_base: {
      label: '证据基础',
      ask: '提案是否以该地人口贩运的证据为依据：谁受到剥削，在哪里，如何被剥削？',
    },
    prior_evaluation: {
      label: '以往评估',
      ask: '此类干预以前是否在此地或其他地方评估过？评估发现了什么？',
    },
    duplication: {
      label: '重复',
      ask: '是否已有其他行动方在同一地点开展同样的工作？本提案对其工作有何补充？',
    },
    egregious_focus: {
      label: '最严重的剥削',
      ask: '提案是否优先针对最严重的剥削：受害最深的场所和社区、儿童？',
    },
    time_funding: {
      label: '时间与资金',
      ask: '时间和资金是否足以实现所承诺的内容？资金结束后是否有后续计划？',
    },
    monitoring: {
      label: '监测框架',
      ask: '如何衡量进展：使用哪些指标，来自哪些数据，多久一次，由谁负责？',
    },
    links: {
      label: '与其他活动的联系',
      ask: '提案如何与正在开展的警务、起诉、受害人服务和预防工作相衔接？',
    },
    cultural_fit: {
      label: '文化与语言适宜性',
      ask: '提案是否使用服务对象的语言和方式，并配备他们信任的工作人员？',
    },
    urgency: {
      label: '紧迫性',
      ask: '为什么是现在：此地是否存在当前或近期的需求，拖延会使情况恶化？',
    },
    technical_support: {
      label: '技术支持',
      ask: '是否需要技术支持（培训、系统、专家）？这些支持是否已有计划并有经费保障？',
    },
    impact: {
      label: '可衡量且可持续的影响',
      ask: '提案将带来哪些可统计的变化？项目结束后这些变化能否持续？',
    },
  },
  countries: { TH: '泰国', KH: '柬埔寨', LA: '老挝', MM: '缅甸', VN: '越南', CN: '中国' },
  fewerThan: '少于 {k}',
  presumedVictims: '{year}在{place}认定的推定受害人：{count} 人',
  tipsReceived: '{year}在{place}收到的线索：{count} 条',
  inspectionsVisited: '{year}在{place}实地检查的劳动监察：{count} 次',
  operationsConcluded: '{year}在{place}结束的行动：{count} 次',
  interventionsMet: '{year}在{place}实现全部三项目标的干预措施：{count} 项',
  interventionsApproved: '{year}在{place}使用 Lantern 的机构批准的干预措施：{count} 项',
  casesOpened: '{year}在{place}开立的保护个案：{count} 个',
  children: '{year}在{place}认定的推定受害人中的儿童：{count} 人',
  arrests: '{year}在{place}的抓捕：{count} 次',
  chargesLaid: '{year}在{place}提出的指控：{count} 项',
  servicesAccepted: '{year}在{place}接受服务的保护个案：{count} 个',
  convictions: '{year}在{place}判决有罪的指控：{count} 项',
  compensated: '{year}在{place}获得赔偿的保护个案：{count} 个',
  sitesInTop: '证据最多的 {top} 个场所中有 {n} 个位于{place}',
  communitiesInTop: '最易受害的 {top} 个来源社区中有 {n} 个位于{place}',
  dashboard: '仪表板上{place}{year}的成果指标',
};
