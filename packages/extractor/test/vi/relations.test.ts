/**
 * Relation rules of the Vietnamese plugin on sentences written for these tests (not taken
 * from the seeds): one table per concern, [sentence, expected relation lines]. A line reads
 * "Subject PREDICATE Object [topic=…] [date=…] [negated] [by=…]" with canonical names;
 * symmetric predicates match in either order. HOLDS_POSITION lines are left out unless asked.
 */
import { describe, expect, it } from '@jest/globals';
import { expectExactly, hasRelation, lines, run, type Row } from './helpers.js';

describe('vi relations: one per predicate', () => {
  const rows: Row[] = [
    [
      'Ngày 5/3, Thủ tướng Nhật Bản Fumio Kishida đã hội đàm với Tổng thống Pháp Emmanuel Macron tại Paris.',
      ['Fumio Kishida MEET Emmanuel Macron date=--03-05', 'Fumio Kishida VISIT France date=--03-05'],
    ],
    ['Tổng thống Mỹ Joe Biden và Chủ tịch Trung Quốc Tập Cận Bình đã có cuộc điện đàm kéo dài hai giờ.', ['Joe Biden CALL Xi Jinping']],
    ['Thủ tướng Ấn Độ Narendra Modi sẽ thăm Nga vào tháng 7/2024.', ['Narendra Modi VISIT Russia date=2024-07']],
    ['Việt Nam và Nhật Bản nhất trí tăng cường hợp tác về năng lượng.', ['Vietnam COOPERATE Japan topic=energy']],
    ['Ấn Độ muốn cải thiện quan hệ với Trung Quốc.', ['India COOPERATE China']],
    ['Trung Quốc và Philippines vẫn còn bất đồng về vấn đề Biển Đông.', ['China DISAGREE Philippines topic=South China Sea']],
    ['Iran phản đối kế hoạch của Israel.', ['Iran OPPOSE Israel']],
    ['Ukraine cáo buộc Nga tấn công cơ sở hạ tầng năng lượng.', ['Ukraine ACCUSE Russia']],
    ['Triều Tiên đe dọa Hàn Quốc.', ['North Korea THREATEN South Korea']],
    ['Trung Quốc cảnh báo Mỹ về vấn đề Đài Loan.', ['China WARN United States topic=Taiwan']],
    ['Liên hợp quốc kêu gọi Israel ngừng bắn.', ['United Nations DEMAND Israel']],
    ['Thổ Nhĩ Kỳ đề xuất với Ukraine một kế hoạch hòa bình mới.', ['Turkey PROPOSE Ukraine']],
    ['Iran bác bỏ cáo buộc của Mỹ.', ['Iran REJECT United States']],
    ['Đức ủng hộ Ukraine.', ['Germany SUPPORT Ukraine']],
    ['Mỹ viện trợ quân sự cho Israel.', ['United States AID Israel']],
    ['Liên minh châu Âu áp đặt các biện pháp trừng phạt đối với Belarus.', ['European Union SANCTION Belarus']],
    ['Mỹ triển khai thêm binh sĩ tới Ba Lan.', ['United States DEPLOY Poland']],
    ['Không quân Israel tấn công Syria.', ['Israel ATTACK Syria']],
    ['Cuộc xung đột giữa Armenia và Azerbaijan kéo dài nhiều năm.', ['Armenia CONFLICT Azerbaijan']],
    ['Phần Lan gia nhập NATO.', ['Finland JOIN NATO']],
    // "tiếp" (receive a visitor) is MEET, but not inside "tiếp tục" or "trực tiếp"; "tại Tokyo" is a place adjunct, not the object
    [
      'Thủ tướng Nhật Bản Fumio Kishida tiếp Tổng thống Philippines Ferdinand Marcos tại Tokyo.',
      ['Fumio Kishida MEET Ferdinand Marcos', 'Ferdinand Marcos VISIT Japan'],
    ],
    ['Nga tiếp tục đàm phán trực tiếp với Ukraine.', ['Russia MEET Ukraine']],
    [
      'Tổng thống Nga Vladimir Putin và Tổng thống Belarus Alexander Lukashenko đã hội đàm tại Minsk về hợp tác quân sự.',
      ['Vladimir Putin MEET Alexander Lukashenko topic=military cooperation', 'Vladimir Putin VISIT Belarus'],
    ],
    [
      'Liên minh châu Âu (EU) thông qua gói trừng phạt mới nhằm vào Iran. Hungary phản đối quyết định này.',
      ['European Union SANCTION Iran', 'Hungary OPPOSE European Union'],
    ],
    ['Israel tiếp tục không kích Dải Gaza.', ['Israel ATTACK Gaza Strip']],
    ['Ukraine tấn công nhà máy lọc dầu của Nga bằng máy bay không người lái.', ['Ukraine ATTACK Russia']],
  ];
  it.each(rows)('%s', (sentence, expected) => expectExactly([sentence, expected]));
});

describe('vi relations: negation', () => {
  const rows: Row[] = [
    ['Ấn Độ không ủng hộ Nga.', ['India SUPPORT Russia negated']],
    ['Pháp không có kế hoạch triển khai quân tới Ukraine.', ['France DEPLOY Ukraine negated']],
    ['Nhật Bản và Hàn Quốc chưa đạt được thỏa thuận về vấn đề lịch sử.', ['Japan COOPERATE South Korea topic=lịch sử negated']],
    ['Iran và Saudi Arabia không thể nhất trí với nhau về giá dầu.', ['Iran COOPERATE Saudi Arabia topic=giá dầu negated']],
    // "không" inside "không quân" (air force) and "không phận" (airspace) is not a negation
    ['Máy bay của không quân Nga tấn công Ukraine.', ['Russia ATTACK Ukraine']],
    ['Nga tấn công Ukraine và vi phạm không phận Ba Lan.', ['Russia ATTACK Ukraine']],
    // negation of the first verb does not carry over "và" to the second; "không chỉ trích" is not "không chỉ" (not only)
    ['Trung Quốc không chỉ trích Nga và ủng hộ Iran.', ['China CRITICIZE Russia negated', 'China SUPPORT Iran']],
    ['Nhật Bản không chỉ ủng hộ Philippines mà còn viện trợ cho Việt Nam.', ['Japan SUPPORT Philippines', 'Japan AID Vietnam']],
    // advice is not an act: "không nên" gives no relation (the warning itself is one)
    ['Mỹ cảnh báo Trung Quốc không nên cung cấp vũ khí cho Nga.', ['United States WARN China']],
    // a forecast is not an act either
    ['Các chuyên gia cho rằng Mỹ và Trung Quốc khó đạt được thỏa thuận thương mại trong năm nay.', []],
  ];
  it.each(rows)('%s', (sentence, expected) => expectExactly([sentence, expected]));
});

describe('vi relations: attribution', () => {
  const rows: Row[] = [
    // a claim about others is attributed to the speaker
    ['Bộ trưởng Ngoại giao Iran Hossein Amir-Abdollahian cho biết Mỹ đã hậu thuẫn Israel.', ['United States SUPPORT Israel by=Hossein Amir-Abdollahian']],
    ['Theo Tehran, Israel đã tấn công Syria.', ['Israel ATTACK Syria by=Iran']],
    ['"Israel đã tấn công Syria", người phát ngôn Bộ Ngoại giao Iran Nasser Kanaani cho biết.', ['Israel ATTACK Syria by=Nasser Kanaani']],
    // a speaker whose side is not stated may be one of the sides: not attributed
    ['Bà Angela Merkel cho biết Đức ủng hộ Pháp.', ['Germany SUPPORT France']],
    // a side reporting its own act is not
    ['Ngoại trưởng Pháp Catherine Colonna cho biết Pháp sẽ viện trợ cho Ukraine.', ['France AID Ukraine']],
    ['Bắc Kinh khẳng định sẽ hợp tác với Moscow.', ['China COOPERATE Russia']],
    // the spokesperson of a country's ministry speaks for that country
    ['Người phát ngôn Bộ Ngoại giao Trung Quốc Mao Ninh nói Bắc Kinh kiên quyết phản đối hành động của Manila.', ['China OPPOSE Philippines']],
  ];
  it.each(rows)('%s', (sentence, expected) => expectExactly([sentence, expected]));
});

describe('vi relations: coordination and reciprocals', () => {
  const rows: Row[] = [
    ['Anh và Pháp ủng hộ Ukraine.', ['United Kingdom SUPPORT Ukraine', 'France SUPPORT Ukraine']],
    ['Mỹ cảnh báo Nga và Iran.', ['United States WARN Russia', 'United States WARN Iran']],
    ['Canada và các đồng minh NATO lên án Belarus.', ['Canada CRITICIZE Belarus', 'NATO CRITICIZE Belarus']],
    ['Trung Quốc ủng hộ Nga và chỉ trích NATO.', ['China SUPPORT Russia', 'China CRITICIZE NATO']],
    ['Ấn Độ và Pakistan vẫn mâu thuẫn với nhau về Kashmir.', ['India DISAGREE Pakistan topic=Kashmir']],
    [
      'Cuộc gặp giữa Tổng thống Pháp Emmanuel Macron và Thủ tướng Ý Giorgia Meloni diễn ra tại Rome.',
      ['Emmanuel Macron MEET Giorgia Meloni', 'Emmanuel Macron VISIT Italy'],
    ],
    ['Những bất đồng giữa Serbia và Kosovo vẫn chưa được giải quyết.', ['Serbia DISAGREE Kosovo']],
    // a comma list of persons with a reciprocal verb: every pair
    [
      'Hôm 3/9, Tổng thống Pháp Emmanuel Macron, cùng Thủ tướng Đức Olaf Scholz, Thủ tướng Ý Giorgia Meloni đã ăn tối cùng nhau tại Paris.',
      [
        'Emmanuel Macron MEET Olaf Scholz date=--09-03',
        'Emmanuel Macron MEET Giorgia Meloni date=--09-03',
        'Olaf Scholz MEET Giorgia Meloni date=--09-03',
        'Olaf Scholz VISIT France date=--09-03',
        'Giorgia Meloni VISIT France date=--09-03',
      ],
    ],
    // a coordinated subject that does not act together gives nothing by itself
    ['Anh và Pháp là hai nước châu Âu.', []],
  ];
  it.each(rows)('%s', (sentence, expected) => expectExactly([sentence, expected]));
});

describe('vi relations: pronoun-like subjects and objects', () => {
  const rows: Row[] = [
    [
      'Tổng thống Hàn Quốc Yoon Suk Yeol đã gặp Thủ tướng Nhật Bản Fumio Kishida. Hai bên thảo luận về an ninh khu vực.',
      ['Yoon Suk Yeol MEET Fumio Kishida', 'Yoon Suk Yeol MEET Fumio Kishida topic=regional security'],
    ],
    [
      'Ngoại trưởng Mỹ Antony Blinken tới Bắc Kinh. Ngoại trưởng Mỹ đã hội đàm với Ngoại trưởng Trung Quốc Vương Nghị.',
      ['Antony Blinken MEET Wang Yi', 'Antony Blinken VISIT Beijing'],
    ],
    ['Thủ tướng Canada Justin Trudeau phát biểu tại Ottawa. Ông cũng chỉ trích Trung Quốc.', ['Justin Trudeau CRITICIZE China']],
    ['Nga đã yêu cầu Mỹ rút quân. Anh bác bỏ yêu cầu này.', ['Russia DEMAND United States', 'United Kingdom REJECT Russia']],
    // "we" in a quotation is the quoted speaker's side, also over several sentences; unknown side: nothing
    ['"Chúng tôi ủng hộ Ukraine", Ngoại trưởng Pháp Catherine Colonna nói.', ['France SUPPORT Ukraine']],
    ['Ngoại trưởng Pháp Catherine Colonna nói: "Chúng tôi sẽ viện trợ cho Ukraine."', ['France AID Ukraine']],
    [
      '"Iran không đe dọa chúng tôi. Chúng tôi sẽ hợp tác với Iran", Thủ tướng Iraq Mohammed Shia al-Sudani nói.',
      ['Iran THREATEN Iraq negated', 'Iraq COOPERATE Iran'],
    ],
    ['"Chúng tôi ủng hộ Ukraine", bà Colonna nói.', []],
    // nobody to resolve "hai bên" to: no relation rather than a guess
    ['Hai bên thảo luận về an ninh khu vực.', []],
  ];
  it.each(rows)('%s', (sentence, expected) => expectExactly([sentence, expected]));
});

describe('vi relations: dates', () => {
  it('reads d/m after a day word as --MM-DD without a publication date', () => {
    expectExactly(['Hôm 11/7, Mỹ và Đức thảo luận về vấn đề Ukraine.', ['United States MEET Germany topic=Ukraine date=--07-11']]);
  });
  it('resolves "hôm qua (15/8)" against the publication date', () => {
    expectExactly(['Nga và Trung Quốc hôm qua (15/8) đã hội đàm.', ['Russia MEET China date=2023-08-15']], '2023-08-16');
  });
  it('gives a date in late December the previous year when the article is from January', () => {
    expectExactly(['Ngày 28/12, Nhật Bản chỉ trích Triều Tiên.', ['Japan CRITICIZE North Korea date=2023-12-28']], '2024-01-05');
  });
  it('does not date an event with a "since" date or a date of another clause', () => {
    expectExactly(['Kể từ tháng 3/2023, Mỹ viện trợ cho Ukraine.', ['United States AID Ukraine']]);
    expectExactly(['Pháp ủng hộ Đức trước khi hội nghị diễn ra vào ngày 9/5.', ['France SUPPORT Germany']]);
  });
});

describe('vi relations: topics', () => {
  const rows: Row[] = [
    [
      'Mỹ và Trung Quốc bất đồng về thương mại và biến đổi khí hậu.',
      ['United States DISAGREE China topic=trade', 'United States DISAGREE China topic=climate change'],
    ],
    ['Nga phản đối Mỹ về kế hoạch lá chắn tên lửa ở châu Âu.', ['Russia OPPOSE United States topic=missile defense']],
    ['Nga và Ukraine thảo luận về trao đổi tù binh.', ['Russia MEET Ukraine topic=prisoner exchange']],
    // a topic noun right after the event word
    ['Mỹ và Trung Quốc đạt được thỏa thuận thương mại.', ['United States COOPERATE China topic=trade']],
    // a generic phrase is no topic
    ['Nga và Ukraine thảo luận về một số vấn đề khác.', ['Russia MEET Ukraine']],
  ];
  it.each(rows)('%s', (sentence, expected) => expectExactly([sentence, expected]));
});

describe('vi relations: HOLDS_POSITION and confidence', () => {
  it('makes the title a position, not part of the name; a former post gives none', () => {
    const x = run('Ngoại trưởng Anh James Cleverly và cựu Thủ tướng Anh Tony Blair đã gặp Tổng thư ký NATO Jens Stoltenberg.');
    const got = lines(x, { positions: true }).filter((l) => l.includes('HOLDS_POSITION'));
    expect(got).toEqual([
      'James Cleverly HOLDS_POSITION United Kingdom topic=Foreign Minister',
      'Jens Stoltenberg HOLDS_POSITION NATO topic=Secretary General',
    ]);
  });
  it.each([['Ông Jens Stoltenberg, Tổng thư ký NATO, cảnh báo Nga.'], ['Tổng thư ký NATO, ông Jens Stoltenberg, cảnh báo Nga.']])(
    'reads a post in apposition and keeps the subject next to its verb: %s',
    (sentence) => {
      const got = lines(run(sentence), { positions: true });
      expect(got).toEqual(['Jens Stoltenberg HOLDS_POSITION NATO topic=Secretary General', 'Jens Stoltenberg WARN Russia']);
    },
  );
  it('gives a counterpart the post of the person named with it', () => {
    const x = run('Bộ trưởng Quốc phòng Mỹ Lloyd Austin đã điện đàm với người đồng cấp Trung Quốc Đổng Quân.');
    expect(hasRelation(x, 'Dong Jun HOLDS_POSITION China topic=Defense Minister')).toBe(true);
    expect(hasRelation(x, 'Lloyd Austin CALL Dong Jun')).toBe(true);
  });
  it('rates a direct, fully named relation above one found through a pronoun', () => {
    const direct = run('Nhật Bản ủng hộ Philippines.').relations[0]!;
    const viaPronoun = run('Tổng thống Philippines Ferdinand Marcos đến Tokyo. Ông ủng hộ Nhật Bản.').relations.find((r) => r.predicate === 'SUPPORT')!;
    expect(direct.confidence).toBeGreaterThan(viaPronoun.confidence);
  });
  it('keeps the sentence and its offsets as evidence', () => {
    const text = 'Tin mới.\nĐức ủng hộ Ukraine.';
    const r = run(text).relations[0]!;
    expect(r.evidence[0]).toEqual({ doc: 'doc', sentence: 'Đức ủng hộ Ukraine.', start: 9, end: text.length });
    expect(text.slice(r.evidence[0]!.start, r.evidence[0]!.end)).toBe(r.evidence[0]!.sentence);
  });
});
