/** .html (Readability on linkedom) and .md (marked lexer) reduce to the same clean text shape as .txt. */
import { readFileSync } from 'node:fs';
import { beforeAll, describe, expect, it } from '@jest/globals';
import type { CleanDocument } from '../../src/types.js';
import { ingestBytes } from '../../src/ingest/read.js';

const fixture = async (name: string) => {
  const path = new URL(`../fixtures/ingest/${name}`, import.meta.url).pathname;
  const r = await ingestBytes(path, readFileSync(path));
  if (!r.ok) throw new Error(r.reason);
  return r.doc;
};

describe('HTML page', () => {
  let doc: CleanDocument;
  beforeAll(async () => {
    doc = await fixture('article.html');
  });

  it('keeps the article paragraphs, title first, de-obfuscated', () => {
    expect(doc.title).toBe('Nhật - Hàn nhất trí tăng cường hợp tác');
    expect(doc.text.startsWith('Nhật - Hàn nhất trí tăng cường hợp tác\n')).toBe(true);
    expect(doc.text).toContain('Thủ tướng Nhật Bản Fumio Kishida hôm 16/3 đã hội đàm với Tổng thống Hàn Quốc Yoon Suk Yeol tại Tokyo');
    expect(doc.text).toContain('phản đối mọi hành động đe dọa hòa bình');
    expect(doc.text).toContain('cùng hướng tới tương lai thay vì quá khứ.');
  });

  it('drops navigation, widgets, captions, scripts, teasers and footer', () => {
    for (const junk of [
      'Trang chủ',
      'Đăng nhập',
      'Nhỏ Bình thường Lớn',
      'Ảnh: Kyodo',
      'window.ads',
      'color: red',
      'Trung Quốc phản ứng',
      'Triều Tiên phóng tên lửa',
      '© 2023',
      'Tin liên quan',
    ])
      expect(doc.text).not.toContain(junk);
  });

  it('reads the date and language the page states', () => {
    expect(doc.published).toBe('2023-03-16');
    expect(doc.lang).toBe('vi');
    expect(doc.id).toBe('article');
  });
});

describe('Markdown document', () => {
  let doc: CleanDocument;
  beforeAll(async () => {
    doc = await fixture('article.md');
  });

  it('strips the syntax and keeps the prose', () => {
    expect(doc.title).toBe('Australia and Indonesia sign defence pact');
    expect(doc.text).toContain(
      'Australian Defence Minister Richard Marles and his Indonesian counterpart Prabowo Subianto signed a defence cooperation agreement in Canberra',
    );
    expect(doc.text).toContain('It replaces a framework signed in 2006.');
    expect(doc.text).toContain('"This is the most significant defence agreement in our history," Marles said.');
    for (const syntax of ['**', '](', 'https://', '![', '```', 'console.log', '# ', '---', 'title:']) expect(doc.text).not.toContain(syntax);
  });

  it('drops the related-links section, reads front matter and language', () => {
    expect(doc.text).not.toContain('French jets');
    expect(doc.published).toBe('2024-08-29');
    expect(doc.lang).toBe('en');
  });
});

describe('HTML page with a related box inside the article (declared windows-1252)', () => {
  let doc: CleanDocument;
  beforeAll(async () => {
    doc = await fixture('inline-related.htm');
  });

  it('keeps the paragraphs on both sides of the box and drops the box', () => {
    expect(doc.title).toBe('Ministers meet in Jakarta on maritime security');
    expect(doc.text).toContain('agreed to step up maritime security cooperation in the region');
    expect(doc.text).toContain('Indonesian officials said the agreement did not target any third country');
    expect(doc.text).toContain('Japan’s minister is due to travel on to Manila'); // 0x92 in windows-1252
    for (const junk of [
      'By A. Reporter',
      'Japan pledges patrol boats',
      'China protests Japanese naval drills',
      '03/02/2024',
      'Floods hit',
      'Share this article',
      'Most read',
    ])
      expect(doc.text).not.toContain(junk);
  });

  it('reads the date from the meta tag and the language', () => {
    expect(doc.published).toBe('2024-02-05');
    expect(doc.lang).toBe('en');
    expect(doc.id).toBe('inline-related');
  });
});

describe('a page its parser throws on', () => {
  it('is a failure naming the format, not an exception that would stop the batch', async () => {
    // linkedom gives Readability no document for a bare "<"; Readability's constructor throws.
    const r = await ingestBytes('broken.html', Buffer.from('<'));
    expect(r).toEqual({ ok: false, reason: expect.stringMatching(/^cannot parse as HTML \(.+\)$/) });
  });
});
