/**
 * Coreference units the relation rules use, on sentences written for these tests: "hai +
 * title" for the two holders of a post, "hai nước" for two countries (a pair of persons
 * stands for their countries), "Trưởng đoàn <country>", and titles inside place names.
 */
import { describe, expect, it } from '@jest/globals';
import type { CleanDocument } from '../../src/types.js';
import { coreference } from '../../src/lang/vi/coreference.js';
import { gazetteerResources } from '../../src/lang/vi/gazetteer.js';
import { mentions } from '../../src/lang/vi/mentions.js';
import { sentences } from '../../src/lang/vi/sentences.js';
import { documentTokens } from '../../src/lang/vi/tokens.js';

/** The document model after the coreference stage (the stages before it, as vi/index.ts runs them). */
function model(doc: CleanDocument) {
  const found = mentions(doc, gazetteerResources, sentences(doc.text, documentTokens(doc.text)));
  return coreference(doc, gazetteerResources, found);
}

/** The units of the sentence containing `needle`, as "surface → id" (pairs: "surface → a+b"). */
function units(text: string, needle: string): string[] {
  const m = model({ id: 'd', path: 'd.txt', title: '', lang: 'vi', published: null, text: text.normalize('NFC') });
  const s = m.sentences.find((x) => x.sentence.text.includes(needle))!;
  return s.units.map(
    (u) =>
      `${s.tokens
        .slice(u.first, u.last + 1)
        .map((t) => t.text)
        .join(' ')} → ${u.pair ? u.pair.join('+') : u.id}`,
  );
}

describe('vi coreference: pairs', () => {
  it('reads "hai Thủ tướng" as the two prime ministers of the document', () => {
    const text = 'Thủ tướng Việt Nam Phạm Minh Chính đã điện đàm với Thủ tướng Úc Anthony Albanese. Hai Thủ tướng nhất trí tăng cường hợp tác.';
    expect(units(text, 'Hai Thủ tướng')).toEqual(['Hai Thủ tướng → pham-minh-chinh+anthony-albanese']);
  });
  it('does not read "hai Thủ tướng" as a pair when three persons hold the post and none was paired', () => {
    const text =
      'Thủ tướng Nhật Bản Fumio Kishida phát biểu. Thủ tướng Úc Anthony Albanese phát biểu. Thủ tướng Ấn Độ Narendra Modi phát biểu. Hai Thủ tướng nhất trí hợp tác.';
    expect(units(text, 'Hai Thủ tướng')).toEqual([]);
  });
  it('reads "hai nước" after two titled persons as their two countries', () => {
    const text = 'Tổng thống Pháp Emmanuel Macron gặp Thủ tướng Ấn Độ Narendra Modi. Họ cho biết hai nước sẽ mở rộng thương mại.';
    expect(units(text, 'hai nước')).toEqual(['Họ → emmanuel-macron+narendra-modi', 'hai nước → france+india']);
  });
  it('leaves "hai nước" unresolved when the persons have no stated country', () => {
    const text = 'Ông Alan Stern gặp ông Brian Cox. Họ cho biết hai nước sẽ mở rộng thương mại.';
    expect(units(text, 'hai nước')).toEqual(['Họ → alan-stern+brian-cox']);
  });
});

describe('vi coreference: roles', () => {
  it('reads "Trưởng đoàn <country>" as the one person with a post for that country', () => {
    const text = 'Bộ trưởng Ngoại giao Indonesia Retno Marsudi dự hội nghị tại Lào. Trưởng đoàn Indonesia kêu gọi các bên kiềm chế.';
    expect(units(text, 'Trưởng đoàn')).toEqual(['Trưởng đoàn Indonesia → retno-marsudi']);
  });
  it('does not read "Trưởng đoàn <country>" when two persons hold posts for it', () => {
    const text =
      'Bộ trưởng Ngoại giao Indonesia Retno Marsudi và Bộ trưởng Quốc phòng Indonesia Prabowo Subianto dự hội nghị. Trưởng đoàn Indonesia kêu gọi các bên kiềm chế.';
    expect(units(text, 'Trưởng đoàn')).toEqual([]);
  });
  it('does not read a title inside the name of a place as a person', () => {
    const text = 'Chủ tịch Quốc hội Trần Thanh Mẫn phát biểu. Sáng nay, tại Phủ Chủ tịch, Thủ tướng Úc Anthony Albanese được đón.';
    expect(units(text, 'Phủ Chủ tịch')).toEqual(['Thủ tướng Úc Anthony Albanese → anthony-albanese']);
  });
});
