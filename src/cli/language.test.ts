import { afterEach, describe, expect, it } from 'vitest';
import {
  chooseLanguage,
  environmentLanguage,
  fallbackLanguage,
  formatMoment,
  formatNumber,
  LanguageError,
  languageOf,
  say,
  setCliLanguage,
} from './language.ts';

afterEach(() => setCliLanguage('en'));

describe('the language of the command line', () => {
  it('reads a code or a locale', () => {
    expect(languageOf('th')).toBe('th');
    expect(languageOf('th_TH.UTF-8')).toBe('th');
    expect(languageOf('zh_CN')).toBe('zh');
    expect(languageOf('zh-Hans')).toBe('zh');
    expect(languageOf('my_MM.UTF-8@calendar=gregorian')).toBe('my');
    expect(languageOf('KM-kh')).toBe('km');
    expect(languageOf('C.UTF-8')).toBeUndefined();
    expect(languageOf('POSIX')).toBeUndefined();
    expect(languageOf('fr_FR.UTF-8')).toBeUndefined();
  });

  it('takes --lang first, in either form, wherever it stands before --', () => {
    const env = { LANTERN_LANG: 'vi', LANG: 'th_TH.UTF-8' };
    expect(chooseLanguage(['--lang', 'my', 'audit', 'verify'], env)).toBe('my');
    expect(chooseLanguage(['audit', 'verify', '--lang=km'], env)).toBe('km');
    expect(chooseLanguage(['network', 'analyse', '--', '--lang', 'lo'], env)).toBe('vi');
    expect(() => chooseLanguage(['--lang', 'fr'], env)).toThrow(LanguageError);
    expect(() => chooseLanguage(['--lang'], env)).toThrow(LanguageError);
  });

  it('else LANTERN_LANG, else the first locale variable set (LC_ALL, LC_MESSAGES, LANG), else English', () => {
    expect(environmentLanguage({ LANTERN_LANG: 'lo', LC_ALL: 'th_TH.UTF-8' })).toBe('lo');
    expect(environmentLanguage({ LC_ALL: 'th_TH.UTF-8', LC_MESSAGES: 'vi_VN', LANG: 'km_KH' })).toBe('th');
    expect(environmentLanguage({ LC_MESSAGES: 'vi_VN.UTF-8', LANG: 'km_KH' })).toBe('vi');
    expect(environmentLanguage({ LANG: 'zh_CN.UTF-8' })).toBe('zh');
    expect(environmentLanguage({ LANTERN_LANG: '', LC_ALL: '', LANG: 'my_MM' })).toBe('my');
    // The C locale set first is English, as the C library reads it, even when LANG names a language.
    expect(environmentLanguage({ LC_ALL: 'C', LANG: 'th_TH.UTF-8' })).toBe('en');
    expect(environmentLanguage({ LANG: 'de_DE.UTF-8' })).toBe('en');
    expect(environmentLanguage({})).toBe('en');
    expect(() => environmentLanguage({ LANTERN_LANG: 'klingon' })).toThrow(LanguageError);
    // A refusal is said in the locale's language.
    expect(fallbackLanguage({ LANTERN_LANG: 'klingon', LANG: 'th_TH.UTF-8' })).toBe('th');
  });

  it('writes numbers and moments the language’s way, and English as it always has', () => {
    expect(say('{n} rows, job {job}', { n: 150000, job: '42' })).toBe('150000 rows, job 42');
    setCliLanguage('th');
    expect(formatNumber(150000)).toBe('150,000');
    expect(formatMoment('2026-12-04T13:00:00Z')).toMatch(/2569/);
    setCliLanguage('my');
    expect(say('{n}', { n: 1234 })).toBe('၁,၂၃၄');
    setCliLanguage('vi');
    expect(formatNumber(1234.5)).toBe('1.234,5');
    setCliLanguage('en');
    expect(formatMoment('2026-12-04T13:00:00Z')).toBe('2026-12-04T13:00:00Z');
  });
});
