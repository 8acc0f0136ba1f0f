/**
 * Throughput of the gazetteer, title and person-name matchers over the seed pages (repeated to a few MB),
 * against a baseline measured in the same run: tokenizing the same text alone.
 * Run: npx tsx packages/extractor/scripts/bench-gazetteer.ts [seed dir]
 */
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { findGazetteerMentions, findPersonNames, findTitles, tokenize } from '../src/gazetteer/index.js';

const dir = process.argv[2] ?? new URL('../../../seeds/', import.meta.url).pathname;
const files = readdirSync(dir).filter((f) => f.endsWith('.txt'));
if (files.length === 0) throw new Error(`bench-gazetteer: no .txt files in ${dir}`);
const one = files.map((f) => readFileSync(join(dir, f), 'utf8')).join('\n\n');
const text = one.repeat(Math.max(1, Math.ceil(4e6 / one.length)));
const mb = Buffer.byteLength(text, 'utf8') / 1e6;

function time(label: string, fn: () => number): number {
  fn(); // warm-up
  const t0 = process.hrtime.bigint();
  const n = fn();
  const s = Number(process.hrtime.bigint() - t0) / 1e9;
  console.log(`${label.padEnd(26)} ${(mb / s).toFixed(2).padStart(7)} MB/s  (${n} hits, ${s.toFixed(3)} s for ${mb.toFixed(2)} MB)`);
  return s;
}

const base = time('baseline: tokenize', () => tokenize(text).length);
const gaz = time('findGazetteerMentions vi', () => findGazetteerMentions(text, 'vi').length);
const tit = time('findTitles vi', () => findTitles(text, 'vi').length);
const ppl = time('findPersonNames', () => findPersonNames(text).length);
const base2 = time('baseline again', () => tokenize(text).length);
const b = (base + base2) / 2;
console.log(
  `ratio to baseline: gazetteer ${(gaz / b).toFixed(2)}x, titles ${(tit / b).toFixed(2)}x, people ${(ppl / b).toFixed(2)}x the time of tokenizing alone`,
);
