import type { ServerLanguage } from '../../platform/i18n/languages.ts';
import en, { type CliTexts } from './en.ts';
import km from './km.ts';
import lo from './lo.ts';
import my from './my.ts';
import th from './th.ts';
import vi from './vi.ts';
import zh from './zh.ts';

/** What the command line prints for a person, in each of the seven languages. */
export const CLI_TEXTS: Record<ServerLanguage, CliTexts> = { en, th, km, lo, my, vi, zh };

export type { CliTexts };
