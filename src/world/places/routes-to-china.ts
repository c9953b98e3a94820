import type { KnownRoute } from './routes.ts';

/** Into southern China for marriage and factory work, plus the smaller Viet Nam → Cambodia and → Laos flows. */
export const ROUTES_TO_CHINA_AND_OTHERS = [
  // Viet Nam → China
  {
    id: 'vn-cn-lao-cai-marriage',
    name: 'Nghe An to Yunnan via Lao Cai–Hekou',
    stops: ['vn-vinh', 'vn-hanoi', 'vn-lao-cai', 'cn-hekou', 'cn-kunming'],
    crossings: ['x-lao-cai-hekou', 'x-lao-cai-hekou-rail', 'x-red-river-informal'],
    sectors: ['forced_marriage'],
    weight: 6,
  },
  {
    id: 'vn-cn-highland-marriage',
    name: 'Hmong villages around Sa Pa to Honghe via the Red River',
    stops: ['vn-sa-pa', 'vn-lao-cai', 'cn-hekou', 'cn-mengzi'],
    crossings: ['x-red-river-informal', 'x-lao-cai-hekou'],
    sectors: ['forced_marriage'],
    weight: 4,
  },
  {
    id: 'vn-cn-mong-cai',
    name: 'Thanh Hoa to Guangdong via Mong Cai–Dongxing',
    stops: ['vn-thanh-hoa', 'vn-hai-phong', 'vn-mong-cai', 'cn-dongxing', 'cn-nanning', 'cn-guangzhou'],
    crossings: ['x-mong-cai-dongxing', 'x-ka-long-informal'],
    sectors: ['factory', 'forced_marriage'],
    weight: 6,
  },
  {
    id: 'vn-cn-mong-cai-shenzhen',
    name: 'Ha Giang to the Shenzhen factories via Mong Cai',
    stops: ['vn-ha-giang', 'vn-hanoi', 'vn-mong-cai', 'cn-dongxing', 'cn-shenzhen'],
    crossings: ['x-ka-long-informal', 'x-mong-cai-dongxing'],
    sectors: ['factory'],
    weight: 2,
  },
  {
    id: 'vn-cn-lang-son-factories',
    name: 'Ha Tinh to the Dongguan factories via the Friendship Pass',
    stops: ['vn-ha-tinh', 'vn-hanoi', 'vn-lang-son', 'cn-pingxiang', 'cn-nanning', 'cn-dongguan'],
    crossings: ['x-huu-nghi-youyiguan', 'x-lang-son-trails-informal'],
    sectors: ['factory'],
    weight: 5,
  },
  {
    id: 'vn-cn-cao-bang-marriage',
    name: 'Cao Bang to Guangxi over the Lang Son hills',
    stops: ['vn-cao-bang', 'vn-lang-son', 'cn-pingxiang', 'cn-nanning'],
    crossings: ['x-lang-son-trails-informal', 'x-huu-nghi-youyiguan'],
    sectors: ['forced_marriage'],
    weight: 3,
  },
  // Myanmar and Lao PDR → China
  {
    id: 'mm-cn-muse-marriage',
    name: 'Northern Shan State to Yunnan via Muse–Ruili',
    stops: ['mm-lashio', 'mm-muse', 'cn-ruili', 'cn-kunming'],
    crossings: ['x-muse-ruili', 'x-shweli-informal'],
    sectors: ['forced_marriage', 'factory'],
    weight: 5,
  },
  {
    id: 'mm-cn-kachin-marriage',
    name: 'Kachin State to Dehong via Muse–Ruili',
    stops: ['mm-myitkyina', 'mm-muse', 'cn-ruili', 'cn-mangshi'],
    crossings: ['x-shweli-informal', 'x-muse-ruili'],
    sectors: ['forced_marriage'],
    weight: 3,
  },
  {
    id: 'la-cn-marriage',
    name: 'Luang Namtha to Kunming via Boten–Mohan',
    stops: ['la-luang-namtha', 'la-boten', 'cn-mohan', 'cn-kunming'],
    crossings: ['x-boten-mohan', 'x-boten-mohan-rail'],
    sectors: ['forced_marriage'],
    weight: 2,
  },
  // Viet Nam → Cambodia and Lao PDR
  {
    id: 'vn-kh-phnom-penh',
    name: 'Mekong Delta women to Phnom Penh bars via Moc Bai–Bavet',
    stops: ['vn-can-tho', 'vn-ho-chi-minh-city', 'vn-moc-bai', 'kh-bavet', 'kh-phnom-penh'],
    crossings: ['x-bavet-moc-bai', 'x-bavet-informal'],
    sectors: ['sex_work', 'karaoke'],
    weight: 4,
  },
  {
    id: 'vn-la-lao-bao',
    name: 'Nghe An to Savannakhet via Lao Bao–Dansavanh',
    stops: ['vn-vinh', 'vn-dong-hoi', 'vn-lao-bao', 'la-dansavanh', 'la-savannakhet'],
    crossings: ['x-lao-bao-dansavanh'],
    sectors: ['karaoke', 'sex_work', 'construction'],
    weight: 2,
  },
] as const satisfies readonly KnownRoute[];
