import type { LocaleData } from './cldr-format.ts';

// Khmer, Lao and Burmese locale data of the app's own (web/src/i18n/cldr/, from CLDR), loaded with the language
// when the browser's Intl has none for it (Chromium's ICU carries no Khmer, Lao or Burmese and would write their
// dates, lists and country names in US English).
const loaders = import.meta.glob<{ default: LocaleData }>('./cldr/*.json');
const loaded = new Map<string, LocaleData>();

/** Loads the app's own data for `lang` if this browser's Intl lacks the language; a no-op otherwise. */
export async function loadLocaleData(lang: string): Promise<void> {
  if (loaded.has(lang) || Intl.DateTimeFormat.supportedLocalesOf([lang]).length > 0) return;
  const load = loaders[`./cldr/${lang}.json`];
  if (load) loaded.set(lang, (await load()).default);
}

/** The app's own data for `lang` when the browser lacks it, else null (the browser's Intl is used). */
export const localeDataFor = (lang: string): LocaleData | null => loaded.get(lang) ?? null;
