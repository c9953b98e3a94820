import { describe, expect, it } from 'vitest';
import { nameKey, namePartKeys, plainKey } from './name-key.ts';
import { romaniseChinese } from './names/chinese.ts';
import { phoneticPart } from './names/phonetic.ts';
import { dropTitles } from './names/titles.ts';
import { foldVietnamese, looksVietnamese } from './names/vietnamese.ts';

describe('name keys', () => {
  it.each([
    ['Somchai Jaidee', 'Somchay Chaidee'],
    ['Nguyễn Thị Lan', 'Lan Thi Nguyen'],
    ['Phommavong Somphone', 'Somphon Pommavong'],
    ['Thida', 'Thidar'],
    ['Aung Kyaw', 'aung  kyaw'],
    ['王伟', 'Wang Wei'],
    ['張偉', 'Zhang Wei'],
    ['欧阳娜娜', 'Ouyang Nana'],
    // Spellings of the same names from public figures and name lists of the region.
    ['Kyaw Zaw', 'Gyaw Zaw'],
    ['Kyaw Zaw', 'Chaw Zor'],
    ['Htun Htun', 'Tun Tun'],
    ['Somchai Phromma', 'Somchay Prommah'],
    ['Thanakorn', 'Thanakon'],
    ['Boonmee', 'Bunmi'],
    ['Nguyễn Văn Quốc', 'Ngyuen Van Quoc'],
    ['Đặng Thái Sơn', 'Dang Thai Son'],
    ['Srey Mom', 'Srei Mom'],
    ['Chea Sim', 'Chia Sim'],
    ['Prasert', 'Prasoet'],
    ['Chaimongkol', 'Chaimongkon'],
    ['Xayavong', 'Sayavong'],
    ['Htay Win', 'Htei Win'],
    ['Moe Moe', 'Mo Mo'],
    ['Khine Zin', 'Khaing Zin'],
    ['Wilayvong', 'Vilayvong'],
    ['Kaewmanee', 'Kaeomani'],
    // Burmese Mg for Maung, ဆ as hs or s, အုန်း as Ohn/On; Khmer ៅ as ov or eou; hyphens joining one name.
    ['Mg Mg Aye', 'Maung Maung Aye'],
    ['Hsu Hsu Nway', 'Su Su Nwe'],
    ['Ohnmar Kyaw', 'Onmar Kyaw'],
    ['Sreypov Chan', 'Sreypeou Chan'],
    ['Prayut Chan-o-cha', 'Prayut Chanocha'],
    ['ประยุทธ์ จันทร์โอชา', 'Prayut Chan-o-cha'],
    ['Ma Ying-jeou', 'Ma Yingjeou'],
  ])('%s meets %s', (a, b) => {
    expect(nameKey(a)).toBe(nameKey(b));
  });

  it.each([
    ['Somchai Jaidee', 'Somsak Jaidee'],
    ['Aung San Suu Kyi', 'Aung San'],
    ['Nguyen Van Nam', 'Nguyen Van Minh'],
    ['Zhang Wei', 'Wang Wei'],
    ['Nguyen Van Thanh', 'Nguyen Van Tan'],
    ['Tran Thi Anh', 'Tran Thi An'],
    ['Dao Van Minh', 'Do Van Minh'],
  ])('keeps %s apart from %s', (a, b) => {
    expect(nameKey(a)).not.toBe(nameKey(b));
  });

  it('drops titles before a name, never the whole name', () => {
    expect(nameKey('U Thant')).toBe(nameKey('Thant'));
    expect(nameKey('Daw Aung San Suu Kyi')).toBe(nameKey('Aung San Suu Kyi'));
    expect(nameKey('Mr. Somchai Jaidee')).toBe(nameKey('Somchai Jaidee'));
    expect(nameKey('Nang Sao Malee Sukjai')).toBe(nameKey('Malee Sukjai'));
    expect(nameKey('Bà Nguyễn Thị Lan')).toBe(nameKey('Nguyen Thi Lan'));
    expect(nameKey('Lok Srey Sok Chea')).toBe(nameKey('Sok Chea'));
    expect(nameKey('Daw')).toBe('do');
    expect(dropTitles(['maung', 'maung'])).toEqual(['maung', 'maung']);
    expect(dropTitles(['ma', 'hnin', 'wai'])).toEqual(['hnin', 'wai']);
    expect(dropTitles(['anh', 'thi', 'tran'])).toEqual(['anh', 'thi', 'tran']);
    expect(dropTitles(['ba', 'maw'])).toEqual(['ba', 'maw']);
    expect(nameKey('Ong Teck Seng')).not.toBe(nameKey('Teck Seng'));
    expect(nameKey('Trần Công hKoa')).toBe(nameKey('Tran Cong hkoa'));
  });

  it('gives the parts in written order, each keyed alone', () => {
    expect(namePartKeys('Nguyễn Văn Quốc')).toEqual(['nguyen', 'van', 'quoc'].map((p) => phoneticPart(p)));
    expect(namePartKeys('Somchay Prommah')).toEqual(['somce', 'proma']);
    expect(nameKey('Somchay Prommah')).toBe('proma somce');
  });

  it('reduces plates and numbers to letters and digits', () => {
    expect(plainKey('PP 2A-1234')).toBe('PP2A1234');
  });
});

describe('Chinese names in pinyin', () => {
  it.each([
    ['张伟', 'Zhang Wei'],
    ['張偉', 'Zhang Wei'],
    ['王小明', 'Wang Xiaoming'],
    ['欧阳娜娜', 'Ouyang Nana'],
    ['歐陽娜娜', 'Ouyang Nana'],
    ['司马懿', 'Sima Yi'],
    ['诸葛亮', 'Zhuge Liang'],
    ['毛泽东', 'Mao Zedong'],
    ['曾国藩', 'Zeng Guofan'],
    ['单雄信', 'Shan Xiongxin'],
    ['單田芳', 'Shan Tianfang'],
    ['吕布', 'Lu Bu'],
    ['李', 'Li'],
  ])('%s is %s', (native, latin) => {
    expect(romaniseChinese(native)).toBe(latin);
  });
});

describe('Vietnamese', () => {
  it('folds tone and vowel marks and đ', () => {
    expect(foldVietnamese('Nguyễn Đức Quốc')).toBe('Nguyen Duc Quoc');
    expect(foldVietnamese('ĐẶNG THỊ HẠNH')).toBe('DANG THI HANH');
    expect(foldVietnamese('สมชาย')).toBe('สมชาย');
    expect(looksVietnamese('Trần')).toBe(true);
    expect(looksVietnamese('Tran')).toBe(false);
    expect(nameKey('Quoc')).toBe(nameKey('Quốc'));
  });
});
