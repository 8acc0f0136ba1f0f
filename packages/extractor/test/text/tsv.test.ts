import { describe, it, expect } from '@jest/globals';
import { parseTsv, listCell, flagsCell } from '../../src/text/tsv.js';

describe('parseTsv', () => {
  it('skips the provenance header and blank lines, reads columns by name', () => {
    const rows = parseTsv('# source: hand-written\n\nid\tname\nx\tEx\ny\tWhy\n', 'f.tsv');
    expect(rows.map((r) => [r.line, r.get('id'), r.get('name')])).toEqual([
      [4, 'x', 'Ex'],
      [5, 'y', 'Why'],
    ]);
  });
  it('gives the cells of a row by position too', () => {
    expect(parseTsv('# provenance\nphrase\tkind\nhội nghị\tsummit\n', 'f.tsv').map((r) => r.cells)).toEqual([['hội nghị', 'summit']]);
  });
  it('names the file and line of a row missing a required cell', () => {
    expect(() => parseTsv('a\tb\n# note\nx\t \n', 'f.tsv', 2)).toThrow('kg data: f.tsv:3: expected 2 tab-separated columns');
  });
  it('reads missing trailing cells as empty', () => {
    expect(parseTsv('a\tb\n1\n', 'f.tsv')[0].get('b')).toBe('');
  });
  it('names the file and line of a row with too many columns', () => {
    expect(() => parseTsv('a\tb\n1\t2\t3\n', 'places.tsv')).toThrow('kg data: places.tsv:2: 3 columns, header has 2');
  });
  it('names the file of an unknown column', () => {
    expect(() => parseTsv('a\n1\n', 'x.tsv')[0].get('zz')).toThrow('kg data: x.tsv: no column "zz"');
  });
  it('normalises cells to NFC (decomposed input matches composed data)', () => {
    const decomposed = 'Nga'.normalize('NFD') + '\u0301'; // an odd but valid NFD sequence
    expect(parseTsv(`a\n${decomposed}\n`, 'f.tsv')[0].get('a')).toBe(decomposed.normalize('NFC'));
  });
});

describe('cells', () => {
  it.each([
    ['A|B| C |', ['A', 'B', 'C']],
    ['', []],
  ])('listCell(%j)', (cell, items) => expect(listCell(cell)).toEqual(items));
  it('flagsCell reads key=value and bare keys', () => {
    expect([...flagsCell('ambiguous=1 skip')]).toEqual([
      ['ambiguous', '1'],
      ['skip', '1'],
    ]);
  });
});
