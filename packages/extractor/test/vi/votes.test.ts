/**
 * Council votes (src/lang/vi/relations/votes.ts) on sentences written for these tests: sponsors propose the
 * draft to the voting body, ballots support or oppose the sponsor, a failed adoption or a veto
 * rejects it; ambiguous drafts give no ballot relations.
 */
import { describe, expect, it } from '@jest/globals';
import { hasRelation, lines, run } from './helpers.js';

const has = (text: string, rel: string): boolean => hasRelation(run(text), rel);

describe('vi votes', () => {
  it('reads the sponsor, the body and the counted ballots', () => {
    const x = run(
      'Hội đồng Bảo an đã bỏ phiếu đối với dự thảo nghị quyết do Pháp soạn thảo. Văn kiện này nhận được 11 phiếu thuận, 2 phiếu chống (gồm Nga và Iran) và 2 phiếu trắng.',
    );
    for (const r of ['France PROPOSE UN Security Council', 'Russia OPPOSE France', 'Iran OPPOSE France'])
      expect({ r, got: lines(x), ok: hasRelation(x, r) }).toMatchObject({ ok: true });
    expect(lines(x)).toHaveLength(3);
  });

  it('reads cast ballots and a veto', () => {
    const text = 'Hội đồng Bảo an không thông qua dự thảo nghị quyết do Brazil đệ trình. Trung Quốc bỏ phiếu ủng hộ, còn Anh đã phủ quyết dự thảo này.';
    expect(has(text, 'UN Security Council REJECT Brazil')).toBe(true);
    expect(has(text, 'China SUPPORT Brazil')).toBe(true);
    expect(has(text, 'United Kingdom REJECT Brazil')).toBe(true);
  });

  it('an adopted draft is not rejected, and an abstention is no relation', () => {
    const x = run('Hội đồng Bảo an đã thông qua dự thảo nghị quyết do Nhật Bản soạn thảo. Ấn Độ bỏ phiếu trắng.');
    expect(lines(x)).toEqual(['Japan PROPOSE UN Security Council']);
  });

  it('gives no ballots when two drafts have one sponsor each', () => {
    const x = run(
      'Hội đồng Bảo an bỏ phiếu đối với hai dự thảo, lần lượt do Mỹ và Nga soạn thảo. Văn kiện này nhận được 4 phiếu thuận (Trung Quốc và Nam Phi).',
    );
    expect(lines(x).filter((l) => / (SUPPORT|OPPOSE) /.test(l))).toEqual([]);
  });

  it('needs a sponsoring verb: a draft merely mentioned with "do" is not sponsored', () => {
    expect(lines(run('Hội đồng Bảo an thảo luận dự thảo nghị quyết do Pháp. Nga bỏ phiếu chống.'))).toEqual([]);
  });
});
