import { describe, expect, it } from '@jest/globals';
import { cleanLines, isDoubled, isProse, pageLines } from '../../src/ingest/clean.js';
import { markerKind, normaliseMarker, parseMarkers, stripClutter } from '../../src/ingest/lexicon.js';
import { isTimestampLine } from '../../src/ingest/timestamp.js';
import { findPublished, parseDate } from '../../src/ingest/published.js';

const P1 = 'Thủ tướng Nhật Bản hôm nay đã có cuộc hội đàm với Tổng thống Hàn Quốc tại Seoul về hợp tác kinh tế.';
const P2 = 'Hai nhà lãnh đạo nhất trí tăng cường trao đổi đoàn và thúc đẩy thương mại song phương trong năm tới.';
const P3 = 'The two leaders agreed to expand trade and to meet again in Tokyo before the end of the year, officials said.';
const clean = (text: string) => cleanLines(pageLines(text));

describe('marker lexicon', () => {
  it.each([
    ['Tin liên quan', 'block'],
    ['  - Từ khóa :', 'block'],
    ['BÌNH LUẬN (0)', 'block'],
    ['Bạn thấy bài viết này có hữu ích không?', 'block'],
    ['Related stories', 'block'],
    ['Nhỏ Bình thường Lớn', 'drop'],
    ['Theo dõi Báo Mới trên Google News', 'drop'],
    ['Video đang HOT', 'drop'],
    ['(theo TTXVN)', 'drop'],
    ['Theo Reuters', 'drop'],
    ['Lũ lụt ở miền Trung - Hình 3', 'drop'],
    ['Đăng ký ấn phẩm|Đăng nhập', 'drop'],
    ['AFP/Reuters', 'drop'],
    ['By Jane Smith and Tom Lee', 'drop'],
    ['By the end of the year, Japan will deliver two boats.', null],
    ['Zalo', 'drop'],
    ['Ảnh: Reuters', 'drop'],
    ['(Theo Reuters, AFP)', 'drop'],
    ['Minh Anh (tổng hợp)', 'drop'],
    ['Xem thêm: Nga triển khai tên lửa tới Kaliningrad', 'drop'],
    ['Reporting by Jane Doe; Editing by Tom Lee', 'drop'],
    ['© 2024 Reuters. All rights reserved.', 'drop'],
    ['Theo ông, đây là sai lầm.', null],
    ['Ảnh hưởng của lệnh trừng phạt là rất lớn.', null],
    [P1, null],
    ['Theo Moscow, kế hoạch đó là một mối đe dọa an ninh đối với nước Nga.', null],
    ['Nga/NATO', 'drop'],
  ])('%j is %s', (line, kind) => expect(markerKind(line)).toBe(kind));

  it('normalises bullets, colons and counts', () => expect(normaliseMarker('• Bình luận (12):')).toBe('bình luận'));
  it('names the file and line of a bad row', () => {
    expect(() => parseMarkers('kind\tmatch\tpattern\nblok\texact\tx', 'm.tsv')).toThrow('m.tsv:2');
    expect(() => parseMarkers('kind\tmatch\tpattern\n# note\ndrop\tregex\t^(tin', 'm.tsv')).toThrow(/^kg ingest: m\.tsv:3: bad regex \(.+\)$/);
  });
});

describe('furniture inside a line (strip rows)', () => {
  it.each([
    // photo credits end captions in many shapes; the caption itself is kept
    ['Thủ tướng Ý và Tổng thống Ba Lan tại lễ đón ở Rome. Ảnh: AP |', 'Thủ tướng Ý và Tổng thống Ba Lan tại lễ đón ở Rome.'],
    ['Tàu hải quân Nhật Bản cập cảng Cam Ranh (Ảnh: Reuters)', 'Tàu hải quân Nhật Bản cập cảng Cam Ranh'],
    ['Phái đoàn EU tại Geneva ngày 3/2. (Nguồn: Anadolu) |', 'Phái đoàn EU tại Geneva ngày 3/2.'],
    ['Binh sĩ Israel gần biên giới Liban - Ảnh: AFP', 'Binh sĩ Israel gần biên giới Liban'],
    ['Ngoại trưởng Úc phát biểu tại Jakarta |', 'Ngoại trưởng Úc phát biểu tại Jakarta'],
    ['Hai nhà lãnh đạo bắt tay. Ảnh: TTXVN[/caption]', 'Hai nhà lãnh đạo bắt tay.'],
    ['[caption id="attachment_1" align="aligncenter" width="640"]', ''],
    // dateline tags opening a lead
    ['(CLO) Tổng thống Pháp sẽ thăm Hà Nội vào tuần tới.', 'Tổng thống Pháp sẽ thăm Hà Nội vào tuần tới.'],
    ['Kinhtedothi - Ngày 5/3, Bộ Ngoại giao Nhật Bản cho biết …', 'Ngày 5/3, Bộ Ngoại giao Nhật Bản cho biết …'],
    ['TTO - Chiều 2/9, Chủ tịch nước tiếp Đại sứ Pháp.', 'Chiều 2/9, Chủ tịch nước tiếp Đại sứ Pháp.'],
    ['Baoquocte.vn - Sáng nay, Ngoại trưởng hai nước hội đàm.', 'Sáng nay, Ngoại trưởng hai nước hội đàm.'],
    ['BRUSSELS (Reuters) - NATO allies agreed on Tuesday to raise spending.', 'NATO allies agreed on Tuesday to raise spending.'],
    ['MOSCOW, March 4 (AP) — Russia said it would respond.', 'Russia said it would respond.'],
    // prose that only looks like furniture is left alone
    ['Ảnh hưởng của lệnh trừng phạt là rất lớn.', 'Ảnh hưởng của lệnh trừng phạt là rất lớn.'],
    ['Nga - Mỹ nhất trí nối lại đối thoại về kiểm soát vũ khí.', 'Nga - Mỹ nhất trí nối lại đối thoại về kiểm soát vũ khí.'],
    ['Mỹ (cùng Anh) - hai đồng minh thân cận - phản đối.', 'Mỹ (cùng Anh) - hai đồng minh thân cận - phản đối.'],
    ['Theo nguồn tin ngoại giao, hai bên sẽ gặp nhau ở Oslo.', 'Theo nguồn tin ngoại giao, hai bên sẽ gặp nhau ở Oslo.'],
  ])('%j → %j', (line, expected) => expect(stripClutter(line)).toBe(expected));

  it('keeps a credited caption as its own line, without the credit', () => {
    expect(clean([P1, 'Lãnh đạo hai nước tại Phủ Chủ tịch. Ảnh: VGP |', P2].join('\n'))).toEqual([P1, 'Lãnh đạo hai nước tại Phủ Chủ tịch.', P2]);
  });
});

describe('timestamps and dates', () => {
  it.each([
    '20:04:13 29/09/2024',
    "14:38' - 12/10/2017",
    "08:37'",
    '21 Apr, 07:44 AM',
    'Thứ Hai, 12/07/2011 - 14:30 GMT+7',
    'Thứ hai, ngày 12 tháng 7 năm 2011',
  ])('timestamp line %j', (l) => expect(isTimestampLine(l)).toBe(true));
  it.each(['12 quốc gia Tây Phi thành lập lực lượng', 'Ngày 12/7, Ngoại trưởng Lavrov', 'Nghị quyết 1973', 'Trump 2024'])('not a timestamp %j', (l) =>
    expect(isTimestampLine(l)).toBe(false),
  );
  it.each([
    ['Thứ Hai, 12/07/2011 14:30', '2011-07-12'],
    ['2011-07-12T08:00:00Z', '2011-07-12'],
    ['ngày 4 tháng 7 năm 2011', '2011-07-04'],
    ['July 4, 2011', '2011-07-04'],
    ['4 July 2011', '2011-07-04'],
    ['12/7', null],
    ['31/02/2011', null],
  ])('parseDate(%j) = %s', (l, d) => expect(parseDate(l)).toBe(d));
  it('takes the date from a short header line only', () => {
    expect(findPublished(['Thanh Hà | 12/07/2011 14:30'])).toBe('2011-07-12');
    expect(findPublished([`Ngày 12/07/2011, ${P1}`])).toBeNull();
  });
});

describe('cleanLines', () => {
  it('removes a teaser block and resumes at the next article prose', () => {
    const out = clean(
      ['Tiêu đề bài', P1, 'Tin liên quan', 'Tin một về bão lũ', '20:04:13 29/09/2024', 'Tin hai về kinh tế', '13:28:42 29/09/2024', P2, P3].join('\n'),
    );
    expect(out).toEqual(['Tiêu đề bài', P1, P2, P3]);
  });

  it('removes timestamped excerpts inside a block, even when they read like prose', () => {
    const out = clean([P1, 'Đừng bỏ lỡ', 'Tin một', '21 Apr, 07:44 AM', P2, 'Tin hai', '19 Apr, 09:47 PM', P3].join('\n'));
    expect(out).toEqual([P1]);
  });

  it('removes a headingless run of headline + timestamp pairs, not a single dateline', () => {
    expect(clean(['Tiêu đề', '10:00 12/07/2011', P1].join('\n'))).toEqual(['Tiêu đề', '10:00 12/07/2011', P1]);
    expect(clean([P1, 'Tin một', "14:38' - 12/10/2017", 'Tin hai', "09:13' - 13/09/2017", 'Tin ba', "13:04' - 02/09/2017"].join('\n'))).toEqual([P1]);
  });

  it('removes doubled link lines, repeated captions and related-story cards', () => {
    expect(isDoubled('Tin về bão số 3 ở miền Bắc Tin về bão số 3 ở miền Bắc')).toBe(true);
    const out = clean([P1, `${P1} (Reuters)`, P1, P2, 'Tin về bão', 'Tin về bão', 'Bão số 3 đổ bộ vào ...', 'Tin kia Tin kia dài hơn', P3].join('\n'));
    expect(out).toEqual([P1, P2, 'Tin kia Tin kia dài hơn', P3]);
  });

  it('keeps two article bodies separated by a source line', () => {
    const out = clean(['Bài một', P1, 'Theo Bee.net.vn', 'Bài hai', P2].join('\n'));
    expect(out).toEqual(['Bài một', P1, 'Bài hai', P2]);
  });

  it('tells prose from headlines', () => {
    expect(isProse(P1)).toBe(true);
    expect(isProse('Chernobyl hiện ra sao sau khi con người rời bỏ do thảm họa hạt nhân')).toBe(false);
    expect(isProse('Đề nghị của Anh với NATO vào tuần tới có thể khiến London tăng gấp đôi quân số ...')).toBe(false);
  });
});

describe('cleanLines at the top of a page', () => {
  it('treats a block before any prose and without timestamps as a menu, keeping the title after it', () => {
    const out = clean(['Trang chủ', 'Tin mới', 'Thế giới', 'Kinh tế', 'Nhật - Hàn nhất trí tăng cường hợp tác', P1, P2].join('\n'));
    expect(out).toEqual(['Nhật - Hàn nhất trí tăng cường hợp tác', P1, P2]);
  });
  it('drops English share and newsletter widgets', () => {
    const out = clean(
      ['Leaders agree on trade', 'Share on Facebook', '3 min read', P3, 'Sign up for our daily newsletter', P3.replace('Tokyo', 'Osaka')].join('\n'),
    );
    expect(out).toEqual(['Leaders agree on trade', P3, P3.replace('Tokyo', 'Osaka')]);
  });
});

describe('US-style dates', () => {
  it('reads 07/14/2011 month-first since it cannot be day-first', () => expect(parseDate('07/14/2011')).toBe('2011-07-14'));
});

describe('teaser blocks without timestamps', () => {
  const EX1 = 'Bộ trưởng Quốc phòng hai nước đã điện đàm về tình hình an ninh khu vực trong bối cảnh căng thẳng gia tăng.';
  const EX2 = 'Các nhà lãnh đạo kêu gọi kiềm chế và đối thoại để giải quyết bất đồng bằng biện pháp hòa bình, theo thông cáo.';
  it('drops headline + excerpt items, even when excerpts read like prose', () => {
    const out = clean([P1, P2, 'Tin liên quan', 'Tiêu đề tin một', EX1, 'Tiêu đề tin hai', EX2].join('\n'));
    expect(out).toEqual([P1, P2]);
  });
  it('resumes when the article continues after an inline box', () => {
    const out = clean([P1, 'Tin liên quan', 'Tiêu đề tin một', 'Tiêu đề tin hai', P2, P3].join('\n'));
    expect(out).toEqual([P1, P2, P3]);
  });
});

describe('documentFromLines', () => {
  it('takes the headline below a dateline, and the date from the dateline', async () => {
    const { documentFromLines } = await import('../../src/ingest/document.js');
    const doc = documentFromLines('x', 'x.txt', ['Thứ Hai, 12/07/2011 14:30 (GMT+7)', 'Nhật - Hàn nhất trí tăng cường hợp tác', P1, P2]);
    expect(doc).toMatchObject({ title: 'Nhật - Hàn nhất trí tăng cường hợp tác', published: '2011-07-12', lang: 'vi' });
    expect(doc.text).toBe(['Nhật - Hàn nhất trí tăng cường hợp tác', P1, P2].join('\n'));
  });
  it('takes no date from the body', async () => {
    const { documentFromLines } = await import('../../src/ingest/document.js');
    const doc = documentFromLines('x', 'x.txt', ['Nhật - Hàn nhất trí tăng cường hợp tác', P1, 'Hội nghị diễn ra ngày 12/07/2011 tại Tokyo.', P2]);
    expect(doc.published).toBeNull();
  });
});
