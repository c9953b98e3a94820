import type { Rng } from '../rng.ts';
import { distinct, draw, makeTable, parseEntries, type SpellingRule, variantIndex } from './tables.ts';
import type { NameModel, PersonName, Sex } from './types.ts';

// Lao: given name + family name (ສົມພອນ ພົມມະວົງ / Somphone Phommavong). French-era spellings (ou, x, -nh,
// -one, -th) alternate with plainer ones (Somphon, Bounmi, Vongsavan); the spelling rules below add those.

const FAMILY = parseEntries([
  'ພົມມະວົງ|Phommavong|Phommavongsa|Phomavong',
  'ແກ້ວມະນີ|Keomany|Kaewmany|Keomani',
  'ວົງສະຫວັນ|Vongsavanh|Vongsavan|Wongsavanh',
  'ສີສະຫວາດ|Sisavath|Sisavat|Sisavad',
  'ແກ້ວບຸນພັນ|Keobounphanh|Keobounphan|Kaeoboonphan',
  'ສີພັນດອນ|Siphandone|Siphandon|Sipandone',
  'ສີສຸລິດ|Sisoulith|Sisoulit|Sisulith',
  'ວໍລະຈິດ|Vorachith|Vorachit|Worachith',
  'ພົມວິຫານ|Phomvihane|Phomvihan|Phomvihanh',
  'ອິນທະວົງ|Inthavong|Inthavongsa|Intavong',
  'ສຸວັນນະວົງ|Souvannavong|Suvannavong|Souvanavong',
  'ຈັນທະວົງ|Chanthavong|Chantavong|Janthavong',
  'ຫຼວງລາດ|Luangrath|Louangrath|Luangrat',
  'ບຸບຜາວັນ|Bouphavanh|Bouphavan|Buphavanh',
  'ເລັ່ງສະຫວັດ|Lengsavad|Lengsavath|Lengsavat',
  'ດວງສະຫວັນ|Douangsavanh|Duangsavanh|Douangsavan',
  'ສີຫາລາດ|Siharath|Siharat|Sihalath',
  'ມະນີວົງ|Manivong|Manyvong|Maniwong',
  'ສີປະເສີດ|Sipaseuth|Siprasert|Sipaseut',
  'ແສງມະນີ|Sengmany|Saengmany|Sengmani',
  'ທຳມະວົງ|Thammavong|Thammavongsa|Tammavong',
  'ພົມມະຈັນ|Phommachanh|Phommachan|Phomachanh',
  'ສີສົມບັດ|Sisombath|Sisombat|Sisomebath',
  'ວິໄລວົງ|Vilayvong|Vilaivong|Vilayvongsa',
  'ບຸນທະວົງ|Bounthavong|Bunthavong|Bounthavongsa',
  'ຄຳພູວົງ|Khamphouvong|Khamphuvong|Kamphouvong',
  'ດາລາວົງ|Daravong|Dalavong|Daravongsa',
  'ຄຳມະນີ|Khammany|Khammani|Kammany',
  'ໄຊຍະວົງ|Xayavong|Sayavong|Xaiyavong',
  'ອິນທະລາດ|Intharath|Intharat|Intarath',
  'ສຸກສະຫວັນ|Souksavanh|Souksavan|Suksavanh',
]);

const MALE = parseEntries([
  'ສົມພອນ|Somphone|Somphon|Sompone',
  'ບຸນມີ|Bounmy|Bounmi|Bunmy',
  'ຄຳໄຕ|Khamtay|Khamtai|Kamtay',
  'ທອງລຸນ|Thongloun|Thonglun|Tongloun',
  'ບົວສອນ|Bouasone|Bouasorn|Buasone',
  'ໄກສອນ|Kaysone|Kaisone|Kaysorn',
  'ບຸນຍັງ|Bounnhang|Bounyang|Bunnhang',
  'ສົມສະຫວາດ|Somsavath|Somsavat|Somsavad',
  'ພອນໄຊ|Phonxay|Phonesay|Phonsai',
  'ຄຳພອນ|Khamphone|Khamphon|Kamphone',
  'ສົມບັດ|Sombath|Sombat|Somebath',
  'ສົມຊາຍ|Somxay|Somsay|Somxai',
  'ສົມສັກ|Somsack|Somsak',
  'ສົມຈິດ|Somchith|Somchit|Somjit',
  'ສີທອນ|Sithone|Sithon|Sitone',
  'ແສງທອງ|Sengthong|Saengthong|Sengtong',
  'ທອງພັນ|Thongphanh|Thongphan|Tongphan',
  'ບຸນທອງ|Bounthong|Bunthong|Bountong',
  'ຄຳແພງ|Khampheng|Khamphaeng|Kampheng',
  'ເພັດ|Phet|Pheth|Phed',
  'ຄຳສີ|Khamsy|Khamsi|Kamsy',
  'ບຸນສີ|Bounsy|Bounsi|Bunsy',
  'ບຸນຈັນ|Bounchanh|Bounchan|Bunchan',
  'ແສງຈັນ|Sengchanh|Sengchan|Saengchan',
  'ພອນສັກ|Phonesack|Phonsak|Phonsack',
  'ຈັນທອນ|Chanthone|Chanthon|Janthone',
  'ສຸພັນ|Souphanh|Souphan|Suphan',
  'ອຸດົມ|Oudom|Udom|Oudome',
  'ວິໄຊ|Vixay|Visay|Vichai',
  'ຄຳຫຼ້າ|Khamla|Kham La|Kamla',
  'ບຸນເພັງ|Bounpheng|Bounpeng|Bunpheng',
  'ສົມພູ|Somphou|Somphu|Sompou',
  'ຄຳພັນ|Khamphanh|Khamphan|Kamphan',
  'ອານຸວົງ|Anouvong|Anuvong|Anouvongsa',
  'ພອນສະຫວັນ|Phonsavanh|Phonesavanh|Phonsavan',
  'ທອງມີ|Thongmy|Thongmi|Tongmy',
  'ສີສຸກ|Sisouk|Sisuk|Sisuck',
  'ທອງສຸກ|Thongsouk|Thongsuk|Tongsouk',
  'ແສງອາລຸນ|Sengaloun|Saengaloun|Sengalun',
  'ສົມຫວັງ|Somvang|Somwang|Somvanh',
  'ຄຳສອນ|Khamsone|Khamson|Kamsone',
  'ບຸນສົ່ງ|Bounsong|Bunsong|Bounsongh',
  'ອາລຸນ|Aloun|Alun|Aroun',
]);

const FEMALE = parseEntries([
  'ວິໄລ|Vilay|Vilai|Wilai',
  'ມະນີ|Many|Mani|Manee',
  'ບົວພັນ|Bouaphanh|Bouaphan|Buaphan',
  'ບົວຄຳ|Bouakham|Buakham|Bouakam',
  'ແສງເດືອນ|Sengdeuane|Sengduane|Saengduan',
  'ດວງເດືອນ|Douangdeuane|Duangdeuan|Douangduan',
  'ດວງຈັນ|Douangchanh|Duangchan|Douangchan',
  'ດວງໃຈ|Douangchay|Duangchai|Douangjai',
  'ພອນທິບ|Phonethip|Phonthip|Pornthip',
  'ສຸດາ|Souda|Suda|Soudah',
  'ນາລີ|Naly|Nali|Nalee',
  'ວັນດີ|Vandy|Vandee|Wandy',
  'ອຳພອນ|Amphone|Amphon|Ampone',
  'ມະລີ|Maly|Mali|Malee',
  'ຈັນສີ|Chansy|Chansi|Jansy',
  'ສີພອນ|Siphone|Siphon|Sipone',
  'ສົມສີ|Somsy|Somsi|Somsee',
  'ອຳໄພ|Amphay|Amphai|Ampay',
  'ໜ້ອຍ|Noy|Noi|Noey',
  'ວັນເພັງ|Vanpheng|Vanpeng|Wanpheng',
  'ສຸພາ|Soupha|Supha|Soupa',
  'ສຸລິຍາ|Souliya|Suliya|Souriya',
  'ປານີ|Pany|Pani|Panee',
  'ວຽງຄຳ|Viengkham|Vienkham|Wiengkham',
  'ຈັນທາ|Chantha|Chanta|Jantha',
  'ອຸ່ນເຮືອນ|Ounheuane|Ounheuan|Unheuan',
  'ທິດາ|Thida|Tida|Thidah',
  'ລັດດາ|Latda|Ladda|Lattda',
  'ມະນີວັນ|Manivanh|Manivan|Manyvanh',
  'ພອນສີ|Phonsy|Phonesy|Phonsi',
  'ດາລາ|Dala|Dara|Dalah',
  'ບົວສີ|Bouasy|Buasy|Bouasi',
  'ຈັນທະວີ|Chanthavy|Chanthavi|Chantavy',
  'ຈັນເພັງ|Chanpheng|Chanpeng|Janpheng',
  'ບົວພາ|Bouapha|Buapha|Bouapa',
  'ດາວເຮືອງ|Daoheuang|Daohuang|Daoheung',
  'ແສງດາວ|Sengdao|Saengdao|Sengdaw',
  'ສຸດາວັນ|Soudavanh|Sudavan|Soudavan',
  'ວັນນາ|Vanna|Wanna|Vana',
  'ທອງຈັນ|Thongchanh|Thongchan|Tongchan',
  'ນວນຈັນ|Nuanchanh|Nouanchanh|Nuanchan',
]);

/** Plainer spellings of the French-era romanisation. */
const RULES: readonly SpellingRule[] = [
  [/ou/g, 'u'],
  [/x/g, 's'],
  [/^X/, 'S'],
  [/nh$/, 'n'],
  [/one$/, 'on'],
  [/th$/, 't'],
  [/ck$/, 'k'],
  [/y$/, 'i'],
  [/^V/, 'W'],
];

/** A few nicknames that show up alone in records. */
const NICKS = makeTable(['Noy', 'Nok', 'Daeng', 'Ton', 'Kaew', 'Phet', 'Toui', 'Bee', 'Mon']);

const MALE_T = makeTable(MALE);
const FEMALE_T = makeTable(FEMALE);
const FAMILY_T = makeTable(FAMILY);

function generate(rng: Rng, sex: Sex): PersonName {
  const g = draw(rng, sex === 'M' ? MALE_T : FEMALE_T);
  const f = draw(rng, FAMILY_T);
  return {
    nationality: 'LA',
    sex,
    native: `${g.native} ${f.native}`,
    latin: `${g.latin} ${f.latin}`,
    given: g.latin,
    family: f.latin,
    nickname: rng.chance(0.12) ? draw(rng, NICKS) : null,
    familyFirst: false,
  };
}

export const LAO: NameModel = {
  generate,
  variants: variantIndex([FAMILY, MALE, FEMALE], RULES),
  stats: {
    given: distinct(MALE, FEMALE),
    family: distinct(FAMILY),
    givenM: MALE.length,
    givenF: FEMALE.length,
  },
};
