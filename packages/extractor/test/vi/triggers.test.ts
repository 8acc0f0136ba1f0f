/**
 * Trigger words and constructions added for recall (data/lexicons/vi/triggers.tsv, relations/sentence.ts),
 * on sentences written for these tests: [sentence, every expected relation line] — nothing else
 * may come out, so each row is also a precision check. Negative rows expect nothing.
 */
import { describe, expect, it } from '@jest/globals';
import { expectExactly, hasRelation, lines, run, type Row } from './helpers.js';

describe('vi triggers: joining an organization', () => {
  const rows: Row[] = [
    ['Ukraine đã nộp đơn xin gia nhập Liên minh châu Âu.', ['Ukraine JOIN European Union']],
    // the invitee joins; "khối" is the one organization named before it
    ['ASEAN đã quyết định mời hai quốc gia gồm Papua New Guinea và Bangladesh gia nhập khối.', ['Papua New Guinea JOIN ASEAN', 'Bangladesh JOIN ASEAN']],
    ['Đơn xin gia nhập NATO của Gruzia chưa được xem xét.', ['Georgia JOIN NATO']],
    // purpose clause: the sentence's subject acts
    ['Gruzia cùng với Moldova đã cải cách luật pháp để nộp đơn xin gia nhập EU.', ['Georgia JOIN European Union', 'Moldova JOIN European Union']],
  ];
  it.each(rows)('%s', (sentence, expected) => expectExactly([sentence, expected]));

  it('becoming a member is membership; wanting to is not', () => {
    const done = run('Ngày 7/3, Thụy Điển chính thức trở thành thành viên NATO.');
    expect(hasRelation(done, 'Sweden JOIN NATO date=--03-07')).toBe(true);
    expect(hasRelation(done, 'Sweden MEMBER_OF NATO', { positions: true })).toBe(true);
    const wish = run('Ukraine muốn trở thành thành viên NATO.');
    expect(lines(wish, { positions: true })).toEqual(['Ukraine JOIN NATO']);
  });

  it('a purpose clause after a speech verb does not take the speaker as subject', () => {
    expect(lines(run('Nga cho biết Gruzia đã cải cách luật pháp để nộp đơn xin gia nhập EU.'))).not.toContain('Russia JOIN European Union');
  });
});

describe('vi triggers: support named from the receiver, solidarity, welcome', () => {
  const rows: Row[] = [
    ['Ukraine nhận được sự hỗ trợ của Mỹ và Anh.', ['United States SUPPORT Ukraine', 'United Kingdom SUPPORT Ukraine']],
    ['Với sự giúp đỡ của Nga, Syria đã giành lại thành phố.', ['Russia SUPPORT Syria']],
    // the adjunct's givers support the opening list, and the list (not the givers) attacks
    [
      'Pháp, Đức, với sự hậu thuẫn từ Bỉ và Hà Lan, đã tấn công Libya.',
      [
        'Belgium SUPPORT France',
        'Belgium SUPPORT Germany',
        'Netherlands SUPPORT France',
        'Netherlands SUPPORT Germany',
        'France ATTACK Libya',
        'Germany ATTACK Libya',
      ],
    ],
    ['Moldova hoan nghênh quyết định của EU.', ['Moldova SUPPORT European Union']],
    // a place after "ở" is an adjunct: the speakers before it express solidarity
    [
      'Lãnh đạo các nước Ba Lan, Litva và Latvia đã phát biểu tại một cuộc mít tinh ở Kiev bày tỏ "tình đoàn kết" với Ukraine.',
      ['Poland SUPPORT Ukraine', 'Lithuania SUPPORT Ukraine', 'Latvia SUPPORT Ukraine'],
    ],
    // negative: opposition received is no support; an instrument is no giver
    ['Mỹ nhận được sự phản đối của Trung Quốc.', []],
    ['Israel tấn công Gaza với sự yểm trợ của máy bay.', ['Israel ATTACK Gaza Strip']],
  ];
  it.each(rows)('%s', (sentence, expected) => expectExactly([sentence, expected]));
});

describe('vi triggers: meetings, loans, coordination, acts, relative clauses, nominalized verbs', () => {
  const rows: Row[] = [
    // manner words between the meeting and its partner
    ['Tổng thống Pháp Emmanuel Macron đã có cuộc gặp trực tiếp đầu tiên với Thủ tướng Anh Keir Starmer.', ['Emmanuel Macron MEET Keir Starmer']],
    // visiting a person is meeting them
    ['Chủ tịch nước Võ Văn Thưởng đã đến thăm Quốc vương Thái Lan Maha Vajiralongkorn.', ['Võ Văn Thưởng MEET Maha Vajiralongkorn']],
    ['Thủ tướng Ấn Độ Narendra Modi sẽ thăm Nga.', ['Narendra Modi VISIT Russia']],
    // a loan is aid; a verb right after another shares its subject and its negation
    ['Nhật Bản đã nhất trí cấp khoản vay trị giá 2,5 tỷ USD cho Philippines.', ['Japan AID Philippines']],
    ['Nhật Bản không nhất trí cấp khoản vay cho Philippines.', ['Japan AID Philippines negated']],
    ['Hải quân Pháp đã phối hợp với Italy.', ['France COOPERATE Italy']],
    ['Theo ông Biden, hành động của Iran đe dọa binh sĩ Mỹ.', ['Iran THREATEN United States']],
    ['Các biện pháp trừng phạt mà Mỹ và EU áp đặt lên Nga sẽ được duy trì.', ['United States SANCTION Russia', 'European Union SANCTION Russia']],
    ['Nhật Bản bày tỏ sự phản đối của mình đối với các hành động của Trung Quốc.', ['Japan OPPOSE China']],
    ['Thái Lan lên tiếng ủng hộ Campuchia.', ['Thailand SUPPORT Cambodia']],
    // negative: a place on a sea is no target
    ['Các cuộc tấn công của phiến quân nhằm vào tàu hàng trên Biển Đỏ tiếp diễn.', []],
  ];
  it.each(rows)('%s', (sentence, expected) => expectExactly([sentence, expected]));
});

describe('vi triggers: going to a country, delegations, attack sites', () => {
  const rows: Row[] = [
    ['Ngoại trưởng Mỹ Antony Blinken sẽ đến Trung Quốc vào tuần tới.', ['Antony Blinken VISIT China']],
    // the leader of a country's delegation is the visitor
    ['Chủ tịch nước Võ Văn Thưởng đã dẫn đầu đoàn đại biểu cấp cao Việt Nam thăm cấp Nhà nước tới Vương quốc Thái Lan.', ['Võ Văn Thưởng VISIT Thailand']],
    ['Mỹ và Anh đã tấn công các mục tiêu ở Yemen.', ['United States ATTACK Yemen', 'United Kingdom ATTACK Yemen']],
    // negative: "tới"/"đến" as prepositions are no visits
    ['Mỹ gửi vũ khí tới Ukraine.', ['United States AID Ukraine']],
    ['Căng thẳng lan rộng từ Hồng Kông, Đài Loan đến Biển Đông.', []],
    ['Các phái đoàn từ Qatar và Ai Cập đã tới Paris.', []],
    ['Ông Putin đề cập đến Ukraine.', []],
  ];
  it.each(rows)('%s', (sentence, expected) => expectExactly([sentence, expected]));
});

describe('vi triggers: sanctions, attacks, conflicts, drafts', () => {
  const rows: Row[] = [
    ['Mỹ áp lệnh trừng phạt đối với ba công ty của Nga.', ['United States SANCTION Russia']],
    ['Iran phóng tên lửa vào Israel.', ['Iran ATTACK Israel']],
    ['Cuộc tấn công của Iran nhằm vào Israel gây lo ngại.', ['Iran ATTACK Israel']],
    ['Sự ủng hộ của Mỹ dành cho Ukraine là rất quan trọng.', ['United States SUPPORT Ukraine']],
    ['Pháp đệ trình dự thảo nghị quyết lên Hội đồng Bảo an.', ['France PROPOSE UN Security Council']],
    ['Armenia xung đột với Azerbaijan.', ['Armenia CONFLICT Azerbaijan']],
    ['Xung đột Nga - Ukraine bước sang năm thứ ba.', ['Russia CONFLICT Ukraine']],
    ['Mỹ chưa trừng phạt Ấn Độ.', ['United States SANCTION India negated']],
    // negative: a conflict in a place has no second side; a dash before a description joins no pair
    ['Cuộc xung đột ở Ukraine ảnh hưởng tới châu Âu.', []],
    ['Nga lo ngại xung đột leo thang.', []],
    // a missile launch without a target is a test, not an attack, and can be condemned
    ['Triều Tiên phóng tên lửa xuống vùng biển phía Đông.', []],
    ['Thủ tướng Úc Anthony Albanese lên án vụ phóng tên lửa của Triều Tiên.', ['Anthony Albanese CRITICIZE North Korea']],
  ];
  it.each(rows)('%s', (sentence, expected) => expectExactly([sentence, expected]));
});
