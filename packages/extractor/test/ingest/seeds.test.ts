/**
 * Cleaning the five scraped seed pages: nothing from teaser lists or widgets survives (so no
 * entity or relation can come from them), and the article text does, de-obfuscated.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from '@jest/globals';
import { readDocument } from '../../src/ingest/read.js';
import { deobfuscate } from '../../src/ingest/deobfuscate.js';
import { isTimestampLine } from '../../src/ingest/timestamp.js';

interface SeedCase {
  file: string;
  title: string | null;
  teaserFrom: string | null;
  furniture: string[];
  present: string[];
}
const fixture = JSON.parse(readFileSync(new URL('../fixtures/ingest/seeds.json', import.meta.url), 'utf8')) as { seeds: SeedCase[] };
const SEEDS = new URL('../../../../seeds/', import.meta.url);

/** The raw lines of the teaser region: from `teaserFrom` to the end of the page. */
function teaserLines(raw: string, from: string | null): string[] {
  if (!from) return [];
  const lines = raw.split('\n').map((l) => l.trim());
  const start = lines.indexOf(from);
  if (start < 0) throw new Error(`fixture: "${from}" not found`);
  return lines.slice(start).filter(Boolean);
}

describe.each(fixture.seeds)('seed $file', (seed) => {
  const path = new URL(seed.file, SEEDS).pathname;
  const raw = readFileSync(path, 'utf8');
  const load = async () => {
    const r = await readDocument(path);
    if (!r.ok) throw new Error(r.reason);
    return r.doc;
  };

  it('keeps no teaser headline, excerpt or timestamp', async () => {
    const { text } = await load();
    const teasers = teaserLines(raw, seed.teaserFrom).filter((l) => l.split(/\s+/).length >= 4);
    if (seed.teaserFrom) expect(teasers.length).toBeGreaterThan(3);
    for (const line of teasers) {
      expect(text).not.toContain(line);
      expect(text).not.toContain(deobfuscate(line));
    }
    expect(text.split('\n').filter(isTimestampLine)).toEqual([]);
  });

  it('drops the page furniture', async () => {
    const { text } = await load();
    for (const f of seed.furniture) expect(text).not.toContain(f);
  });

  it('keeps the article passages, de-obfuscated', async () => {
    const doc = await load();
    for (const p of seed.present) expect(doc.text).toContain(p);
    expect(doc.text).not.toMatch(/\p{Ll}\.\p{Ll}/u); // no dot left inside a lower-case word
    expect(doc.text).toBe(doc.text.normalize('NFC'));
  });

  it('reads title, language and date', async () => {
    const doc = await load();
    if (seed.title) expect(doc.title).toBe(seed.title);
    else expect(doc.text.startsWith(doc.title.replace(/…$/, ''))).toBe(true); // no title line: the lead's first words
    expect(doc.lang).toBe('vi');
    expect(doc.id).toBe(seed.file.replace(/\.txt$/, ''));
    // None of the seeds states its own date; dates in their teaser lists must not be taken.
    expect(doc.published).toBeNull();
  });
});
