import { describe, expect, it } from '@jest/globals';
import { detectLang, vietnameseWordShare, VI_WORD_SHARE } from '../../src/lang/detect.js';

describe('detectLang', () => {
  const cases: [string, 'vi' | 'en'][] = [
    ['Ngoại trưởng Nga Sergei Lavrov khẳng định hệ thống phòng thủ tên lửa của Mỹ là mối đe dọa.', 'vi'],
    ['Nga và NATO hôm qua thừa nhận họ vẫn còn mâu thuẫn.', 'vi'],
    ['Russian Foreign Minister Sergei Lavrov said the U.S. missile shield threatens strategic stability.', 'en'],
    // English dense with Vietnamese names stays English.
    ['General Secretary Nguyễn Phú Trọng met President Joe Biden in Hà Nội on Monday, the foreign ministry said, and they discussed trade and security.', 'en'],
    // Vietnamese without many diacritic-bearing names still Vietnamese.
    ['NATO và Nga tổ chức cuộc họp tại Brúcxen về vấn đề Libya.', 'vi'],
    ['Café owners in Montréal said the façade was déjà vu.', 'en'],
    ['', 'en'],
  ];
  it.each(cases)('%j → %s', (text, lang) => expect(detectLang(text)).toBe(lang));

  it('separates the seeds from English by a wide margin', () => {
    expect(vietnameseWordShare('Moscow từ lâu đã phản đối kế hoạch của NATO trong việc triển khai các bộ phận của lá chắn tên lửa.')).toBeGreaterThan(
      2 * VI_WORD_SHARE,
    );
  });
});
