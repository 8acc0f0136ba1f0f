/**
 * Entities of the Vietnamese plugin on sentences written for these tests: names without
 * titles, coreference inside a document, seats of government as actors or places, and
 * what must not become an entity.
 */
import { describe, expect, it } from '@jest/globals';
import type { DocumentExtraction, LocalEntity } from '../../src/types.js';
import { hasRelation, run } from './helpers.js';

const byName = (x: DocumentExtraction, name: string): LocalEntity | undefined => x.entities.find((e) => e.name === name);
const persons = (x: DocumentExtraction): string[] =>
  x.entities
    .filter((e) => e.type === 'Person')
    .map((e) => e.name)
    .sort();

describe('vi entities: titles never leak into names', () => {
  const rows: Array<[string, string[]]> = [
    ['Tổng thống Hàn Quốc Yoon Suk Yeol phát biểu tại Seoul.', ['Yoon Suk Yeol']],
    ['Bộ trưởng Quốc phòng Anh Anh Ben Wallace cho biết Anh sẽ viện trợ cho Ukraine.', ['Ben Wallace']],
    ['Tổng thư ký NATO, ông Jens Stoltenberg, phát biểu tại Brussels.', ['Jens Stoltenberg']],
    ['Đại diện cấp cao của EU, bà C. Ashton, và Phó Tổng thống Mỹ K.Harris đã gặp nhau.', ['Catherine Ashton', 'K.Harris']],
    ['Tổng thư ký Liên hợp quốc Ban Ki moon phát biểu tại New York.', ['Ban Ki-moon']],
    ['Người phát ngôn Điện Kremlin Dmitry Peskov nói với báo giới.', ['Dmitry Peskov']],
    // hyphenated and particle names
    ['Chủ tịch Triều Tiên Kim Jong-un và Ngoại trưởng Ả Rập Xê Út Faisal bin Farhan phát biểu.', ['Faisal bin Farhan', 'Kim Jong-un']],
  ];
  it.each(rows)('%s', (sentence, expected) => expect(persons(run(sentence))).toEqual(expected));

  it('records each mention at the name, not the title', () => {
    const text = 'Ngoại trưởng Nga Sergei Lavrov đến Hà Nội.';
    const lavrov = byName(run(text), 'Sergei Lavrov')!;
    expect(lavrov.mentions).toEqual([{ start: 17, end: 30, text: 'Sergei Lavrov', entity: 'sergei-lavrov' }]);
    expect(text.slice(17, 30)).toBe('Sergei Lavrov');
  });
});

describe('vi entities: coreference inside a document', () => {
  it('joins full name, "ông" + surname, bare surname and a spelling variant', () => {
    const x = run(
      'Ngoại trưởng Mỹ Antony Blinken cho biết Mỹ ủng hộ Israel. Ông Blinken cũng cảnh báo Iran. Blinken nói thêm rằng Mỹ sẽ hợp tác với Ai Cập. Anthony Blinken rời Cairo.',
    );
    expect(persons(x)).toEqual(['Antony Blinken']);
    const b = byName(x, 'Antony Blinken')!;
    expect(b.mentions).toHaveLength(4);
    expect(b.aliases.sort()).toEqual(['Anthony Blinken', 'Antony Blinken', 'Blinken']);
  });
  it('reads "ông Yoon" as Yoon Suk Yeol: Korean and Chinese family names come first', () => {
    const x = run('Tổng thống Hàn Quốc Yoon Suk Yeol đến Washington. Ông Yoon kêu gọi Trung Quốc kiềm chế Triều Tiên.');
    expect(persons(x)).toEqual(['Yoon Suk Yeol']);
    expect(hasRelation(x, 'Yoon Suk Yeol DEMAND China')).toBe(true);
  });
  it('merges a slip with the spelling written more often', () => {
    const x = run(
      'Tổng thống Nga Vladimir Putin ngày 3/5 đã gặp Chủ tịch Trung Quốc Tập Cận Bình. Tổng thống Valdimir Putin nói Nga ủng hộ Trung Quốc. Ông Vladimir Putin cũng cảnh báo Mỹ.',
    );
    expect(persons(x)).toEqual(['Vladimir Putin', 'Xi Jinping']);
    expect(hasRelation(x, 'Vladimir Putin WARN United States')).toBe(true);
  });
  it('resolves a bare title + country to the one person holding it', () => {
    const x = run('Ngoại trưởng Đức Annalena Baerbock đến Kiev. Ngoại trưởng Đức đã hội đàm với Tổng thống Ukraine Volodymyr Zelensky.');
    expect(hasRelation(x, 'Annalena Baerbock MEET Volodymyr Zelensky')).toBe(true);
  });
  it('does not resolve a bare title when two persons hold it', () => {
    const x = run(
      'Ngoại trưởng Ý Antonio Tajani và Ngoại trưởng Pháp Catherine Colonna đến Kiev. Ngoại trưởng đã hội đàm với Tổng thống Ukraine Volodymyr Zelensky.',
    );
    expect(x.relations.filter((r) => r.predicate === 'MEET')).toEqual([]);
  });
  it('keeps two persons with the same surname apart and leaves the bare surname unresolved', () => {
    const x = run('Cựu Tổng thống Mỹ Bill Clinton và bà Hillary Clinton đến London. Clinton chỉ trích Nga.');
    expect(persons(x)).toEqual(['Bill Clinton', 'Hillary Clinton']);
    expect(x.relations.filter((r) => r.predicate === 'CRITICIZE')).toEqual([]);
  });
});

describe('vi entities: seats of government and places', () => {
  it('makes a capital acting in a clause the country, and a capital after "tại" a place', () => {
    const x = run('Moscow phản đối kế hoạch của Mỹ. Hội nghị sẽ diễn ra tại Moscow.');
    expect(byName(x, 'Russia')!.aliases).toContain('Moscow');
    expect(byName(x, 'Moscow')!.type).toBe('Location');
    expect(hasRelation(x, 'Russia OPPOSE United States')).toBe(true);
  });
  it.each([
    ['Nhà Trắng lên án Iran.', 'United States CRITICIZE Iran'],
    ['Điện Kremlin cảnh báo Phần Lan.', 'Russia WARN Finland'],
    ['Bắc Kinh lên án Washington.', 'China CRITICIZE United States'],
  ])('%s', (sentence, expected) => expect(hasRelation(run(sentence), expected)).toBe(true));
});

describe('vi entities: extra gazetteer surfaces (data/lexicons/vi/gazetteer-extra.tsv)', () => {
  it('reads "Liban" as Lebanon and the descriptive name of NATO as NATO, not the Atlantic Ocean', () => {
    const x = run('Israel tấn công Liban. Liên minh quân sự Bắc Đại Tây Dương ủng hộ Ba Lan.');
    expect(hasRelation(x, 'Israel ATTACK Lebanon')).toBe(true);
    expect(hasRelation(x, 'NATO SUPPORT Poland')).toBe(true);
    expect(x.entities.map((e) => e.name)).not.toContain('Atlantic Ocean');
  });
});

describe('vi entities: what is not an entity', () => {
  it('ignores news agencies and sentence-initial capitalised common words', () => {
    const x = run('Theo hãng tin Reuters, Trong khi đó Nga phản đối NATO (TTXVN). Sky News cho biết Anh ủng hộ Ukraine.');
    const names = x.entities.map((e) => e.name);
    for (const agency of ['Reuters', 'TTXVN', 'Sky News', 'Trong', 'Theo']) expect(names).not.toContain(agency);
  });
  it('does not make entities of names that only appear in headings or teaser lines', () => {
    const x = run('Tin liên quan\nTổng thống Pháp Emmanuel Macron thăm Ấn Độ\nThủ tướng Ý Giorgia Meloni gặp Tổng thống Mỹ\nĐức ủng hộ Ukraine.');
    expect(persons(x)).toEqual([]);
    expect(x.entities.map((e) => e.name).sort()).toEqual(['Germany', 'Ukraine']);
    expect(x.relations.map((r) => r.predicate)).toEqual(['SUPPORT']);
  });
  it('does not read the body after a title as a name', () => {
    const x = run('Bộ trưởng Bộ Tài chính và Phó Chủ tịch Quốc hội đã tiếp Đại sứ Hàn Quốc Choi Young-sam.');
    expect(persons(x)).toEqual(['Choi Young-sam']);
  });
  it('makes a city after "TP" a place, not its country', () => {
    const x = run('Công an TP Hà Nội đã bắt giữ hai người.');
    expect(x.entities.map((e) => `${e.type}:${e.name}`)).toEqual(['Location:Hanoi']);
  });
  it('does not guess a person without a cue', () => {
    expect(persons(run('Hà Nội Mới đưa tin Nga phản đối NATO.'))).toEqual([]);
  });
});
