import { describe, expect, it } from '@jest/globals';
import { toPartialIso } from '../../src/relations/dates.js';

describe('toPartialIso', () => {
  it.each([
    [{ day: 13, month: 7 }, null, '--07-13'],
    [{ day: 13, month: 7 }, '2011-07-14', '2011-07-13'],
    [{ day: 28, month: 12 }, '2024-01-05', '2023-12-28'], // year before a January article
    [{ month: 5, year: 2012 }, null, '2012-05'],
    [{ year: 2026 }, null, '2026'],
    [{ relativeDays: -1 }, '2011-07-05', '2011-07-04'],
    [{ relativeDays: -1 }, '2024-03-01', '2024-02-29'],
    [{ relativeDays: -1 }, null, undefined], // "hôm qua" without a publication date
    [{ day: 31, month: 2 }, null, undefined],
    [{ day: 29, month: 2 }, null, '--02-29'],
    [{ day: 29, month: 2, year: 2023 }, null, undefined],
    [{ month: 11, relativeYears: -1 }, '2011-07-05', '2010-11'],
  ])('%j (published %s) → %s', (parts, published, expected) => expect(toPartialIso(parts, published)).toBe(expected));
});
