import type { TFunction } from 'i18next';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { isLanguage, type Language } from '../i18n/languages.ts';

/**
 * The screening catalogue's words in `lang`, whatever language the screens are in (the person's, beside the
 * officer's); null while its catalogue loads.
 */
export function useLanguageT(lang: Language): TFunction<'screening'> | null {
  const { i18n } = useTranslation('screening');
  const [loaded, setLoaded] = useState<readonly string[]>([]);
  useEffect(() => {
    let live = true;
    const done = () => {
      if (live) setLoaded((l) => (l.includes(lang) ? l : [...l, lang]));
    };
    // A catalogue that fails to load leaves English, the fallback, in its place.
    i18n.loadLanguages(lang).then(done, done);
    return () => {
      live = false;
    };
  }, [i18n, lang]);
  if (!loaded.includes(lang) && !i18n.hasLoadedNamespace('screening', { lng: lang })) return null;
  return i18n.getFixedT(lang, 'screening');
}

/** The language the screens are in now. */
export function useOfficerLanguage(): Language {
  const { i18n } = useTranslation('screening');
  const l = i18n.resolvedLanguage ?? i18n.language;
  return isLanguage(l) ? l : 'en';
}
