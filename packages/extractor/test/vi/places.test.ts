/** Places no gazetteer knows, read from the word before their name, on sentences written for these tests. */
import { describe, expect, it } from '@jest/globals';
import type { DocumentExtraction } from '../../src/types.js';
import { run } from './helpers.js';

const places = (x: DocumentExtraction, known: string[] = []): string[] =>
  x.entities
    .filter((e) => e.type === 'Location' && !known.includes(e.name))
    .map((e) => e.name)
    .sort();

describe('vi places from a head word', () => {
  it('reads a province and the provinces coordinated with it', () => {
    const x = run('Lực lượng này đã tấn công tỉnh Marib, Shabwa và Abyan trong đêm qua.');
    expect(places(x)).toEqual(['Abyan', 'Marib', 'Shabwa']);
  });
  it('keeps the head in the name of a building or an airport', () => {
    const x = run('Hai bên ký thỏa thuận tại Cung điện Topkapi. Máy bay hạ cánh xuống sân bay Ben Gurion.');
    expect(places(x)).toEqual(['Cung điện Topkapi', 'sân bay Ben Gurion']);
  });
  it('leaves known names to the gazetteer and stops at a name that goes on', () => {
    const x = run('Đoàn đến thành phố Hà Nội và tỉnh Quảng Ninh, Ông Lê Văn Tám đón đoàn.');
    expect(places(x, ['Hanoi'])).toEqual(['Quảng Ninh']);
  });
  it('reads no place after a generic word or a lower-case word', () => {
    const x = run('Tình hình khu vực Trung Đông căng thẳng. Người dân ở vùng ven biển sơ tán.');
    expect(places(x, ['Middle East'])).toEqual([]);
  });
});
