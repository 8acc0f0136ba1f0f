import { describe, it, expect } from '@jest/globals';
import { dateDomain, dateInterval, dayNumber, isoDay, overlapsRange } from '../src/core/timeline/dates.js';

describe('dateInterval', () => {
  it.each([
    ['2011-07-13', ['2011-07-13', '2011-07-13']],
    ['2011-07', ['2011-07-01', '2011-07-31']],
    ['2012-02', ['2012-02-01', '2012-02-29']],
    ['2011', ['2011-01-01', '2011-12-31']],
    ['--07-13', null],
    ['soon', null],
  ])('%s', (d, iv) => expect(dateInterval(d)).toEqual(iv));
});

describe('overlapsRange', () => {
  it.each([
    [['2011-07-13'], '2011-07-01', '2011-07-31', true],
    [['2011-07-13'], '2011-08-01', undefined, false],
    [['2011-07'], '2011-07-31', '2011-08-05', true],
    [['2010', '2011-07-13'], '2011-07-13', '2011-07-13', true],
    [['--07-13'], '2011-01-01', '2011-12-31', false],
  ])('%j in [%s, %s] → %s', (dates, from, to, out) => expect(overlapsRange(dates as string[], from as string, to as string | undefined)).toBe(out));
});

describe('dateDomain and day numbers', () => {
  it('spans the earliest to the latest day', () => expect(dateDomain(['2011-07', '--01-01', '2010-12-31'])).toEqual(['2010-12-31', '2011-07-31']));
  it('is null without any year', () => expect(dateDomain(['--01-01'])).toBeNull());
  it('round-trips days', () => expect(isoDay(dayNumber('2011-07-13'))).toBe('2011-07-13'));
});
