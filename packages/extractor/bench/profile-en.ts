/**
 * The English plugin's cost, split: module load, the first document (lazy lexicons and
 * gazetteer tables), then passes over bench:extract's English corpus (test/fixtures/en repeated
 * to --mb MB, already ingested), CPU seconds per pass. It runs the compiled dist/ the workers
 * run (built here when stale), so a profile keeps esbuild's line numbers:
 *
 *   node --import tsx packages/extractor/bench/profile-en.ts [--mb 0.5] [--passes 6]
 *   node --cpu-prof --cpu-prof-dir=/tmp/prof --import tsx packages/extractor/bench/profile-en.ts
 *
 * Pass 1 is what a fresh worker pays (V8's unoptimised tiers); later passes the settled rate.
 */
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { DIST_DIR, ensureBuilt } from '../src/pool/build.js';
import type { CleanDocument, LanguagePlugin } from '../src/types.js';

const { values } = parseArgs({ options: { mb: { type: 'string', default: '0.5' }, passes: { type: 'string', default: '6' } } });
const cpu = (): number => {
  const c = process.cpuUsage();
  return (c.user + c.system) / 1e6;
};
await ensureBuilt();
const dist = (path: string): Promise<unknown> => import(join(DIST_DIR, path));
let c0 = cpu();
const { readDocument } = (await dist('ingest/read.js')) as typeof import('../src/ingest/read.js');
const { pluginFor } = (await dist('lang/index.js')) as { pluginFor(lang: 'en'): Promise<LanguagePlugin> };
const en = await pluginFor('en');
console.log(`load modules   ${(cpu() - c0).toFixed(3)} s CPU`);
const dir = new URL('../test/fixtures/en/', import.meta.url).pathname;
const docs: CleanDocument[] = [];
for (const f of readdirSync(dir)
  .filter((f) => f.endsWith('.txt'))
  .sort()) {
  const r = await readDocument(join(dir, f));
  if (r.ok) docs.push(r.doc);
}
c0 = cpu();
en.extract(docs[0]);
console.log(`first document ${(cpu() - c0).toFixed(3)} s CPU`);
const corpus: CleanDocument[] = [];
let bytes = 0;
for (let i = 0; bytes < Number(values.mb) * 1024 * 1024; i++) {
  corpus.push(docs[i % docs.length]);
  bytes += Buffer.byteLength(docs[i % docs.length].text);
}
const mb = bytes / 1024 / 1024;
for (let p = 1; p <= Number(values.passes); p++) {
  c0 = cpu();
  for (const d of corpus) en.extract(d);
  const s = cpu() - c0;
  console.log(`pass ${p}: ${corpus.length} documents, ${mb.toFixed(2)} MB, ${s.toFixed(3)} s CPU, ${(mb / s).toFixed(2)} MB per CPU-second`);
}
