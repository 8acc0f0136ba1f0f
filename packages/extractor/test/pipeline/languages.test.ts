/** The languages a pool's workers load before they are ready: sampled from the batch's own files. */
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from '@jest/globals';
import { sampleLanguages } from '../../src/pool/languages.js';

const SEEDS = new URL('../../../../seeds/', import.meta.url).pathname;
const EN = new URL('../fixtures/en/', import.meta.url).pathname;
const vi = readdirSync(SEEDS)
  .filter((f) => f.endsWith('.txt'))
  .sort()
  .map((f) => join(SEEDS, f));
const en = readdirSync(EN)
  .filter((f) => f.endsWith('.txt'))
  .sort()
  .map((f) => join(EN, f));

describe('sampleLanguages', () => {
  it('finds one language in a batch of one language', async () => {
    expect(await sampleLanguages(vi)).toEqual(['vi']);
    expect(await sampleLanguages(en)).toEqual(['en']);
  });

  it('finds both in a mixed batch, wherever the files of each sit', async () => {
    expect(await sampleLanguages([...vi, ...en])).toEqual(['en', 'vi']);
    expect(await sampleLanguages([...en.slice(0, 2), ...vi, ...vi, ...vi])).toEqual(['en', 'vi']);
  });

  it('skips unreadable files and gives nothing for none', async () => {
    expect(await sampleLanguages([join(SEEDS, 'no-such-file.txt'), vi[0]!])).toEqual(['vi']);
    expect(await sampleLanguages([])).toEqual([]);
  });
});
