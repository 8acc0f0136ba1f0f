import { describe, expect, it } from '@jest/globals';
import { isProse, splitSentences } from '../../src/text/sentences.js';

const texts = (t: string): string[] => splitSentences(t).map((s) => s.text);

describe('splitSentences', () => {
  it.each([
    ['Nga phản đối. Mỹ ủng hộ.', ['Nga phản đối.', 'Mỹ ủng hộ.']],
    ['Tiêu đề\nCâu một. Câu hai!', ['Tiêu đề', 'Câu một.', 'Câu hai!']],
    // initials and numbers do not end a sentence
    ['Bà C. Ashton gặp ông K.Harris. Quân số 1.150 binh sĩ.', ['Bà C. Ashton gặp ông K.Harris.', 'Quân số 1.150 binh sĩ.']],
    // a closing quote stays with its sentence; a lower-case continuation is not a new sentence
    ['“Chúng tôi sẵn sàng.” Ông nói. "Hòa bình." ông Lavrov cho hay.', ['“Chúng tôi sẵn sàng.”', 'Ông nói.', '"Hòa bình." ông Lavrov cho hay.']],
    ['TP. Hồ Chí Minh đón khách. Xong.', ['TP. Hồ Chí Minh đón khách.', 'Xong.']],
    // sentences glued without a space by scraping; initials and abbreviations glued to a name are not
    ['Hai bên ký kết văn kiện.Bộ trưởng nói thêm.', ['Hai bên ký kết văn kiện.', 'Bộ trưởng nói thêm.']],
    ['Ông K.Harris và Tp.Hồ Chí Minh đón khách.', ['Ông K.Harris và Tp.Hồ Chí Minh đón khách.']],
    ['Trang vnexpress.net đưa tin.', ['Trang vnexpress.net đưa tin.']],
    // dotted initials and listed abbreviations (data/lexicons/abbreviations.tsv) keep their sentence
    ['U.S. Secretary of State Rubio met Mr. Sybiha. Talks followed.', ['U.S. Secretary of State Rubio met Mr. Sybiha.', 'Talks followed.']],
  ])('%s', (text, expected) => expect(texts(text)).toEqual(expected));

  it("takes the caller's judge of abbreviations (the English plugin adds compromise's list)", () => {
    expect(splitSentences('Gen. Nakatani spoke.').length).toBe(2);
    expect(splitSentences('Gen. Nakatani spoke.', (w) => w === 'gen').map((s) => s.text)).toEqual(['Gen. Nakatani spoke.']);
  });

  it('gives offsets into the text', () => {
    const t = '  Một câu.\n\nHai câu. ';
    for (const s of splitSentences(t)) expect(t.slice(s.start, s.end)).toBe(s.text);
  });
});

describe('isProse', () => {
  it.each([
    ['Nga phản đối NATO.', true],
    ['"Chúng tôi không đồng ý," ông nói.', true],
    ['Ông nói: "Không."', true],
    ['Tin liên quan', false],
    ['Libya, lá chắn tên lửa gây mâu thuẫn Nga - NATO', false],
  ])('%s → %s', (s, expected) => expect(isProse(s)).toBe(expected));
});

describe('glued sentences ("…talks.The …")', () => {
  // The rule as a lookbehind regex: a dot after two lower-case letters, before a capital and a lower-case letter.
  const SPEC = /(?<=\p{Ll}{2})\.(?=\p{Lu}\p{Ll})/gu;
  const alphabet = ['a', 'é', 'B', 'Đ', '.', ' ', '𝐚', '𝐀', 'x', 'Y', 'ư', '\u0301'];
  const texts = (n: number): string[] => {
    let seed = 11;
    const next = () => (seed = (Math.imul(seed, 1103515245) + 12345) >>> 0) >>> 8;
    return Array.from({ length: n }, () => Array.from({ length: 4 + (next() % 24) }, () => alphabet[next() % alphabet.length]).join(''));
  };
  // Sentence ends the splitter finds inside a line with no spaces: only glued dots can end one there.
  const ends = (line: string) => splitSentences(line, () => false).map((s) => s.end);
  const specEnds = (line: string) => {
    const cuts = [...line.matchAll(SPEC)].map((m) => m.index! + 1);
    const spans = [0, ...cuts].map((start, i) => [start, cuts[i] ?? line.length]);
    return spans.filter(([s, e]) => /[\p{L}\p{N}]/u.test(line.slice(s, e))).map(([, e]) => e);
  };

  it('splits where the rule says, astral letters included, on 3,000 random lines', () => {
    for (const t of texts(3000).map((s) => s.replace(/ /g, ''))) expect([t, ends(t)]).toEqual([t, specEnds(t)]);
  });

  it('splits a fresh example and leaves an initialism alone', () => {
    expect(splitSentences('The ministers met on Monday.They agreed to meet again.').map((s) => s.text)).toEqual([
      'The ministers met on Monday.',
      'They agreed to meet again.',
    ]);
    expect(splitSentences('Officials of the U.S.Army spoke.')).toHaveLength(1);
  });
});
