import { describe, expect, it } from '@jest/globals';
import { MONTH_PATTERN, WEEKDAY_PATTERN, monthByAbbreviation, monthByName, monthNumber, relativeDays, weekdayByName } from '../../src/text/english-calendar.js';

describe('English calendar words', () => {
  it.each([
    ['March', 3],
    ['SEPT', 9],
    ['sep', 9],
    ['May', 5],
    ['dec', 12],
    ['Mayor', 0],
    ['marc', 0],
  ])('monthNumber(%s) = %d', (w, n) => expect(monthNumber(w)).toBe(n));
  it('keeps names and abbreviations apart for callers that trust only capitalised abbreviations', () => {
    expect([monthByName('june'), monthByName('jun'), monthByAbbreviation('jun'), monthByAbbreviation('june')]).toEqual([6, 0, 6, 0]);
  });
  it('numbers weekdays from Sunday, as Date.getUTCDay', () => {
    expect([weekdayByName('sunday'), weekdayByName('saturday'), weekdayByName('sun')]).toEqual([0, 6, -1]);
  });
  it('reads the relative day words', () => expect([relativeDays('yesterday'), relativeDays('today'), relativeDays('tomorrow')]).toEqual([-1, 0, undefined]));
  it('matches every whole name and abbreviation with the patterns, and nothing longer', () => {
    const month = new RegExp(`^(?:${MONTH_PATTERN})$`, 'i');
    const weekday = new RegExp(`^(?:${WEEKDAY_PATTERN})$`, 'i');
    expect(['january', 'Sept', 'september', 'jun', 'June', 'may'].every((w) => month.test(w))).toBe(true);
    expect(['junes', 'septem', 'ma'].some((w) => month.test(w))).toBe(false);
    expect(['Mon', 'monday', 'thu', 'Thursday'].every((w) => weekday.test(w))).toBe(true);
    // Longest first: in running text the whole word is taken, not its abbreviation.
    expect(new RegExp(`(?:${MONTH_PATTERN})`, 'i').exec('September 3')?.[0]).toBe('September');
  });
});
