/**
 * Who the participants of a Vietnamese clause are: subjects carried over a comma or semicolon,
 * coordinated arguments (with appositives and styles before names), visits to places vs calls on
 * persons. Sentences written for these tests; each table row lists every relation expected.
 */
import { describe, expect, it } from '@jest/globals';
import { hasRelation, lines, run } from './helpers.js';

type Row = [sentence: string, expected: string[]];

function expectExactly([sentence, expected]: Row): void {
  const x = run(sentence);
  const got = lines(x);
  for (const e of expected) expect({ sentence, got, has: hasRelation(x, e) }).toEqual({ sentence, got, has: true });
  expect(got).toHaveLength(expected.length);
}

describe('vi clauses: calling on a person is a meeting, not a visit', () => {
  const rows: Row[] = [
    ['Thủ tướng Nhật Bản Fumio Kishida đã đến thăm Tổng thống Pháp Emmanuel Macron.', ['Fumio Kishida MEET Emmanuel Macron']],
    ['Thủ tướng Nhật Bản Fumio Kishida đã thăm Pháp.', ['Fumio Kishida VISIT France']],
  ];
  it.each(rows)('%s', (sentence, expected) => expectExactly([sentence, expected]));
});

describe('vi clauses: a predicate after a comma or semicolon keeps the subject', () => {
  const rows: Row[] = [
    ['Thủ tướng Nhật Bản Fumio Kishida đã hội kiến với Tổng thống Pháp Emmanuel Macron, thăm Thủ tướng Anh Rishi Sunak; có cuộc hội đàm với Thủ tướng Đức Olaf Scholz.',
      ['Fumio Kishida MEET Emmanuel Macron', 'Fumio Kishida MEET Rishi Sunak', 'Fumio Kishida MEET Olaf Scholz']],
    // a new subject after the semicolon takes over
    ['Nga ủng hộ Iran; Mỹ có cuộc hội đàm với Israel.', ['Russia SUPPORT Iran', 'United States MEET Israel']],
  ];
  it.each(rows)('%s', (sentence, expected) => expectExactly([sentence, expected]));
});

describe('vi clauses: lists with appositives and styles before the names', () => {
  const rows: Row[] = [
    ['Tổng thống Pháp Emmanuel Macron có các cuộc hội kiến với Olaf Scholz, Thủ tướng Đức; Rishi Sunak, Thủ tướng Anh và Giorgia Meloni, Thủ tướng Italy.',
      ['Emmanuel Macron MEET Olaf Scholz', 'Emmanuel Macron MEET Rishi Sunak', 'Emmanuel Macron MEET Giorgia Meloni']],
    // courtly styles the name matcher does not know, written before a name, belong to it
    ['Tổng thống Pháp Emmanuel Macron đã hội kiến với Yang Amat Berhormat Anwar Ibrahim.', ['Emmanuel Macron MEET Anwar Ibrahim']],
    ['Tổng thống Pháp Emmanuel Macron có các cuộc hội kiến với Olaf Scholz, Thủ tướng Đức; Yang Amat Berhormat Anwar Ibrahim, Thủ tướng Malaysia và Giorgia Meloni, Thủ tướng Italy.',
      ['Emmanuel Macron MEET Olaf Scholz', 'Emmanuel Macron MEET Anwar Ibrahim', 'Emmanuel Macron MEET Giorgia Meloni']],
    // a semicolon between plain names ends the list: "Anh" begins another clause
    ['Pháp ủng hộ Ukraine; Anh chỉ trích Nga.', ['France SUPPORT Ukraine', 'United Kingdom CRITICIZE Russia']],
  ];
  it.each(rows)('%s', (sentence, expected) => expectExactly([sentence, expected]));
});
