import { describe, it, expect } from '@jest/globals';
import { rowEntries } from '../../src/gazetteer/entries.js';
import { parseTsv } from '../../src/text/tsv.js';

const rows = (body: string) => parseTsv(`id\tname\ttype\tacronym\twikidata\tseat_of\tvi\ten\tflags\n${body}\n`, 'test.tsv');

describe('rowEntries', () => {
  it('makes one entry per surface and language, plus the acronym in both languages', () => {
    const out = rowEntries(rows('abc\tAbc Org\t\tABC\tQ42\t\tTổ chức Abc|Khối Abc\tAbc Organization\t'), 'test.tsv', 'Organization');
    expect(out.map((e) => [e.surface, e.lang])).toEqual([
      ['Tổ chức Abc', 'vi'],
      ['Khối Abc', 'vi'],
      ['Abc Organization', 'en'],
      ['ABC', 'vi'],
      ['ABC', 'en'],
    ]);
    expect(out[0]).toMatchObject({ id: 'abc', name: 'Abc Org', type: 'Organization', wikidata: 'Q42', acronym: 'ABC' });
  });
  it('carries seat_of and the ambiguous flag', () => {
    const [e] = rowEntries(rows('cap\tCapital\t\t\t\truritania\tThủ Đô\t\tambiguous=1'), 'test.tsv', 'Location');
    expect(e).toMatchObject({ type: 'Location', seatOf: 'ruritania', ambiguous: true });
  });
  it.each([
    ['x\tX\tPlanet\t\t\t\tX\t\t', 'kg gazetteer: test.tsv:2: unknown type "Planet"'],
    ['x\tX\t\t\tP31\t\tX\t\t', 'kg gazetteer: test.tsv:2: bad wikidata "P31"'],
    ['\tX\t\t\t\t\tX\t\t', 'kg gazetteer: test.tsv:2: id and name are required'],
  ])('rejects a bad row with a message naming file and line: %j', (row, message) => {
    expect(() => rowEntries(rows(row), 'test.tsv', 'Organization')).toThrow(message);
  });
});
