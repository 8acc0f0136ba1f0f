/**
 * The title grammar of the Vietnamese plugin on sentences written for these tests: words of
 * the post between title and country, a state's formal style, stacked titles, a body that
 * begins inside the title, posts in apposition after a name, courtly styles before a name.
 */
import { describe, expect, it } from '@jest/globals';
import type { DocumentExtraction } from '../../src/types.js';
import { lines, run } from './helpers.js';

const persons = (x: DocumentExtraction): string[] =>
  x.entities
    .filter((e) => e.type === 'Person')
    .map((e) => e.name)
    .sort();
const posts = (x: DocumentExtraction): string[] => lines(x, { positions: true }).filter((l) => l.includes('HOLDS_POSITION'));

describe('vi titles: words of the post and state styles before the country', () => {
  it('skips "Nội các" and "nước Cộng hòa" between title and country', () => {
    const x = run('Thủ tướng Nội các Thái Lan Prayuth Chan-ocha tiếp Thủ tướng nước Cộng hòa Singapore Lee Hsien Loong.');
    expect(persons(x)).toEqual(['Lee Hsien Loong', 'Prayut Chan-o-cha']);
    expect(posts(x)).toEqual([
      'Lee Hsien Loong HOLDS_POSITION Singapore topic=Prime Minister',
      'Prayut Chan-o-cha HOLDS_POSITION Thailand topic=Prime Minister',
    ]);
  });
  it('reads "Vương quốc Na Uy" as the country, its style included in the mention', () => {
    const x = run('Đoàn đại biểu đã thăm Vương quốc Na Uy trong ba ngày.');
    const norway = x.entities.find((e) => e.name === 'Norway')!;
    expect(norway.mentions.map((m) => m.text)).toEqual(['Vương quốc Na Uy']);
    expect(persons(x)).toEqual([]);
  });
  it('does not skip "nước" when no country follows ("Thủ tướng nước này")', () => {
    const x = run('Thủ tướng Ba Lan Donald Tusk nói rằng Thủ tướng nước này sẽ không nhượng bộ.');
    expect(persons(x)).toEqual(['Donald Tusk']);
  });
});

describe('vi titles: stacked titles and bodies', () => {
  it('gives each stacked title to the person', () => {
    const x = run('Phó Thủ tướng, Bộ trưởng Ngoại giao Bỉ Maxime Prévot đã đến Hà Nội.');
    expect(persons(x)).toEqual(['Maxime Prévot']);
    expect(posts(x)).toEqual([
      'Maxime Prévot HOLDS_POSITION Belgium topic=Deputy Prime Minister',
      'Maxime Prévot HOLDS_POSITION Belgium topic=Foreign Minister',
    ]);
  });
  it('joins titles with "kiêm"', () => {
    const x = run('Phó Thủ tướng kiêm Bộ trưởng Quốc phòng Úc Richard Marles phát biểu tại Canberra.');
    expect(posts(x)).toContain('Richard Marles HOLDS_POSITION Australia topic=Deputy Prime Minister');
    expect(posts(x)).toContain('Richard Marles HOLDS_POSITION Australia topic=Defense Minister');
  });
  it('does not stack the titles of two persons in a list', () => {
    const x = run('Thủ tướng Đức Olaf Scholz, Tổng thống Pháp Emmanuel Macron đã họp tại Berlin.');
    expect(posts(x)).toEqual(['Emmanuel Macron HOLDS_POSITION France topic=President', 'Olaf Scholz HOLDS_POSITION Germany topic=Prime Minister']);
  });
  it('takes a body that begins inside the title as the affiliation, never as part of the name', () => {
    const x = run('Chủ tịch Hạ viện Mỹ Mike Johnson đã chỉ trích kế hoạch này.');
    expect(persons(x)).toEqual(['Mike Johnson']);
    expect(posts(x)).toEqual(['Mike Johnson HOLDS_POSITION United States House of Representatives topic=Speaker of the House']);
  });
});

describe('vi titles: posts in apposition after a name', () => {
  it('reads a capitalised name before ", TITLE COUNTRY" as a person holding that post', () => {
    const x = run('Đoàn đã hội kiến với Mette Frederiksen, Thủ tướng Đan Mạch; và Ulf Kristersson – Thủ tướng Thụy Điển.');
    expect(persons(x)).toEqual(['Mette Frederiksen', 'Ulf Kristersson']);
    expect(posts(x)).toEqual(['Mette Frederiksen HOLDS_POSITION Denmark topic=Prime Minister', 'Ulf Kristersson HOLDS_POSITION Sweden topic=Prime Minister']);
  });
  it('skips courtly styles before the name', () => {
    const x = run('Ông đã gặp Samdech Techo Hun Manet, Thủ tướng Vương quốc Campuchia. Tan Sri Muhyiddin Yassin, Chủ tịch Thượng viện Malaysia, cũng có mặt.');
    expect(persons(x)).toEqual(['Hun Manet', 'Muhyiddin Yassin']);
    expect(posts(x)).toContain('Hun Manet HOLDS_POSITION Cambodia topic=Prime Minister');
  });
  it('skips styles after a title too, and keeps a name that merely starts with a style word', () => {
    const x = run('Quốc vương Thái Lan Maha Vajiralongkorn tiếp Quốc vương Campuchia Preah Bat Samdech Norodom Sihamoni.');
    expect(persons(x)).toEqual(['Maha Vajiralongkorn', 'Norodom Sihamoni']);
  });
  it('does not make a person of a place or a country before the appositive', () => {
    const x = run('Tại Hà Nội, Bộ trưởng Ngoại giao Mỹ nói chuyện với báo chí. Hôm qua, Tổng thống Pháp nhấn mạnh lập trường.');
    expect(persons(x)).toEqual([]);
  });
});

describe('vi titles: a field after the title', () => {
  it('reads a capitalised field up to the body ("Đại diện Cấp cao về Chính sách … của EU")', () => {
    const x = run('Đại diện Cấp cao về Chính sách Đối ngoại và An ninh của EU Josep Borrell đã đến Kiev.');
    expect(posts(x)).toEqual(['Josep Borrell HOLDS_POSITION European Union topic=High Representative']);
  });
  it('does not read a field that ends without a body', () => {
    const x = run('Đại diện Cấp cao về Chính sách Đối ngoại Josep Borrell đã đến Kiev.');
    expect(posts(x).filter((l) => l.includes('European Union'))).toEqual([]);
  });
});

describe("vi titles: posts of a country's bodies", () => {
  it('reads a body before a styled country name, and gives the post to the body and the country', () => {
    const x = run('Ông đã gặp Wan Muhamad Noor Matha, Chủ tịch Quốc hội Vương quốc Thái Lan.');
    const body = x.entities.find((e) => e.id === 'parliament-of-thailand')!;
    expect(body.mentions.map((m) => m.text)).toEqual(['Quốc hội Vương quốc Thái Lan']);
    expect(posts(x)).toEqual([
      'Wan Muhamad Noor Matha HOLDS_POSITION Parliament of Thailand topic=Speaker',
      'Wan Muhamad Noor Matha HOLDS_POSITION Thailand topic=Speaker',
    ]);
  });
  it("gives a post of a body that is not a country's only to the body", () => {
    const x = run('Tổng thư ký NATO Mark Rutte đến Ba Lan.');
    expect(posts(x)).toEqual(['Mark Rutte HOLDS_POSITION NATO topic=Secretary General']);
  });
});

describe('vi titles: a post held for a titled person', () => {
  it('gives "X, người phát ngôn của Tổng thống Pháp Y" the country of Y', () => {
    const x = run('"Chúng tôi sẽ không nhượng bộ", Gabriel Attal, người phát ngôn của Tổng thống Pháp Emmanuel Macron, nói.');
    expect(posts(x)).toEqual(['Emmanuel Macron HOLDS_POSITION France topic=President', 'Gabriel Attal HOLDS_POSITION France topic=Spokesperson']);
  });
  it('reads no person when the post is held for someone without a stated country', () => {
    const x = run('Hôm qua, Gabriel Attal, người phát ngôn của ông Macron, nói.');
    expect(posts(x)).toEqual([]);
  });
});
