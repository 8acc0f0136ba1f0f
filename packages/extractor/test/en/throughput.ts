/**
 * Throughput of the English plugin alone on the English fixtures, repeated (not a bench:
 * the bench is packages/extractor/bench). Usage: npx tsx test/en/throughput.ts [repeats]
 * Prints MB/s of the plugin's extract() on one core, after one warm-up pass.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { en } from '../../src/lang/en/index.js';
import type { CleanDocument } from '../../src/types.js';

const dir = new URL('../fixtures/en/', import.meta.url);
const docs: CleanDocument[] = readdirSync(dir).filter((f) => f.endsWith('.txt')).map((f) => ({
  id: f.replace(/\.txt$/, ''), path: f, title: '', lang: 'en', published: null, text: readFileSync(new URL(f, dir), 'utf8'),
}));
const repeats = Number(process.argv[2] ?? 50);
const bytes = docs.reduce((n, d) => n + Buffer.byteLength(d.text), 0);
docs.forEach((d) => en.extract(d)); // warm-up: lexicons, gazetteer, JIT
const t0 = performance.now();
let relations = 0;
for (let r = 0; r < repeats; r++) for (const d of docs) relations += en.extract(d).relations.length;
const secs = (performance.now() - t0) / 1000;
console.log(`en plugin: ${docs.length} docs × ${repeats} = ${((bytes * repeats) / 1e6).toFixed(2)} MB in ${secs.toFixed(2)} s → ${((bytes * repeats) / 1e6 / secs).toFixed(2)} MB/s (${relations / repeats} relations per pass)`);
