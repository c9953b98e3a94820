import { BURMESE } from './burmese.ts';
import { CHINESE } from './chinese.ts';
import { KHMER } from './khmer.ts';
import { LAO } from './lao.ts';
import { THAI } from './thai.ts';
import type { NameModel, Nationality } from './types.ts';
import { VIETNAMESE } from './vietnamese.ts';

export const MODELS: Readonly<Record<Nationality, NameModel>> = {
  TH: THAI,
  KH: KHMER,
  LA: LAO,
  MM: BURMESE,
  VN: VIETNAMESE,
  CN: CHINESE,
};
