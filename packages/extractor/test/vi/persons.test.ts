/**
 * Persons of the people gazetteer in the Vietnamese plugin, on sentences written for these
 * tests: recognised without a cue, named by their usual English name and gazetteer id, joined
 * with a surname or another spelling, and a title without a country given the country of the
 * post held at the article's date. Negative cases: unknown people keep their own names.
 */
import { describe, expect, it } from '@jest/globals';
import type { DocumentExtraction } from '../../src/types.js';
import { lines, run } from './helpers.js';

const persons = (x: DocumentExtraction): string[] =>
  x.entities
    .filter((e) => e.type === 'Person')
    .map((e) => `${e.id}=${e.name}`)
    .sort();
const posts = (x: DocumentExtraction): string[] => lines(x, { positions: true }).filter((l) => l.includes('HOLDS_POSITION'));

describe('vi persons: the people gazetteer', () => {
  it('recognises a known person without a title or "ông"', () => {
    const x = run('Hôm qua, Vladimir Putin đã điện đàm về an ninh năng lượng.');
    expect(persons(x)).toEqual(['vladimir-putin=Vladimir Putin']);
  });
  it('names a Hán-Việt rendering by the usual English name and joins the bare family name', () => {
    const x = run('Chủ tịch Trung Quốc Tập Cận Bình đến Moskva. Ông Tập kêu gọi hòa bình. Xi cũng nói về thương mại.');
    expect(persons(x)).toEqual(['xi-jinping=Xi Jinping']);
    expect(x.entities.find((e) => e.id === 'xi-jinping')!.mentions.map((m) => m.text)).toEqual(['Tập Cận Bình', 'Tập', 'Xi']);
  });
  it('prefers the known full name to an initial or a misspelling', () => {
    const x = run('Bà C. Ashton gặp ông Toni Blair tại London.');
    expect(persons(x)).toEqual(['catherine-ashton=Catherine Ashton', 'tony-blair=Tony Blair']);
  });
  it('gives a title without a country the country of the post held at the article date', () => {
    const x = run('Thủ tướng Olaf Scholz nói Đức sẽ tăng chi tiêu quốc phòng.', '2023-03-01');
    expect(posts(x)).toEqual(['Olaf Scholz HOLDS_POSITION Germany topic=Prime Minister']);
  });
  it('gives no country when the person did not hold that post at the article date', () => {
    const x = run('Thủ tướng Olaf Scholz nói Đức sẽ tăng chi tiêu quốc phòng.', '2019-03-01');
    expect(posts(x)).toEqual([]);
  });
  it('gives no country from a post the text does not name', () => {
    const x = run('Ông Olaf Scholz nói Đức sẽ tăng chi tiêu quốc phòng.', '2023-03-01');
    expect(posts(x)).toEqual([]);
  });
  it('keeps an unknown person apart from a known one who shares a name', () => {
    const x = run('Ông Ahmed Abdullah, một thương gia, cho biết ông Abdullah sẽ đầu tư.');
    expect(persons(x)).toEqual(['ahmed-abdullah=Ahmed Abdullah']);
  });
  it('does not take a known full name for a longer name that contains it', () => {
    const x = run('Bà Norodom Arunrasmy Sihanouk phát biểu tại Phnom Penh.');
    expect(persons(x)).toEqual(['norodom-arunrasmy-sihanouk=Norodom Arunrasmy Sihanouk']);
  });
});
