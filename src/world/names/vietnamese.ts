import type { Rng } from '../rng.ts';
import { draw, makeTable } from './tables.ts';
import type { NameModel, PersonName, Sex } from './types.ts';

// Vietnamese: family name, middle name(s), given name (Nguyễn Thị Lan). The "native" form is the Latin
// alphabet with its diacritics; records drop them (Nguyen Thi Lan, Đ → D) or reorder Western style.

/** Family names with their approximate share of the population, in per cent. */
const FAMILY: readonly (readonly [string, number])[] = [
  ['Nguyễn', 38],
  ['Trần', 11],
  ['Lê', 9.5],
  ['Phạm', 7.1],
  ['Phan', 4.5],
  ['Hoàng', 3.1],
  ['Huỳnh', 2],
  ['Vũ', 2.2],
  ['Võ', 1.7],
  ['Đặng', 2.1],
  ['Bùi', 2],
  ['Đỗ', 1.4],
  ['Hồ', 1.3],
  ['Ngô', 1.3],
  ['Dương', 1],
  ['Đinh', 0.8],
  ['Trương', 0.7],
  ['Lý', 0.5],
  ['Đào', 0.5],
  ['Đoàn', 0.5],
  ['Hà', 0.5],
  ['Lâm', 0.4],
  ['Mai', 0.4],
  ['Cao', 0.4],
  ['Lương', 0.4],
  ['Trịnh', 0.4],
  ['Phùng', 0.3],
  ['Tạ', 0.3],
  ['Tô', 0.3],
  ['Lưu', 0.3],
  ['Châu', 0.3],
  ['Chu', 0.2],
  ['Vương', 0.2],
  ['Triệu', 0.2],
  ['Quách', 0.2],
  ['Thái', 0.2],
  ['Hứa', 0.2],
  ['Kiều', 0.1],
  ['La', 0.1],
  ['Tăng', 0.1],
  ['Thân', 0.1],
];

const MIDDLE_M: readonly (readonly [string, number])[] = [
  ['Văn', 45],
  ['Đức', 10],
  ['Minh', 8],
  ['Quốc', 6],
  ['Hữu', 6],
  ['Công', 5],
  ['Thanh', 5],
  ['Đình', 4],
  ['Quang', 4],
  ['Xuân', 3],
  ['Ngọc', 3],
  ['Trọng', 3],
  ['Hoàng', 3],
  ['Gia', 3],
  ['Anh', 2],
  ['Bảo', 2],
];

const MIDDLE_F: readonly (readonly [string, number])[] = [
  ['Thị', 55],
  ['Ngọc', 8],
  ['Kim', 5],
  ['Thanh', 5],
  ['Thu', 4],
  ['Mỹ', 3],
  ['Phương', 3],
  ['Hồng', 3],
  ['Minh', 3],
  ['Thùy', 3],
  ['Bích', 2],
  ['Diệu', 2],
  ['Ánh', 2],
  ['Hoài', 2],
  ['Bảo', 2],
  ['Khánh', 2],
  ['Tuyết', 1],
];

const GIVEN_M = [
  ...[
    'Anh',
    'Bảo',
    'Bình',
    'Cường',
    'Dũng',
    'Duy',
    'Đạt',
    'Đức',
    'Hải',
    'Hiếu',
    'Hoàng',
    'Hùng',
    'Huy',
    'Hưng',
  ],
  ...['Khánh', 'Khoa', 'Kiên', 'Long', 'Lâm', 'Lộc', 'Minh', 'Nam', 'Nghĩa', 'Nhân', 'Phong', 'Phúc', 'Quân'],
  ...[
    'Quang',
    'Sơn',
    'Tài',
    'Thắng',
    'Thành',
    'Thiện',
    'Tiến',
    'Toàn',
    'Trung',
    'Tuấn',
    'Tùng',
    'Việt',
    'Vinh',
  ],
  ...['Vũ', 'Hiệp', 'Hòa', 'Lợi', 'Thịnh', 'Tâm'],
].map((s) => s.normalize('NFC'));

const GIVEN_F = [
  ...[
    'Anh',
    'Bích',
    'Châu',
    'Chi',
    'Diệp',
    'Dung',
    'Duyên',
    'Giang',
    'Hà',
    'Hạnh',
    'Hằng',
    'Hiền',
    'Hoa',
    'Hồng',
  ],
  ...['Huệ', 'Hương', 'Huyền', 'Lan', 'Liên', 'Linh', 'Loan', 'Mai', 'My', 'Nga', 'Ngân', 'Ngọc', 'Nhung'],
  ...[
    'Oanh',
    'Phương',
    'Quỳnh',
    'Thảo',
    'Thanh',
    'Thu',
    'Thúy',
    'Trang',
    'Trâm',
    'Tuyết',
    'Uyên',
    'Vân',
    'Xuân',
  ],
  ...['Yến', 'Nhi', 'Tâm', 'Lệ'],
].map((s) => s.normalize('NFC'));

const COMBINING = /[\u0300-\u036f]/g;
const D_UPPER = /Đ/g;
const D_LOWER = /đ/g;

/** Vietnamese without its diacritics: Nguyễn → Nguyen, Đặng → Dang. */
export function foldVietnamese(s: string): string {
  return s.normalize('NFD').replace(COMBINING, '').replace(D_UPPER, 'D').replace(D_LOWER, 'd');
}

function weightedTable(list: readonly (readonly [string, number])[]) {
  return makeTable(
    list.map(([name]) => name.normalize('NFC')),
    list.map(([, w]) => w),
  );
}

const FAMILY_T = weightedTable(FAMILY);
const MIDDLE_M_T = weightedTable(MIDDLE_M);
const MIDDLE_F_T = weightedTable(MIDDLE_F);
const SECOND_MIDDLE_F_T = weightedTable(MIDDLE_F.slice(1));
const GIVEN_M_T = makeTable(GIVEN_M);
const GIVEN_F_T = makeTable(GIVEN_F);

function generate(rng: Rng, sex: Sex): PersonName {
  const family = draw(rng, FAMILY_T);
  let middle = rng.chance(0.03) ? '' : draw(rng, sex === 'M' ? MIDDLE_M_T : MIDDLE_F_T);
  const name = draw(rng, sex === 'M' ? GIVEN_M_T : GIVEN_F_T);
  if (middle === name) middle = sex === 'M' ? 'Văn' : 'Thị';
  if (sex === 'F' && middle === 'Thị' && rng.chance(0.15)) {
    const second = draw(rng, SECOND_MIDDLE_F_T);
    if (second !== name) middle = `Thị ${second}`;
  }
  const given = middle === '' ? name : `${middle} ${name}`;
  const full = `${family} ${given}`;
  return {
    nationality: 'VN',
    sex,
    native: full,
    latin: full,
    given,
    family,
    nickname: null,
    familyFirst: true,
  };
}

function foldIndex(): Map<string, readonly string[]> {
  const index = new Map<string, readonly string[]>();
  for (const list of [FAMILY_T.items, MIDDLE_M_T.items, MIDDLE_F_T.items, GIVEN_M, GIVEN_F]) {
    for (const name of list) {
      const folded = foldVietnamese(name);
      if (folded !== name) index.set(name, [folded]);
    }
  }
  return index;
}

export const VIETNAMESE: NameModel = {
  generate,
  variants: foldIndex(),
  stats: {
    given: new Set([...GIVEN_M, ...GIVEN_F]).size,
    family: FAMILY.length,
    givenM: GIVEN_M.length,
    givenF: GIVEN_F.length,
  },
};
