/**
 * Relation rules added for recall on unseen news (membership, comma lists, aid, attacks,
 * argument choice, embedded demands), on sentences written for these tests. Same row format
 * as relations.test.ts: every expected line is there, and nothing else.
 */
import { describe, expect, it } from '@jest/globals';
import { hasRelation, lines, run } from './helpers.js';

type Row = [sentence: string, expected: string[]];

function expectExactly([sentence, expected]: Row): void {
  const x = run(sentence);
  const got = lines(x);
  for (const e of expected) expect({ sentence, got, has: hasRelation(x, e) }).toEqual({ sentence, got, has: true });
  expect(got).toHaveLength(expected.length);
}

describe('vi relations: membership', () => {
  const rows: Row[] = [
    ['Hungary, thành viên NATO, phản đối kế hoạch này.', ['Hungary MEMBER_OF NATO']],
    ['Các nước thành viên EU như Hungary và Slovakia phản đối lệnh cấm vận.', ['Hungary MEMBER_OF European Union', 'Slovakia MEMBER_OF European Union']],
    ['Nhóm BRICS gồm Brazil, Nga, Ấn Độ, Trung Quốc và Nam Phi.',
      ['Brazil MEMBER_OF BRICS', 'Russia MEMBER_OF BRICS', 'India MEMBER_OF BRICS', 'China MEMBER_OF BRICS', 'South Africa MEMBER_OF BRICS']],
    ['Na Uy là thành viên của NATO.', ['Norway MEMBER_OF NATO']],
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
