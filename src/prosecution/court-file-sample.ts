import type { CourtFileDocument } from './court-file-types.ts';

// A court file to render in tests and to look at: names in every script of the region (Thai, Khmer, Lao,
// Myanmar, Simplified Chinese, Vietnamese) and Latin with diacritics, two charges, six evidence items, a link
// chart. The people are invented.

export const SAMPLE_NAMES = {
  thai: 'สมชาย ใจดี',
  khmer: 'សុខ សុភាព',
  lao: 'ສົມພອນ ແກ້ວມະນີ',
  myanmar: 'ကျော်စွာ မြင့်',
  chinese: '李明华',
  vietnamese: 'Nguyễn Văn Hùng',
  latin: 'Zoë Brontë-Łukasz',
};
const KINDS = [
  'phone extraction',
  'witness statement',
  'advertisement',
  'bank records',
  'CCTV footage',
  'passport',
];
const HOLDERS = [
  SAMPLE_NAMES.thai,
  'Statement',
  `Poster: ${SAMPLE_NAMES.lao}`,
  `Accounts of ${SAMPLE_NAMES.chinese}`,
  SAMPLE_NAMES.vietnamese,
  SAMPLE_NAMES.latin,
];

export const SAMPLE_COURT_FILE: CourtFileDocument = {
  caseRef: 'PRS-2026-0042',
  title: 'Recruitment ring Mae Sot – Bangkok',
  agency: 'DSI Anti-Trafficking Division',
  generatedAt: '2026-12-04T13:00:00.000Z',
  suspects: [
    { label: SAMPLE_NAMES.thai, role: 'recruiter', tier: 'exploiter', arrested: true },
    { label: SAMPLE_NAMES.chinese, role: 'financier', tier: 'facilitator', arrested: false },
    { label: SAMPLE_NAMES.vietnamese, role: 'transporter', tier: 'facilitator', arrested: true },
    { label: SAMPLE_NAMES.khmer, role: 'broker', tier: 'facilitator', arrested: false },
    { label: SAMPLE_NAMES.latin, role: 'money courier', tier: 'facilitator', arrested: false },
  ],
  charges: [
    {
      suspect: SAMPLE_NAMES.thai,
      offence: 'Trafficking in persons',
      law: 'Anti-Trafficking in Persons Act B.E. 2551, s. 6',
      country: 'TH',
      note: 'Aggravated: victim under 18 (s. 52).',
      burden: { elements: 3, proven: 2, restingOnVictim: 1, gaps: 1, ratio: 0.33 },
      elements: [
        {
          code: 'ACT',
          text: 'Recruited the person (ជ្រើសរើស)',
          gap: false,
          seek: [],
          evidence: [
            {
              ref: 'EX-1',
              kind: KINDS[0] as string,
              description: `Messages from ${SAMPLE_NAMES.myanmar}`,
              testimonial: false,
            },
            {
              ref: 'EX-2',
              kind: KINDS[1] as string,
              description: 'Statement of the victim',
              testimonial: true,
            },
          ],
        },
        {
          code: 'MEANS',
          text: 'By deception about the work',
          gap: false,
          seek: [],
          evidence: [
            {
              ref: 'EX-3',
              kind: KINDS[2] as string,
              description: `Job offer: ${SAMPLE_NAMES.lao}`,
              testimonial: false,
            },
          ],
        },
        {
          code: 'PURPOSE',
          text: 'For the purpose of exploitation',
          gap: true,
          seek: ['Payroll records of the factory', `Bank transfers to ${SAMPLE_NAMES.chinese}`],
          evidence: [],
        },
      ],
    },
    {
      suspect: SAMPLE_NAMES.chinese,
      offence: 'Money laundering',
      law: 'Anti-Money Laundering Act B.E. 2542, s. 5',
      country: 'TH',
      note: null,
      burden: { elements: 2, proven: 1, restingOnVictim: 0, gaps: 1, ratio: 0 },
      elements: [
        {
          code: 'PROCEEDS',
          text: 'Property derived from trafficking',
          gap: false,
          seek: [],
          evidence: [
            { ref: 'EX-4', kind: KINDS[3] as string, description: '2,400,000 THB', testimonial: false },
          ],
        },
        { code: 'KNOWLEDGE', text: 'Knew the origin', gap: true, seek: ['Chat logs'], evidence: [] },
      ],
    },
  ],
  evidence: KINDS.map((kind, i) => ({
    ref: `EX-${i + 1}`,
    kind,
    description: HOLDERS[i] as string,
    custody: [
      { at: `2026-0${i + 1}-02T08:30:00Z`, action: 'seized', by: 'Pol. Lt. Anan', to: null },
      { at: `2026-0${i + 1}-03T10:00:00Z`, action: 'transferred', by: 'Pol. Lt. Anan', to: 'Forensic lab' },
    ],
  })),
  timeline: [
    { at: '2026-01-02', what: `${SAMPLE_NAMES.khmer} meets the victim in Poipet` },
    { at: '2026-01-05T06:00:00Z', what: 'Crossing at Mae Sot' },
  ],
  linkChart: {
    nodes: [
      { id: 'a', label: SAMPLE_NAMES.thai, kind: 'person' },
      { id: 'b', label: SAMPLE_NAMES.chinese, kind: 'person' },
      { id: 'c', label: SAMPLE_NAMES.myanmar, kind: 'person' },
      { id: 'd', label: SAMPLE_NAMES.khmer, kind: 'person' },
      { id: 'e', label: '+66 81 234 5678', kind: 'phone' },
      { id: 'f', label: 'KBank 123-4-56789-0', kind: 'account' },
    ],
    edges: [
      { from: 'a', to: 'e', label: 'uses' },
      { from: 'b', to: 'f', label: 'owns' },
      { from: 'f', to: 'a', label: 'paid 2.4M THB' },
      { from: 'c', to: 'e', label: 'called' },
      { from: 'd', to: 'a', label: 'recruits for' },
    ],
  },
};
