/** The app's one i18next instance: English bundled as the fallback, the other six loaded when chosen. */
import i18next, { type BackendModule, type ReadCallback } from 'i18next';
import { initReactI18next } from 'react-i18next';
import { isLanguage, type Language, localeOf, NAMESPACES, pickLanguage } from './languages.ts';
import { loadLocaleData } from './locale-data.ts';

const english = import.meta.glob<{ default: Record<string, unknown> }>('./locales/en/*.json', {
  eager: true,
});
const others = import.meta.glob<{ default: Record<string, unknown> }>([
  './locales/*/*.json',
  '!./locales/en/*.json',
]);

const STORAGE_KEY = 'lantern.language';

/** Reads a catalogue from the build: English is already here, the others come as their own chunks. */
const backend: BackendModule = {
  type: 'backend',
  init() {},
  read(language: string, namespace: string, callback: ReadCallback) {
    const path = `./locales/${language}/${namespace}.json`;
    const bundled = english[path];
    if (bundled) return callback(null, bundled.default as never);
    const load = others[path];
    if (!load) return callback(new Error(`No catalogue ${language}/${namespace}.`), false);
    load().then(
      (m) => callback(null, m.default as never),
      (e: unknown) => callback(e instanceof Error ? e : new Error(String(e)), false),
    );
  },
};

/** The language chosen before (kept in this browser), else the browser's own, else English. */
export function initialLanguage(): Language {
  let stored: string | null = null;
  try {
    stored = localStorage.getItem(STORAGE_KEY);
  } catch {
    // Storage may be off (private mode): fall back to the browser's languages.
  }
  return isLanguage(stored) ? stored : pickLanguage(navigator.languages ?? [navigator.language]);
}

function mark(lang: Language): void {
  document.documentElement.lang = lang;
}

/** Starts i18next with every namespace of the language loaded, so the first render is complete. */
export async function startI18n(lang: Language = initialLanguage()): Promise<void> {
  await loadLocaleData(lang);
  await i18next
    .use(backend)
    .use(initReactI18next)
    .init({
      lng: lang,
      fallbackLng: 'en',
      supportedLngs: ['en', 'th', 'km', 'lo', 'my', 'vi', 'zh'],
      ns: [...NAMESPACES],
      defaultNS: 'common',
      interpolation: { escapeValue: false },
      returnNull: false,
      react: { useSuspense: false },
    });
  mark(lang);
}

/** Switches every screen to `lang` and remembers the choice in this browser. */
export async function setLanguage(lang: Language): Promise<void> {
  await loadLocaleData(lang);
  await i18next.changeLanguage(lang);
  mark(lang);
  try {
    localStorage.setItem(STORAGE_KEY, lang);
  } catch {
    // Not remembered, but the switch still holds for this page.
  }
}

export function currentLanguage(): Language {
  const l = i18next.resolvedLanguage ?? i18next.language;
  return isLanguage(l) ? l : 'en';
}

/** The Intl locale for the current language (dates, numbers, plurals). English follows the browser's own English
 * (en-US, en-AU...) when it has one, else British English. */
export function currentLocale(): string {
  const lang = currentLanguage();
  if (lang === 'en') {
    const own = (navigator.languages ?? [navigator.language]).find((l) => /^en(-|$)/i.test(l));
    if (own) return own;
  }
  return localeOf(lang);
}

export { i18next };
