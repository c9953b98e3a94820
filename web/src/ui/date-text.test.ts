import { describe, expect, it } from 'vitest';
import { dateStyle, fromDateText, toDateText } from './date-text.ts';

const thai = dateStyle('th-TH', true);
const british = dateStyle('en-GB', false);
const american = dateStyle('en-US', false);
const chinese = dateStyle('zh-CN', false);
const burmese = dateStyle('my-MM', false);

describe('days as each locale writes them', () => {
  it('takes the order and the mark between parts from the locale', () => {
    expect(british).toEqual({ order: ['day', 'month', 'year'], sep: '/', buddhist: false });
    expect(american.order).toEqual(['month', 'day', 'year']);
    expect(chinese.order).toEqual(['year', 'month', 'day']);
    expect(toDateText('2026-12-04', false, british)).toBe('04/12/2026');
    expect(toDateText('2026-12-04', false, american)).toBe('12/04/2026');
    expect(toDateText('2026-12-04T09:30', true, chinese)).toBe('2026/12/04 09:30');
    expect(toDateText('', false, british)).toBe('');
  });

  it('shows and reads Thai days with the year in the Buddhist Era', () => {
    expect(toDateText('2026-12-04', false, thai)).toBe('04/12/2569');
    expect(toDateText('2026-12-04T09:30:15', true, thai)).toBe('04/12/2569 09:30');
    expect(fromDateText('4/12/2569', false, thai)).toBe('2026-12-04');
    expect(fromDateText(' 04.12.2569 ', false, thai)).toBe('2026-12-04');
    expect(fromDateText('04/12/2569 9:05', true, thai)).toBe('2026-12-04T09:05');
    // A Gregorian ISO day is not a Thai date: 2026 would be 1483 CE.
    expect(fromDateText('2026-12-04', false, thai)).toBeNull();
  });

  it('reads what people type in their locale order, in their digits and marks, and ISO days', () => {
    expect(fromDateText('12/4/2026', false, american)).toBe('2026-12-04');
    expect(fromDateText('4/12/2026', false, british)).toBe('2026-12-04');
    expect(fromDateText('2026年12月4日', false, chinese)).toBe('2026-12-04');
    expect(fromDateText('၄/၁၂/၂၀၂၆', false, burmese)).toBe('2026-12-04');
    expect(fromDateText('๔/๑๒/๒๕๖๙', false, thai)).toBe('2026-12-04');
    expect(fromDateText('2026-12-04', false, british)).toBe('2026-12-04');
    expect(fromDateText('2026-12-04T09:30', true, british)).toBe('2026-12-04T09:30');
  });

  it('refuses days that do not exist and malformed text', () => {
    expect(fromDateText('29/02/2569', false, thai)).toBeNull(); // 2026 is not a leap year
    expect(fromDateText('29/02/2567', false, thai)).toBe('2024-02-29');
    expect(fromDateText('31/04/2026', false, british)).toBeNull();
    expect(fromDateText('04/13/2026', false, british)).toBeNull();
    expect(fromDateText('04/12/26', false, british)).toBeNull();
    expect(fromDateText('04/12/2026 24:00', true, british)).toBeNull();
    expect(fromDateText('04/12/2026', true, british)).toBeNull();
    expect(fromDateText('next friday 4/12/2026', false, british)).toBeNull();
  });

  it('round-trips every day of a year in every style', () => {
    for (const style of [thai, british, american, chinese, burmese])
      for (
        let d = new Date(Date.UTC(2024, 0, 1));
        d.getUTCFullYear() === 2024;
        d.setUTCDate(d.getUTCDate() + 1)
      ) {
        const iso = d.toISOString().slice(0, 10);
        expect(fromDateText(toDateText(iso, false, style), false, style)).toBe(iso);
      }
  });
});
