/**
 * Who the participants of a Vietnamese clause are: subjects carried over a comma or semicolon,
 * coordinated arguments (with appositives and styles before names), visits to places vs calls on
 * persons. Sentences written for these tests; each table row lists every relation expected.
 */
import { describe, expect, it } from '@jest/globals';
import { expectExactly, lines, run, type Row } from './helpers.js';

describe('vi clauses: calling on a person is a meeting, not a visit', () => {
  const rows: Row[] = [
    ['Thủ tướng Nhật Bản Fumio Kishida đã đến thăm Tổng thống Pháp Emmanuel Macron.', ['Fumio Kishida MEET Emmanuel Macron']],
    ['Thủ tướng Nhật Bản Fumio Kishida đã thăm Pháp.', ['Fumio Kishida VISIT France']],
  ];
  it.each(rows)('%s', (sentence, expected) => expectExactly([sentence, expected]));
});

describe('vi clauses: a predicate after a comma or semicolon keeps the subject', () => {
  const rows: Row[] = [
    [
      'Thủ tướng Nhật Bản Fumio Kishida đã hội kiến với Tổng thống Pháp Emmanuel Macron, thăm Thủ tướng Anh Rishi Sunak; có cuộc hội đàm với Thủ tướng Đức Olaf Scholz.',
      ['Fumio Kishida MEET Emmanuel Macron', 'Fumio Kishida MEET Rishi Sunak', 'Fumio Kishida MEET Olaf Scholz'],
    ],
    // a new subject after the semicolon takes over
    ['Nga ủng hộ Iran; Mỹ có cuộc hội đàm với Israel.', ['Russia SUPPORT Iran', 'United States MEET Israel']],
  ];
  it.each(rows)('%s', (sentence, expected) => expectExactly([sentence, expected]));
});

describe('vi clauses: lists with appositives and styles before the names', () => {
  const rows: Row[] = [
    [
      'Tổng thống Pháp Emmanuel Macron có các cuộc hội kiến với Olaf Scholz, Thủ tướng Đức; Rishi Sunak, Thủ tướng Anh và Giorgia Meloni, Thủ tướng Italy.',
      ['Emmanuel Macron MEET Olaf Scholz', 'Emmanuel Macron MEET Rishi Sunak', 'Emmanuel Macron MEET Giorgia Meloni'],
    ],
    // courtly styles the name matcher does not know, written before a name, belong to it
    ['Tổng thống Pháp Emmanuel Macron đã hội kiến với Yang Amat Berhormat Anwar Ibrahim.', ['Emmanuel Macron MEET Anwar Ibrahim']],
    [
      'Tổng thống Pháp Emmanuel Macron có các cuộc hội kiến với Olaf Scholz, Thủ tướng Đức; Yang Amat Berhormat Anwar Ibrahim, Thủ tướng Malaysia và Giorgia Meloni, Thủ tướng Italy.',
      ['Emmanuel Macron MEET Olaf Scholz', 'Emmanuel Macron MEET Anwar Ibrahim', 'Emmanuel Macron MEET Giorgia Meloni'],
    ],
    // a semicolon between plain names ends the list: "Anh" begins another clause
    ['Pháp ủng hộ Ukraine; Anh chỉ trích Nga.', ['France SUPPORT Ukraine', 'United Kingdom CRITICIZE Russia']],
  ];
  it.each(rows)('%s', (sentence, expected) => expectExactly([sentence, expected]));
});

describe('vi clauses: who acts for a delegation', () => {
  const rows: Row[] = [
    ['Thủ tướng Nhật Bản Fumio Kishida đã dẫn đầu đoàn đại biểu cấp cao Nhật Bản thăm chính thức Pháp.', ['Fumio Kishida VISIT France']],
    // no leader named: the delegation's country acts
    ['Đoàn đại biểu Nhật Bản thăm Pháp.', ['Japan VISIT France']],
  ];
  it.each(rows)('%s', (sentence, expected) => expectExactly([sentence, expected]));
});

describe('vi clauses: the clause subject carries over a verb that is no trigger', () => {
  const rows: Row[] = [
    [
      'Ngày 5/3, Tổng thống Pháp Emmanuel Macron đã tới Đức và có cuộc hội đàm với Thủ tướng Đức Olaf Scholz.',
      ['Emmanuel Macron MEET Olaf Scholz date=--03-05', 'Emmanuel Macron VISIT Germany date=--03-05'],
    ],
    [
      'Bộ trưởng Ngoại giao Nhật Bản Yoko Kamikawa khẳng định Nhật Bản đã hết sức kiềm chế, kiên trì đối thoại, đồng thời kiên quyết yêu cầu Trung Quốc rút tàu khỏi khu vực.',
      ['Japan DEMAND China'],
    ],
    ['Theo Nga, tình hình căng thẳng, đồng thời yêu cầu Ukraine rút quân.', []],
    // the object of a preposition does not open a clause
    ['Theo báo chí Nga, các cuộc tập trận diễn ra và có cuộc hội đàm với Belarus.', []],
  ];
  it.each(rows)('%s', (sentence, expected) => expectExactly([sentence, expected]));
});

describe('vi clauses: comitative lists of persons', () => {
  const rows: Row[] = [
    [
      'Tổng thống Pháp Emmanuel Macron cùng Thủ tướng Đức Olaf Scholz, Thủ tướng Italy Giorgia Meloni sẽ đề nghị Liên minh châu Âu (EU) hỗ trợ Ukraine.',
      ['Emmanuel Macron DEMAND European Union', 'Olaf Scholz DEMAND European Union', 'Giorgia Meloni DEMAND European Union'],
    ],
    // the list is inside an adjunct: only the person after the comma acts
    [
      'Tại cuộc gặp với Tổng thống Pháp Emmanuel Macron cùng Thủ tướng Đức Olaf Scholz, Thủ tướng Italy Giorgia Meloni ủng hộ Ukraine.',
      ['Giorgia Meloni SUPPORT Ukraine'],
    ],
  ];
  it.each(rows)('%s', (sentence, expected) => expectExactly([sentence, expected]));
});

describe('vi clauses: "khối" for an organization named earlier in the same sentence', () => {
  const rows: Row[] = [
    ['Nhóm BRICS đã quyết định mời Argentina, Ai Cập và Iran gia nhập khối.', ['Argentina JOIN BRICS', 'Egypt JOIN BRICS', 'Iran JOIN BRICS']],
    ['Argentina muốn gia nhập khối.', []],
  ];
  it.each(rows)('%s', (sentence, expected) => expectExactly([sentence, expected]));
});

describe('vi clauses: leaders agreeing for their countries', () => {
  const rows: Row[] = [
    [
      'Thủ tướng Nhật Bản Fumio Kishida đã hội đàm với Tổng thống Pháp Emmanuel Macron. Hai nhà lãnh đạo nhất trí tăng cường hợp tác.',
      ['Fumio Kishida MEET Emmanuel Macron', 'Fumio Kishida COOPERATE Emmanuel Macron', 'Japan COOPERATE France'],
    ],
    // a meeting of two leaders is not a meeting of their states
    ['Thủ tướng Nhật Bản Fumio Kishida đã hội đàm với Tổng thống Pháp Emmanuel Macron.', ['Fumio Kishida MEET Emmanuel Macron']],
  ];
  it.each(rows)('%s', (sentence, expected) => expectExactly([sentence, expected]));
});

describe('vi clauses: the sides of an event noun are not the subject carried over a comma', () => {
  const rows: Row[] = [
    [
      'Bộ Ngoại giao Triều Tiên lên án cuộc xung đột giữa Mỹ và Iran, cảnh báo Nhật Bản.',
      [
        'Iran CONFLICT United States',
        'Ministry of Foreign Affairs of North Korea CRITICIZE Iran',
        'Ministry of Foreign Affairs of North Korea CRITICIZE United States',
        'Ministry of Foreign Affairs of North Korea WARN Japan',
      ],
    ],
  ];
  it.each(rows)('%s', (sentence, expected) => expectExactly([sentence, expected]));
});

describe('vi clauses: a comma also separates nouns in a list', () => {
  it('does not make the helpers named in an aside the subject (they support the actor, nothing more)', () => {
    const got = lines(run('Lực lượng Pháp, với sự giúp đỡ từ Bỉ, Đan Mạch và Na Uy, đã tấn công các mục tiêu ở Syria.'));
    expect(got.filter((l) => /^(Belgium|Denmark|Norway) (?!SUPPORT France)/.test(l))).toEqual([]);
  });
});

describe('vi clauses: the visitor of a visit noun in an adjunct', () => {
  const rows: Row[] = [
    [
      'Ngoại trưởng Pháp Jean-Noël Barrot đã hội đàm với Ngoại trưởng Đức Johann Wadephul tại Berlin, trong khuôn khổ chuyến thăm chính thức Đức kéo dài hai ngày.',
      ['Jean-Noël Barrot MEET Johann Wadephul', 'Jean-Noël Barrot VISIT Germany'],
    ],
    [
      'Trong chuyến thăm Campuchia, Thủ tướng Nhật Bản Fumio Kishida đã hội kiến Thủ tướng Hun Sen.',
      ['Fumio Kishida MEET Hun Sen', 'Fumio Kishida VISIT Cambodia'],
    ],
    // the adjunct inside a reported clause: its actor is not the speaker, and none is named before it
    ['Nga cho biết, trong chuyến thăm Ấn Độ, Mỹ đã phản đối.', []],
  ];
  it.each(rows)('%s', (sentence, expected) => expectExactly([sentence, expected]));
});

describe("vi clauses: a meeting in one side's capital is the other side's visit", () => {
  const rows: Row[] = [
    ['Tổng thống Mỹ Joe Biden đã hội đàm với Tổng thống Nga Vladimir Putin tại Moscow.', ['Joe Biden MEET Vladimir Putin', 'Joe Biden VISIT Russia']],
    // a third country's city: nobody is the host
    ['Tổng thống Mỹ Joe Biden đã có cuộc hội đàm với Tổng thống Nga Vladimir Putin tại Geneva.', ['Joe Biden MEET Vladimir Putin']],
    // a meeting that did not happen is no visit
    ['Tổng thống Mỹ Joe Biden không hội đàm với Tổng thống Nga Vladimir Putin tại Moscow.', ['Joe Biden MEET Vladimir Putin negated']],
  ];
  it.each(rows)('%s', (sentence, expected) => expectExactly([sentence, expected]));
});

describe('vi clauses: envoys sent somewhere visit it, the sender does not', () => {
  const rows: Row[] = [
    ['Tổng thống Mỹ Joe Biden đã cử Ngoại trưởng Antony Blinken tới Israel.', ['Antony Blinken VISIT Israel']],
    [
      'Tổng thống Mỹ Donald Trump đã cử hai đặc phái viên tới Qatar gồm cố vấn của ông Trump là Marco Rubio và doanh nhân Steve Witkoff.',
      ['Marco Rubio VISIT Qatar', 'Steve Witkoff VISIT Qatar'],
    ],
    // sent to a post, not to a place: no visit
    ['Tổng thống Mỹ Joe Biden cử Ngoại trưởng Antony Blinken làm đại diện.', []],
  ];
  it.each(rows)('%s', (sentence, expected) => expectExactly([sentence, expected]));
});

describe('vi clauses: the guest of a welcome ceremony in a capital visits its country', () => {
  const rows: Row[] = [
    [
      'Thủ tướng Nhật Bản Fumio Kishida tới Việt Nam. Chiều 11/10, lễ đón chính thức Thủ tướng Nhật Bản Fumio Kishida đã được tổ chức trọng thể tại thủ đô Hà Nội.',
      ['Fumio Kishida VISIT Vietnam'],
    ],
    // welcomed at home: no visit
    ['Thủ tướng Nhật Bản Fumio Kishida tới Việt Nam. Lễ đón Thủ tướng Nhật Bản Fumio Kishida diễn ra tại Tokyo.', ['Fumio Kishida VISIT Vietnam']], // the motion verb "tới", not the ceremony in Tokyo
  ];
  it.each(rows)('%s', (sentence, expected) => expectExactly([sentence, expected]));
});

describe('vi clauses: the sides of a meeting named in an opening adjunct', () => {
  const rows: Row[] = [
    [
      'Theo Điện Elysee, tại cuộc hội đàm hôm 14/11 diễn ra bên lề hội nghị ở Bali, Tổng thống Pháp Emmanuel Macron đã nêu một số vấn đề khó với Chủ tịch Trung Quốc Tập Cận Bình.',
      ['Emmanuel Macron MEET Xi Jinping date=--11-14'],
    ],
    // "nói với báo chí": speaking to the press is no meeting; the reported clause has its own relation
    ['Tại cuộc hội đàm, Tổng thống Mỹ Joe Biden nói với báo chí rằng Mỹ ủng hộ Ukraine.', ['United States SUPPORT Ukraine']],
  ];
  it.each(rows)('%s', (sentence, expected) => expectExactly([sentence, expected]));
});
