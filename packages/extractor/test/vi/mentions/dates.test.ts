import { describe, expect, it } from '@jest/globals';
import { tokenize } from '../../../src/text/tokens.js';
import { findDates } from '../../../src/lang/vi/mentions/dates.js';

const dates = (s: string, published: string | null = null) => findDates(tokenize(s), published).map((d) => (d.since ? `since ${d.iso}` : d.iso));

describe('findDates', () => {
  it.each([
    ['Ngày 12/7, hai bên gặp nhau.', null, ['--07-12']],
    ['Nga và NATO hôm qua (4/7) thừa nhận', null, ['--07-04']],
    ['hôm qua họ gặp nhau', '2023-08-16', ['2023-08-15']],
    ['vào tháng 5/2012 tại Chicago', null, ['2012-05']],
    ['hồi tháng 11 năm ngoái', '2011-07-05', ['2010-11']],
    ['ngày 8/12/2011 tại Brúcxen', null, ['2011-12-08']],
    ['kể từ tháng 3/2023', null, ['since 2023-03']],
    // a fraction or a score is not a date without a day word
    ['tỷ số 2/1 và 3/4 dân số', null, []],
  ])('%s', (s, published, expected) => expect(dates(s, published)).toEqual(expected));
});
