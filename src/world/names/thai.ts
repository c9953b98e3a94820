import type { Rng } from '../rng.ts';
import { distinct, draw, makeTable, parseEntries, variantIndex } from './tables.ts';
import type { NameModel, PersonName, Sex } from './types.ts';

// Thai: given name + family name. The standard Latin form is the spelling most often seen on passports and
// records; the RTGS romanisation and other common spellings are variants. Lists: native|Latin|variants…

const MALE = parseEntries([
  'สมชาย|Somchai|Somchay',
  'สมศักดิ์|Somsak|Somsuk|Somsack',
  'สมพงษ์|Sompong|Somphong',
  'สมบัติ|Sombat|Sombut|Sombath',
  'ประเสริฐ|Prasert|Prasoet|Prasird',
  'ประยุทธ์|Prayut|Prayuth|Prayudh',
  'วิชัย|Wichai|Vichai|Wichay',
  'สุรชัย|Surachai|Surachay|Soorachai',
  'ชัยวัฒน์|Chaiwat|Chaiwath|Chaiyawat',
  'ธนากร|Thanakorn|Thanakon|Tanakorn',
  'อนุชา|Anucha|Anuchar',
  'กิตติพงษ์|Kittipong|Kittiphong',
  'ณัฐพล|Nattapon|Natthaphon|Nuttapol|Nattaphon',
  'ธีรวัฒน์|Teerawat|Thirawat|Theerawat',
  'อภิชาติ|Apichart|Aphichat|Apichat',
  'วีระ|Weera|Wira|Veera',
  'สุริยา|Suriya|Sooriya',
  'เกียรติศักดิ์|Kiattisak|Kiatisak',
  'พงศกร|Pongsakorn|Phongsakon|Pongsakon',
  'ศักดิ์ชัย|Sakchai|Sakchay|Sukchai',
  'บุญมี|Boonmee|Bunmi|Boonmi',
  'บุญเลิศ|Boonlert|Bunloet|Boonlerd',
  'สมหมาย|Sommai|Sommay',
  'ไพโรจน์|Pairoj|Phairot|Pairote',
  'สุเทพ|Suthep|Sutep|Soothep',
  'วิรัตน์|Wirat|Virat|Wirath',
  'อำนาจ|Amnat|Amnart|Umnat',
  'ชาญชัย|Chanchai|Charnchai',
  'ธนวัฒน์|Thanawat|Tanawat',
  'ปิยะ|Piya|Piyah',
  'สุนทร|Sunthorn|Sunthon|Soonthorn',
  'ประสิทธิ์|Prasit|Prasith|Prasitt',
  'มานพ|Manop|Manob',
  'สมคิด|Somkid|Somkhit|Somkit',
  'เอกชัย|Ekachai|Ekkachai|Aekachai',
  'จักรพันธ์|Jakkapan|Chakkraphan|Chakrapan',
  'วุฒิชัย|Wuttichai|Wutthichai|Vuttichai',
  'สุชาติ|Suchart|Suchat',
  'นพดล|Noppadol|Nopphadon|Noppadon',
  'อดิศักดิ์|Adisak|Adisuk',
  'ชาตรี|Chatree|Chatri|Chartree',
  'บุญชู|Boonchu|Bunchu|Boonchoo',
  'เสถียร|Sathien|Sathian|Satian',
  'สุรศักดิ์|Surasak|Soorasak',
  'อรรถพล|Attapon|Atthaphon|Attaphol',
  'ธวัชชัย|Thawatchai|Tawatchai',
]);

const FEMALE = parseEntries([
  'สมหญิง|Somying|Som-ying',
  'มาลี|Malee|Mali|Maree',
  'สุดา|Suda|Sudar|Sooda',
  'วันเพ็ญ|Wanpen|Wanphen|Vanpen',
  'ประภา|Prapa|Prapha|Prapar',
  'กาญจนา|Kanjana|Kanchana|Karnjana',
  'สุภาพร|Supaporn|Suphaphon|Suphaporn',
  'พรทิพย์|Porntip|Phonthip|Pornthip',
  'นงลักษณ์|Nongluck|Nonglak|Nongluk',
  'อรุณี|Arunee|Aruni',
  'จันทร์เพ็ญ|Janpen|Chanphen|Chanpen',
  'รัตนา|Rattana|Ratana',
  'สุนิสา|Sunisa|Soonisa|Sunissa',
  'ศิริพร|Siriporn|Siriphon',
  'เพ็ญศรี|Pensri|Phensi|Pensiri',
  'อัญชลี|Anchalee|Anchali|Unchalee',
  'ดวงใจ|Duangjai|Duangchai|Doungjai',
  'ปราณี|Pranee|Prani',
  'ลำดวน|Lamduan|Lumduan|Lamduen',
  'บุญเรือน|Boonruen|Bunruean|Boonruan',
  'สายสุนีย์|Saisunee|Saisuni',
  'วิไล|Wilai|Vilai|Wilay',
  'นิภา|Nipa|Nipha|Nipar',
  'อำไพ|Ampai|Amphai|Umpai',
  'จิราพร|Jiraporn|Chiraphon|Jirapon',
  'ปิยะนุช|Piyanuch|Piyanut|Piyanooch',
  'กัลยา|Kanlaya|Kalaya|Kunlaya',
  'สุกัญญา|Sukanya|Sukunya|Sookanya',
  'ณัฐธิดา|Natthida|Nattida|Nuttida',
  'ธิดารัตน์|Thidarat|Tidarat',
  'พิมพ์ชนก|Pimchanok|Phimchanok',
  'อรทัย|Orathai|Oratai|Orathay',
  'ศศิธร|Sasithorn|Sasithon|Sasitorn',
  'ชนิดา|Chanida|Chaneeda|Janida',
  'วรรณา|Wanna|Vanna|Wunna',
  'จินตนา|Jintana|Chintana',
  'ทองใบ|Thongbai|Tongbai|Thongbay',
  'ผ่องศรี|Pongsri|Phongsi|Phongsri',
  'นันทนา|Nantana|Nanthana|Nuntana',
  'เยาวลักษณ์|Yaowaluck|Yaowalak|Yaowaluk',
  'รุ่งนภา|Rungnapa|Rungnapha|Roongnapa',
  'บุษบา|Busaba|Butsaba|Bussaba',
  'ปวีณา|Paweena|Pawina|Paveena',
  'ขวัญใจ|Kwanjai|Khwanchai|Kwanchai',
]);

const FAMILY = parseEntries([
  'ใจดี|Jaidee|Chaidee|Chaidi|Jai-dee',
  'สุขสวัสดิ์|Suksawat|Sooksawat|Suksawad',
  'ศรีสุข|Srisuk|Srisook|Sisuk',
  'แก้วมณี|Kaewmanee|Kaeomani|Kaewmani',
  'บุญมา|Boonma|Bunma|Boonmar',
  'วงศ์สวัสดิ์|Wongsawat|Vongsawat|Wongsawad',
  'สมบูรณ์|Somboon|Sombun',
  'รัตนพันธ์|Rattanapan|Rattanaphan|Ratanapan',
  'ศรีวงศ์|Sriwong|Siwong|Sriwongse',
  'จันทร์แก้ว|Jankaew|Chankaeo|Chankaew',
  'พรหมมา|Promma|Phromma|Prommar',
  'บุญยืน|Boonyuen|Bunyuen|Boonyeun',
  'สายทอง|Saithong|Saitong|Saythong',
  'ทองคำ|Thongkham|Tongkam|Thongkam',
  'แสงทอง|Saengthong|Sangthong|Saengtong',
  'อินทร์แก้ว|Inkaew|Inkaeo|Inkeaw',
  'มั่นคง|Mankong|Mankhong|Munkong',
  'ศรีประเสริฐ|Sriprasert|Siprasoet|Sriprasoet',
  'พึ่งบุญ|Pungboon|Phuengbun|Puengboon',
  'ปัญญาดี|Panyadee|Panyadi|Punyadee',
  'เรืองศรี|Ruangsri|Rueangsi|Ruengsri',
  'สุวรรณ|Suwan|Suwann|Suvan',
  'ชัยมงคล|Chaimongkol|Chaimongkhon|Chaimongkon',
  'เพชรรัตน์|Petcharat|Phetcharat|Petcharath',
  'บุญประเสริฐ|Boonprasert|Bunprasoet|Boonprasird',
  'คงเจริญ|Kongcharoen|Khongcharoen|Kongcharern',
  'ศรีสวัสดิ์|Srisawat|Sisawat|Srisawad',
  'ทองสุข|Thongsuk|Tongsook|Thongsook',
  'มณีวงศ์|Maneewong|Maniwong|Maneevong',
  'แก้วประเสริฐ|Kaewprasert|Kaeoprasoet|Kaewprasoet',
  'ชัยประเสริฐ|Chaiprasert|Chaiprasoet|Chaiprasird',
  'สิทธิชัย|Sittichai|Sitthichai|Sitichai',
  'นาคสวัสดิ์|Naksawat|Naksawad|Narksawat',
  'อ่อนศรี|Onsri|Onsi|Ornsri',
  'จันทร์ดี|Jandee|Chandi|Chandee',
  'สุขประเสริฐ|Sukprasert|Sukprasoet|Sookprasert',
  'วงศ์ใหญ่|Wongyai|Vongyai|Wongyay',
  'แสงจันทร์|Saengchan|Sangchan|Saengjan',
  'ทองดี|Thongdee|Thongdi|Tongdee',
]);

/** Everyday nicknames (ชื่อเล่น), Latin only, as they are written in records; the first are the most common. */
const NICKS_M = makeTable([
  ...['Ton', 'Lek', 'Noi', 'Boy', 'Golf', 'Bank', 'Beer', 'Game', 'Big', 'Tum', 'Aek', 'Pong', 'Nut', 'Bird'],
  ...['Arm', 'Art', 'Oat', 'Pond', 'Tong', 'Ball', 'Film', 'New', 'Top', 'First', 'Kai', 'Kung', 'Man'],
]);
const NICKS_F = makeTable([
  ...['Nok', 'Ploy', 'Bee', 'Gift', 'Aom', 'Pui', 'Nid', 'Toy', 'Joy', 'Fon', 'Mai', 'Nam', 'Pla', 'Mint'],
  ...['Fern', 'Bow', 'Pim', 'Som', 'Jib', 'Noi', 'Lek', 'Nan', 'Pook', 'Fah', 'Kaew', 'Ning', 'Oil', 'Praew'],
]);

const MALE_T = makeTable(MALE);
const FEMALE_T = makeTable(FEMALE);
const FAMILY_T = makeTable(FAMILY);

function generate(rng: Rng, sex: Sex): PersonName {
  const g = draw(rng, sex === 'M' ? MALE_T : FEMALE_T);
  const f = draw(rng, FAMILY_T);
  const nickname = rng.chance(0.85) ? draw(rng, sex === 'M' ? NICKS_M : NICKS_F) : null;
  return {
    nationality: 'TH',
    sex,
    native: `${g.native} ${f.native}`,
    latin: `${g.latin} ${f.latin}`,
    given: g.latin,
    family: f.latin,
    nickname,
    familyFirst: false,
  };
}

export const THAI: NameModel = {
  generate,
  variants: variantIndex([MALE, FEMALE, FAMILY], [[/ph/g, 'p']]),
  stats: {
    given: distinct(MALE, FEMALE),
    family: distinct(FAMILY),
    givenM: MALE.length,
    givenF: FEMALE.length,
  },
};
