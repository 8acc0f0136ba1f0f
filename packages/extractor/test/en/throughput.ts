/**
 * Throughput of the English plugin alone on the English fixtures, repeated (not a bench:
 * the bench is packages/extractor/bench). Usage: npx tsx test/en/throughput.ts [repeats]
 * Prints MB/s of the plugin's extract() on one core after a warm-up pass, and, measured in
 * the same run as a baseline, compromise's full parse (nlp(text)) of the same texts.
 */
import { readdirSync, readFileSync } from 'node:fs';
import nlp from 'compromise';
import { en } from '../../src/lang/en/index.js';
import type { CleanDocument } from '../../src/types.js';

const dir = new URL('../fixtures/en/', import.meta.url);
const docs: CleanDocument[] = readdirSync(dir)
  .filter((f) => f.endsWith('.txt'))
  .map((f) => ({
    id: f.replace(/\.txt$/, ''),
    path: f,
    title: '',
    lang: 'en',
    published: null,
    text: readFileSync(new URL(f, dir), 'utf8'),
  }));
const repeats = Number(process.argv[2] ?? 50);
const bytes = docs.reduce((n, d) => n + Buffer.byteLength(d.text), 0);
docs.forEach((d) => en.extract(d)); // warm-up: lexicons, gazetteer, JIT
const t0 = performance.now();
const c0 = process.cpuUsage();
let relations = 0;
for (let r = 0; r < repeats; r++) for (const d of docs) relations += en.extract(d).relations.length;
const secs = (performance.now() - t0) / 1000;
const cpu = process.cpuUsage(c0);
const cpuSecs = (cpu.user + cpu.system) / 1e6;
const mbps = (bytes * repeats) / 1e6 / secs;
// CPU time as well as wall time: on a shared machine the wall-clock figure depends on the load.
console.log(
  `en plugin: ${docs.length} docs × ${repeats} = ${((bytes * repeats) / 1e6).toFixed(2)} MB in ${secs.toFixed(2)} s wall, ${cpuSecs.toFixed(2)} s CPU → ${mbps.toFixed(2)} MB/s wall, ${((bytes * repeats) / 1e6 / cpuSecs).toFixed(2)} MB/s per CPU-second (${relations / repeats} relations per pass)`,
);

const baseRepeats = Math.max(1, Math.round(repeats / 5));
docs.forEach((d) => nlp(d.text));
const t1 = performance.now();
for (let r = 0; r < baseRepeats; r++) for (const d of docs) nlp(d.text);
const base = (bytes * baseRepeats) / 1e6 / ((performance.now() - t1) / 1000);
console.log(`baseline compromise nlp(text): ${base.toFixed(2)} MB/s → plugin is ${(mbps / base).toFixed(1)}× the full compromise parse`);
