import { describe, expect, it } from 'vitest';
import { unicodeToZawgyi } from '../intel/names/zawgyi.ts';
import { line, text } from './text.ts';

describe('text fields', () => {
  it('convert Burmese typed in Zawgyi to Unicode on the way in, and leave other text as given', () => {
    const unicode = 'အောင်ကျော်မိုး';
    const zawgyi = unicodeToZawgyi(unicode);
    expect(zawgyi).not.toBe(unicode);
    expect(line(100).parse(zawgyi)).toBe(unicode);
    expect(text(100).parse(`Seen with ${zawgyi}`)).toBe(`Seen with ${unicode}`);
    for (const s of [unicode, 'สมชาย พรหมมา', 'Nguyễn Văn Nam', ' spaced '])
      expect(text(100, { empty: true }).parse(s)).toBe(s);
  });

  it('still refuses control characters and blank text', () => {
    expect(line(10).safeParse('a\u0000b').success).toBe(false);
    expect(line(10).safeParse('   ').success).toBe(false);
  });
});
