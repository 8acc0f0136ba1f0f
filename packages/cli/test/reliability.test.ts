/**
 * `kg extract` (the real program, as a child process) on the inputs that break batch tools:
 * a thousand files with one bad, legacy Vietnamese code pages and UTF-16, the size limits at
 * their boundary, a 5 MB single line, symbolic-link loops, an output it cannot write. Each
 * bad input is one stderr line naming it; everything else reaches the graph.
 * Big files are made in a temp dir (sparse where the content does not matter) and removed.
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import iconv from 'iconv-lite';
import { Graph } from '@kg/extractor';
import { toTcvn3, toVni, toWindows1252 } from '../../extractor/test/ingest/encode-legacy.js';

const ROOT = new URL('../../../', import.meta.url).pathname;
const ENTRY = new URL('../src/main.ts', import.meta.url).pathname;
const run = (...args: string[]) =>
  spawnSync(process.execPath, ['--import', 'tsx', ENTRY, 'extract', ...args, '--quiet'], { cwd: ROOT, encoding: 'utf8', timeout: 300_000 });
const expectExit = (r: { status: number | null; stderr: string }, code: number) =>
  expect(r.status === code ? `exit ${code}` : `exit ${r.status}: ${r.stderr}`).toBe(`exit ${code}`);
const stderrLines = (r: { stderr: string }) => r.stderr.trim().split('\n').filter(Boolean);
const graphAt = (path: string) => Graph.parse(JSON.parse(readFileSync(path, 'utf8')));

// Fresh sentences (not from any corpus), one article per number.
const article = (i: number) =>
  `Hai nước ký thỏa thuận hợp tác số ${i}\n\n` +
  `Bộ trưởng Ngoại giao Việt Nam và người đồng cấp Lào đã ký văn kiện hợp tác thứ ${i} về giáo dục và y tế trong chuyến thăm kéo dài hai ngày. ` +
  `Hai bên nhất trí tăng cường trao đổi đoàn ở mọi cấp trong năm tới.\n`;
const VI =
  'Thủ tướng Nhật Bản hội đàm với Tổng thống Hàn Quốc tại Tokyo\n\nHai nhà lãnh đạo nhất trí tăng cường hợp tác quốc phòng, đồng thời phản đối mọi hành động đơn phương làm thay đổi hiện trạng ở biển Hoa Đông.';
const EN =
  'Ministers meet in Vienna\n\nThe foreign ministers of Austria and Hungary met in Vienna on Monday and agreed to cooperate on border controls, their offices said.';

let dir: string;
beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'kg-reliability-'));
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('kg extract on bad and unusual inputs', () => {
  it('reads 999 of 1,000 files and names the one bad file on one line (exit 0)', () => {
    const many = join(dir, 'many');
    mkdirSync(many);
    for (let i = 0; i < 1000; i++) writeFileSync(join(many, `${String(i).padStart(4, '0')}.txt`), article(i));
    const bad = join(many, '0500.txt');
    writeFileSync(bad, Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d, 0x49, 0x48, 0x44, 0x52]));
    const out = join(dir, 'many.json');
    const r = run(many, '--out', out, '--jobs', '2');
    expectExit(r, 0);
    expect(stderrLines(r)).toEqual([`kg extract: ${bad}: binary file (contains NUL bytes)`]);
    const ids = graphAt(out).documents.map((d) => d.id);
    expect(ids).toHaveLength(999);
    expect(ids).not.toContain('0500');
    expect(ids[0]).toBe('0000');
    expect(ids[998]).toBe('0999');
  });

  it('decodes VNI, TCVN3, UTF-16 LE/BE with BOM and Windows-1252 files to the same text', () => {
    const enc = join(dir, 'encodings');
    mkdirSync(enc);
    const bom = (le: boolean) => Buffer.concat([Buffer.from(le ? [0xff, 0xfe] : [0xfe, 0xff]), iconv.encode(VI, le ? 'utf-16le' : 'utf-16be')]);
    writeFileSync(join(enc, 'vni.txt'), toVni(VI));
    writeFileSync(join(enc, 'tcvn3.txt'), toTcvn3(VI));
    writeFileSync(join(enc, 'utf16le.txt'), bom(true));
    writeFileSync(join(enc, 'utf16be.txt'), bom(false));
    writeFileSync(join(enc, 'cp1252.txt'), toWindows1252(EN));
    const out = join(dir, 'enc.json');
    const r = run(enc, '--out', out);
    expectExit(r, 0);
    expect(r.stderr).toBe('');
    const docs = new Map(graphAt(out).documents.map((d) => [d.id, d]));
    const cleaned = (t: string) => t.replace('\n\n', '\n'); // blank lines do not survive cleaning
    for (const id of ['vni', 'tcvn3', 'utf16le', 'utf16be'])
      expect({ id, lang: docs.get(id)?.lang, text: docs.get(id)?.text }).toEqual({ id, lang: 'vi', text: cleaned(VI) });
    expect(docs.get('cp1252')).toMatchObject({ lang: 'en', text: cleaned(EN) });
  });

  it('refuses a file one byte over --max-size before reading it, and reads one exactly at it', () => {
    const lim = join(dir, 'limit');
    mkdirSync(lim);
    const limit = 0.5 * 1024 * 1024;
    const pad = (text: string, size: number) => Buffer.concat([Buffer.from(text), Buffer.alloc(size - Buffer.byteLength(text), '\n')]);
    writeFileSync(join(lim, 'exact.txt'), pad(article(1), limit));
    writeFileSync(join(lim, 'over.txt'), pad(article(2), limit + 1));
    const out = join(dir, 'limit.json');
    const r = run(lim, '--out', out, '--max-size', '0.5');
    expectExit(r, 0);
    expect(stderrLines(r)).toEqual([`kg extract: ${join(lim, 'over.txt')}: too large (0.5 MB, limit 0.5 MB; raise it with --max-size)`]);
    expect(graphAt(out).documents.map((d) => d.id)).toEqual(['exact']);
  });

  it('refuses a 5 MB single line as too long an article, naming the setting, and reads the rest', () => {
    const line = join(dir, 'line');
    mkdirSync(line);
    const parts: string[] = [];
    for (let i = 0, size = 0; size < 5 * 1024 * 1024; i++) {
      const s = `Phái đoàn thứ ${i} của Bộ Công Thương đã làm việc với đối tác nước ngoài về thương mại và đầu tư.`;
      parts.push(s);
      size += Buffer.byteLength(s) + 1;
    }
    writeFileSync(join(line, 'one-line.txt'), parts.join(' '));
    writeFileSync(join(line, 'ok.txt'), article(3));
    const out = join(dir, 'line.json');
    const r = run(line, '--out', out);
    expectExit(r, 0);
    expect(stderrLines(r)).toEqual([
      expect.stringMatching(
        new RegExp(`^kg extract: ${join(line, 'one-line.txt')}: article text too long \\(5\\.\\d MB after cleaning, limit 1 MB; raise it with --max-text\\)$`),
      ),
    ]);
    expect(graphAt(out).documents.map((d) => d.id)).toEqual(['ok']);
  });

  it('refuses a named pipe named like an article without opening it (opening would wait for a writer)', () => {
    const pipes = join(dir, 'pipes');
    mkdirSync(join(pipes, 'inside'), { recursive: true });
    execFileSync('mkfifo', [join(pipes, 'feed.txt'), join(pipes, 'inside', 'feed2.txt')]);
    writeFileSync(join(pipes, 'inside', 'ok.txt'), article(6));
    const out = join(dir, 'pipes.json');
    // A shorter time-out than run's: a read that opens the pipe never returns.
    const r = spawnSync(process.execPath, ['--import', 'tsx', ENTRY, 'extract', join(pipes, 'feed.txt'), join(pipes, 'inside'), '--out', out, '--quiet'], {
      cwd: ROOT,
      encoding: 'utf8',
      timeout: 60_000,
    });
    expectExit(r, 0);
    // Named: refused; met in a directory walk: not an article file, skipped like any non-file.
    expect(stderrLines(r)).toEqual([`kg extract: ${join(pipes, 'feed.txt')}: not a regular file`]);
    expect(graphAt(out).documents.map((d) => d.id)).toEqual(['ok']);
  });

  it('reports each symbolic-link loop and dangling link once and reads the files beside them', () => {
    const tree = join(dir, 'links');
    mkdirSync(join(tree, 'a', 'b'), { recursive: true });
    writeFileSync(join(tree, 'a', 'one.txt'), article(4));
    writeFileSync(join(tree, 'a', 'b', 'two.txt'), article(5));
    symlinkSync('../..', join(tree, 'a', 'b', 'up')); // a/b/up -> the tree's root: a loop
    symlinkSync('self', join(tree, 'self')); // a link to itself (ELOOP)
    symlinkSync('missing.txt', join(tree, 'gone.txt')); // dangling, named like an article
    symlinkSync(join(tree, 'a', 'one.txt'), join(tree, 'alias.txt')); // the same file twice: read once
    const out = join(dir, 'links.json');
    const r = run(tree, '--out', out);
    expectExit(r, 0);
    expect(stderrLines(r).sort()).toEqual(
      [
        `kg extract: ${join(tree, 'a', 'b', 'up')}: symbolic link loop (points back to ${tree}), not followed`,
        `kg extract: ${join(tree, 'gone.txt')}: broken symbolic link (its target does not exist)`,
        `kg extract: ${join(tree, 'self')}: symbolic link loop`,
      ].sort(),
    );
    expect(
      graphAt(out)
        .documents.map((d) => d.id)
        .sort(),
    ).toEqual(['one', 'two']);
  });

  it('exits 1 naming the output when it cannot be written', () => {
    const blocker = join(dir, 'not-a-dir');
    writeFileSync(blocker, 'a file where a directory should be');
    writeFileSync(join(dir, 'single.txt'), article(6));
    const r = run(join(dir, 'single.txt'), '--out', join(blocker, 'graph.json'));
    expectExit(r, 1);
    expect(r.stderr).toMatch(new RegExp(`^kg extract: ${join(blocker, 'graph.json')}: cannot write \\((EEXIST|ENOTDIR)\\)`));
  });
});
