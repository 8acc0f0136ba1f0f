/**
 * Relation rules added for recall on unseen news (membership, comma lists, aid, attacks,
 * argument choice, embedded demands), on sentences written for these tests. Same row format
 * as relations.test.ts: every expected line is there, and nothing else.
 */
import { describe, expect, it } from '@jest/globals';
import { expectExactly, lines, run, type Row } from './helpers.js';

describe('vi relations: membership', () => {
  const rows: Row[] = [
    ['Hungary, thành viên NATO, phản đối kế hoạch này.', ['Hungary MEMBER_OF NATO']],
    ['Các nước thành viên EU như Hungary và Slovakia phản đối lệnh cấm vận.', ['Hungary MEMBER_OF European Union', 'Slovakia MEMBER_OF European Union']],
    [
      'Nhóm BRICS gồm Brazil, Nga, Ấn Độ, Trung Quốc và Nam Phi.',
      ['Brazil MEMBER_OF BRICS', 'Russia MEMBER_OF BRICS', 'India MEMBER_OF BRICS', 'China MEMBER_OF BRICS', 'South Africa MEMBER_OF BRICS'],
    ],
    ['Na Uy là thành viên của NATO.', ['Norway MEMBER_OF NATO']],
    ['Thổ Nhĩ Kỳ, một thành viên NATO, phản đối kế hoạch này.', ['Turkey MEMBER_OF NATO']],
    [
      'Nhóm Bộ Tứ (gồm Mỹ, Nhật Bản, Ấn Độ và Australia) họp tại Tokyo.',
      ['United States MEMBER_OF Quad', 'Japan MEMBER_OF Quad', 'India MEMBER_OF Quad', 'Australia MEMBER_OF Quad'],
    ],
    ['Phần Lan và Thụy Điển đều là thành viên của EU.', ['Finland MEMBER_OF European Union', 'Sweden MEMBER_OF European Union']],
    ['Thụy Sĩ không phải là thành viên của EU.', ['Switzerland MEMBER_OF European Union negated']],
    // an ally of a country is no membership; a country listing things is no organization
    ['Ba Lan, đồng minh của Mỹ, ủng hộ Ukraine.', []],
    ['Mỹ là đồng minh của Israel.', []],
  ];
  it.each(rows)('%s', (sentence, expected) => expectExactly([sentence, expected]));
});

describe('vi relations: comma lists', () => {
  const rows: Row[] = [
    ['Nga chỉ trích Anh, Pháp và Đức.', ['Russia CRITICIZE United Kingdom', 'Russia CRITICIZE France', 'Russia CRITICIZE Germany']],
    ['Ý, Tây Ban Nha và Hy Lạp ủng hộ Síp.', ['Italy SUPPORT Cyprus', 'Spain SUPPORT Cyprus', 'Greece SUPPORT Cyprus']],
    ['Pháp, Đức, Italy đã gặp nhau tại Rome.', ['France MEET Germany', 'France MEET Italy', 'Germany MEET Italy']],
    // commas not closed by "và" are clause breaks, not a list
    ['Nga chỉ trích Anh, Pháp ủng hộ Ukraine.', ['Russia CRITICIZE United Kingdom', 'France SUPPORT Ukraine']],
  ];
  it.each(rows)('%s', (sentence, expected) => expectExactly([sentence, expected]));
});

describe('vi relations: aid and attacks', () => {
  const rows: Row[] = [
    // the recipient after "cho" may stand far from the verb; a hyphenated model name is one word
    ['Đức sẽ cung cấp thêm ba hệ thống phòng không IRIS-T cho Ukraine.', ['Germany AID Ukraine']],
    ['Canada tài trợ 500 triệu USD cho Ukraine.', ['Canada AID Ukraine']],
    ['Anh chuyển giao vũ khí cho Ukraine.', ['United Kingdom AID Ukraine']],
    ['Nhật Bản công bố gói viện trợ trị giá 5 tỷ USD cho Indonesia.', ['Japan AID Indonesia']],
    // sharing information is no aid
    ['Mỹ cung cấp thông tin tình báo cho Israel.', []],
    // selling energy is trade, not aid
    ['Nga cung cấp khí đốt cho Trung Quốc.', []],
    ['Triều Tiên bắn phá Hàn Quốc.', ['North Korea ATTACK South Korea']],
    ['Nga phóng tên lửa vào Ba Lan.', ['Russia ATTACK Poland']],
    // an event noun's possessor acts on the object after it
    ['Cuộc tấn công của Nga vào Ukraine khiến nhiều người thiệt mạng.', ['Russia ATTACK Ukraine']],
    ['Vụ tấn công của Hamas nhằm vào Israel gây chấn động.', ['Hamas ATTACK Israel']],
    ['Iran bác bỏ lời cáo buộc của Mỹ.', ['Iran REJECT United States']],
  ];
  it.each(rows)('%s', (sentence, expected) => expectExactly([sentence, expected]));
});

describe('vi relations: argument choice and embedded clauses', () => {
  const rows: Row[] = [
    // a speaker warning that his own country may act warns nobody
    ['Ngoại trưởng Iran Abbas Araghchi cảnh báo Iran có thể rút khỏi hiệp ước.', []],
    // a participle after a comma continues the main clause, not the embedded one
    [
      'Bộ Ngoại giao Nga phản đối việc Mỹ triển khai tên lửa tới Đức, cáo buộc NATO gây căng thẳng.',
      [
        'Ministry of Foreign Affairs of Russia OPPOSE United States',
        'United States DEPLOY Germany topic=missiles',
        'Ministry of Foreign Affairs of Russia ACCUSE NATO',
      ],
    ],
    ['Nga tấn công Ukraine, cáo buộc NATO can thiệp.', ['Russia ATTACK Ukraine', 'Russia ACCUSE NATO']],
    // what a demand asks for is not a fact
    ['Ba Lan kêu gọi EU thông qua gói trừng phạt mới đối với Nga.', ['Poland DEMAND European Union']],
    ['Mỹ đề nghị Nhật Bản trừng phạt Triều Tiên và hợp tác với Hàn Quốc.', ['United States DEMAND Japan']],
    // a possibility or a plan is not a fact
    ['Mỹ có thể trừng phạt Iran.', []],
    ['Canada dự kiến viện trợ cho Jordan.', []],
    // refusing to condemn is not condemning; refusing a proposal is a rejection
    ['Trung Quốc từ chối lên án Nga.', ['China CRITICIZE Russia negated']],
    ['Iran từ chối đề xuất của Mỹ.', ['Iran REJECT United States']],
  ];
  it.each(rows)('%s', (sentence, expected) => expectExactly([sentence, expected]));
});

describe('vi titles with a field or a place of post', () => {
  it.each([
    [
      'Đại diện cấp cao về chính sách đối ngoại và an ninh của EU Josep Borrell cảnh báo Nga.',
      ['Josep Borrell HOLDS_POSITION European Union topic=High Representative', 'Josep Borrell WARN Russia'],
    ],
    [
      'Đại sứ Nga tại Mỹ Anatoly Antonov chỉ trích Washington.',
      ['Anatoly Antonov CRITICIZE United States', 'Anatoly Antonov HOLDS_POSITION Russia topic=Ambassador'],
    ],
    [
      'Đại sứ Mỹ tại Liên hợp quốc Linda Thomas-Greenfield lên án Triều Tiên.',
      ['Linda Thomas-Greenfield CRITICIZE North Korea', 'Linda Thomas-Greenfield HOLDS_POSITION United States topic=Ambassador'],
    ],
  ])('%s', (sentence, expected) => {
    expect(lines(run(sentence), { positions: true })).toEqual(expected);
  });
});

describe('vi relations: topics', () => {
  const rows: Row[] = [
    // an entity after "vấn đề"/"tình hình" right after the trigger is the topic, not a party
    ['Nga và Mỹ thảo luận vấn đề Ukraine.', ['Russia MEET United States topic=Ukraine']],
    ['Hàn Quốc và Mỹ thảo luận tình hình bán đảo Triều Tiên.', ['South Korea MEET United States topic=Korean Peninsula']],
    ['Ngoại trưởng Mỹ Antony Blinken hội đàm với Ngoại trưởng Trung Quốc Vương Nghị xung quanh vấn đề Đài Loan.', ['Antony Blinken MEET Wang Yi topic=Taiwan']],
    ['Pháp và Đức bất đồng liên quan đến chính sách thương mại với Trung Quốc.', ['France DISAGREE Germany topic=trade']],
    ['Iran và Mỹ đàm phán về chương trình làm giàu urani.', ['Iran MEET United States topic=uranium enrichment']],
    ['Mỹ chỉ trích Trung Quốc về việc quân sự hóa Biển Đông.', ['United States CRITICIZE China topic=militarization']],
    // "trong lĩnh vực" introduces topics ("trong" alone ends a clause)
    [
      'Việt Nam và Hàn Quốc nhất trí thúc đẩy hợp tác trong lĩnh vực đầu tư và công nghệ.',
      ['Vietnam COOPERATE South Korea topic=investment', 'Vietnam COOPERATE South Korea topic=technology'],
    ],
  ];
  it.each(rows)('%s', (sentence, expected) => expectExactly([sentence, expected]));
});

describe('vi relations: summits, joint drills, clashes', () => {
  const rows: Row[] = [
    ['Hàn Quốc và Nhật Bản tổ chức hội nghị thượng đỉnh.', ['South Korea MEET Japan']],
    ['Hội nghị thượng đỉnh giữa Mỹ và Triều Tiên diễn ra tại Hà Nội.', ['United States MEET North Korea']],
    ['Mỹ và Philippines tập trận chung ở Biển Đông.', ['United States COOPERATE Philippines']],
    ['Iran và Israel trao đổi hỏa lực.', ['Iran CONFLICT Israel']],
    ['Ấn Độ đụng độ với Trung Quốc ở khu vực biên giới.', ['India CONFLICT China']],
  ];
  it.each(rows)('%s', (sentence, expected) => expectExactly([sentence, expected]));
});

describe('vi relations: light verbs and domestic officials', () => {
  it.each([
    ['Tổng thống Indonesia Prabowo Subianto bắt đầu chuyến thăm chính thức Nhật Bản.', ['Prabowo Subianto VISIT Japan']],
    ['Nga bắt đầu tấn công Ukraine.', ['Russia ATTACK Ukraine']],
  ] as Row[])('%s', (sentence, expected) => expectExactly([sentence, expected]));

  it('gives a Vietnamese-named official without a stated country the domestic country', () => {
    const x = run('Việt Nam ủng hộ Lào. Bộ trưởng Ngoại giao Bùi Thanh Sơn hội đàm với Ngoại trưởng Singapore Vivian Balakrishnan.');
    expect(lines(x, { positions: true }).filter((l) => l.includes('HOLDS_POSITION'))).toEqual([
      'Bùi Thanh Sơn HOLDS_POSITION Vietnam topic=Foreign Minister',
      'Vivian Balakrishnan HOLDS_POSITION Singapore topic=Foreign Minister',
    ]);
  });
  it.each([
    // a Chinese name in Vietnamese spelling, and the domestic country never named: no post
    ['Việt Nam ủng hộ Lào. Phó Thủ tướng Đinh Tiết Tường gặp Tổng thống Putin.'],
    ['Bộ trưởng Ngoại giao Bùi Thanh Sơn hội đàm với Ngoại trưởng Singapore Vivian Balakrishnan.'],
  ])('gives no domestic post when unsure: %s', (sentence) => {
    expect(lines(run(sentence), { positions: true }).filter((l) => l.includes('HOLDS_POSITION Vietnam'))).toEqual([]);
  });
});
