import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { catalogueProblems } from './catalogue-check.ts';
import { requestLanguage } from './languages.ts';
import { messageSources, templateOf } from './message-sources.ts';
import { readCatalogue, TRANSLATED_LANGUAGES, translateError } from './translate-error.ts';

const sources = messageSources(join(import.meta.dirname, '..', '..'));

describe("the server's messages in seven languages", () => {
  it('finds the messages written in the source, with numbered places', () => {
    expect(sources.length).toBeGreaterThan(300);
    expect(templateOf(undefined, 'The operation is ${op.status}; ${x({ a: 1 })} left')).toBe(
      'The operation is {{0}}; {{1}} left',
    );
    expect(sources.map((s) => s.template)).toContain('The request is not valid: {{0}}');
  });

  for (const lang of TRANSLATED_LANGUAGES)
    it(`has every message in ${lang}, with its places, and nothing left over`, () => {
      expect(catalogueProblems(lang, sources)).toEqual([]);
    });

  it('answers in the language asked for, by weight, else English', () => {
    expect(requestLanguage('th')).toBe('th');
    expect(requestLanguage('fr-FR, km;q=0.8, en;q=0.9')).toBe('en');
    expect(requestLanguage('fr, zh-Hans-CN;q=0.5')).toBe('zh');
    expect(requestLanguage(undefined)).toBe('en');
    expect(requestLanguage('my;q=0, lo')).toBe('lo');
  });

  it('translates a code’s default message, and a templated one with its values in place', () => {
    expect(translateError('th', 'forbidden', 'You do not have permission to do this.')).toBe('คุณไม่มีสิทธิ์ทำสิ่งนี้');
    expect(translateError('en', 'forbidden', 'You do not have permission to do this.')).toBe(
      'You do not have permission to do this.',
    );
    expect(translateError('vi', 'conflict', 'A message no catalogue holds.')).toBe(
      'A message no catalogue holds.',
    );
  });
});
