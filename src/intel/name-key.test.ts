import { describe, expect, it } from 'vitest';
import { nameKey, plainKey } from './name-key.ts';

describe('name keys', () => {
  it.each([
    ['Somchai Jaidee', 'Somchay Chaidee'],
    ['Nguyễn Thị Lan', 'Lan Thi Nguyen'],
    ['Phommavong Somphone', 'Somphon Pommavong'],
    ['Thida', 'Thidar'],
    ['Aung Kyaw', 'aung  kyaw'],
    ['王伟', 'Wang Wei'],
  ])('%s meets %s', (a, b) => {
    expect(nameKey(a)).toBe(nameKey(b));
  });
  it('keeps different names apart', () => {
    expect(nameKey('Somchai Jaidee')).not.toBe(nameKey('Somsak Jaidee'));
  });
  it('reduces plates and numbers to letters and digits', () => {
    expect(plainKey('PP 2A-1234')).toBe('PP2A1234');
  });
});
