import { foldText } from '../intel/text-terms.ts';

// The signs of exploitation that targeting weighs, read from what each source records: screening and inspection
// indicators by their ids (the published sets: ILO 2009 operational indicators, the ILO eleven, UNODC forced
// criminality), and tips by the words hotline staff and reporters use, in the region's working languages.

export const SIGNS = [
  'violence',
  'confinement',
  'debt_bondage',
  'documents_taken',
  'sexual_exploitation',
  'forced_criminality',
  'unpaid',
  'deception',
  'children',
  'premises_locked',
] as const;
export type Sign = (typeof SIGNS)[number];

/** The end of an indicator id (after its element's prefix) → the sign it shows. */
const INDICATOR_SIGN: [RegExp, Sign][] = [
  [/violence|beat|physical_and_sexual_violence|severe_punishment/, 'violence'],
  [/confinement|restriction_of_movement|isolation|locked/, 'confinement'],
  [/debt_bondage/, 'debt_bondage'],
  [/confiscation_of_documents|retention_of_identity_documents/, 'documents_taken'],
  [/forced_tasks_or_clients|sexual_exploitation|forced_prostitution/, 'sexual_exploitation'],
  [/illicit_criminal|online_fraud|forced_to_commit/, 'forced_criminality'],
  [/withholding_of_wages|low_or_no_salary|withholding_of_money/, 'unpaid'],
  [/^deceiv|deceived|deception/, 'deception'],
];

/**
 * Elements of the ILO 2009 indicators that describe recruitment, not the place of work: coercion there (a
 * recruiter's threats or violence on the way) says who recruited, not what the site does, so it counts only as
 * deception.
 */
const RECRUITMENT_ELEMENT =
  /^(deceptive_recruitment|coercive_recruitment|recruitment_abuse_of_vulnerability)\./;

/** The signs shown by indicator ids (screening answers or inspection findings), at the place of work. */
export function signsOfIndicators(ids: readonly string[]): Set<Sign> {
  const out = new Set<Sign>();
  for (const id of ids) {
    if (RECRUITMENT_ELEMENT.test(id)) {
      out.add('deception');
      continue;
    }
    const key = id.slice(id.indexOf('.') + 1);
    for (const [re, sign] of INDICATOR_SIGN) if (re.test(key)) out.add(sign);
  }
  return out;
}

/** Words in a tip (folded: lower case, no accents) that show a sign. English, Thai, Vietnamese, a little Khmer. */
const TIP_WORDS: Record<Exclude<Sign, 'premises_locked'>, string[]> = {
  violence: ['beaten', 'beat ', 'hit them', 'violence', 'tortur', 'ทำร้าย', 'ทุบตี', 'bi danh', 'danh dap'],
  confinement: [
    'locked',
    'cannot go out',
    "can't leave",
    'cannot leave',
    'not allowed out',
    'guarded',
    'ออกไปไหนไม่ได้',
    'ขังไว้',
    'มีคนเฝ้า',
    'khong duoc ra ngoai',
    'bi nhot',
    'co nguoi canh',
  ],
  debt_bondage: [' owe ', 'debt', 'เป็นหนี้', 'หนี้', 'bi no', 'no tien'],
  documents_taken: [
    'passport',
    'documents taken',
    'id card taken',
    'ยึดพาสปอร์ต',
    'ยึดเอกสาร',
    'giu ho chieu',
    'giu giay to',
  ],
  sexual_exploitation: [
    'take clients',
    'forced to sell sex',
    'prostitut',
    'รับแขก',
    'ค้าประเวณี',
    'tiep khach',
    'ban dam',
  ],
  forced_criminality: ['scam', 'fraud', 'หลอกลวง', 'lua dao'],
  unpaid: [
    'not paid',
    'unpaid',
    'wages are kept',
    'no salary',
    'ไม่ได้รับค่าจ้าง',
    'ไม่จ่ายเงิน',
    'khong duoc tra luong',
    'giu luong',
  ],
  deception: ['promised other', 'promised a', 'tricked', 'deceived', 'ถูกหลอก', 'bi lua'],
  children: [
    'under 18',
    'children',
    'child ',
    'minors',
    'underage',
    'teenage',
    'เด็ก',
    'ต่ำกว่า 18',
    'tre em',
    'duoi 18',
    'កុមារ',
  ],
};

/** The signs a tip's words show. */
export function signsOfText(text: string): Set<Sign> {
  const t = ` ${foldText(text)} `;
  const out = new Set<Sign>();
  for (const [sign, words] of Object.entries(TIP_WORDS) as [Sign, string[]][])
    if (words.some((w) => t.includes(foldText(w)))) out.add(sign);
  return out;
}

/** The kinds of site a tip describes, by its words: used to tie a tip to the site it is about among those near. */
const KIND_WORDS: Record<string, string[]> = {
  seafood_processing: ['seafood', 'fish factory', 'shrimp', 'peeling', 'แปรรูปอาหารทะเล', 'che bien hai san'],
  fishing_vessel: ['fishing boat', 'vessel', 'trawler', 'เรือประมง', 'tau ca'],
  brothel: ['massage', 'brothel', 'ร้านนวด', 'tiem massage'],
  karaoke_bar: ['karaoke', 'คาราโอเกะ'],
  farm: ['plantation', 'farm', 'สวน', 'trang trai'],
  construction: ['construction', 'building site', 'ก่อสร้าง', 'cong truong'],
  domestic_household: ['a house', 'household', 'maid', 'บ้านหลังหนึ่ง', 'ngoi nha', 'giup viec'],
  scam_compound: ['compound', 'casino', 'ตึกที่มีคนเฝ้า', 'khu nha co bao ve'],
};

export function kindsOfText(text: string): Set<string> {
  const t = foldText(text);
  const out = new Set<string>();
  for (const [kind, words] of Object.entries(KIND_WORDS))
    if (words.some((w) => t.includes(foldText(w)))) out.add(kind);
  return out;
}

/** The exploitation a kind of site usually hides, for filtering by exploitation type. */
export const EXPLOITATION_OF_KIND: Record<string, 'labour' | 'sexual' | 'forced_criminality'> = {
  seafood_processing: 'labour',
  fishing_vessel: 'labour',
  brothel: 'sexual',
  karaoke_bar: 'sexual',
  farm: 'labour',
  construction: 'labour',
  domestic_household: 'labour',
  scam_compound: 'forced_criminality',
};
