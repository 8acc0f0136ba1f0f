/** Named meetings (Event entities) in Vietnamese text, on sentences written for these tests. */
import { describe, expect, it } from '@jest/globals';
import type { DocumentExtraction } from '../../src/types.js';
import { run } from './helpers.js';

const events = (x: DocumentExtraction): string[] =>
  x.entities.filter((e) => e.type === 'Event').map((e) => `${e.name}: ${e.mentions.map((m) => m.text).join(' | ')}`);

describe('vi events', () => {
  it("names a ministers' meeting with its ordinal, and reads no person from the title inside it", () => {
    const x = run('Hội nghị Bộ trưởng Quốc phòng ASEAN lần thứ 17 đã khai mạc tại Viêng Chăn.');
    expect(events(x)).toEqual(["17th ASEAN Defence Ministers' Meeting: Hội nghị Bộ trưởng Quốc phòng ASEAN lần thứ 17"]);
    expect(x.entities.filter((e) => e.type === 'Person')).toEqual([]);
  });
  it("dates a summit without an ordinal by the article's year, and keeps the body as an entity", () => {
    const x = run('Các nhà lãnh đạo đã dự Thượng đỉnh của khối NATO tại Washington.', '2024-07-10');
    expect(events(x)).toEqual(['2024 NATO summit: Thượng đỉnh của khối NATO']);
    expect(x.entities.some((e) => e.id === 'nato')).toBe(true);
  });
  it('joins a later mention without the ordinal to the numbered meeting', () => {
    const x = run('Hội nghị Cấp cao ASEAN lần thứ 44 diễn ra tại Lào. Bên lề Hội nghị Cấp cao ASEAN, các bên đã gặp nhau.');
    expect(events(x)).toEqual(['44th ASEAN Summit: Hội nghị Cấp cao ASEAN lần thứ 44 | Hội nghị Cấp cao ASEAN']);
  });
  it('makes no event of a meeting without a named body, or of a country', () => {
    const x = run('Hội nghị trực tuyến đã bàn về kinh tế. Hội nghị Việt Nam - Nhật Bản về đầu tư diễn ra hôm qua.');
    expect(events(x)).toEqual([]);
  });
});
