/**
 * One language path's cost, split: module load, the first document (lazy lexicons and
 * gazetteer tables), then passes over bench:extract's corpus of that language (vi: seeds/,
 * en: test/fixtures/en, repeated to --mb MB), CPU seconds per pass for ingest (decode + clean,
 * from bytes already in memory) and for the plugin. It runs the compiled dist/ the workers run
 * (built here when stale), so a profile keeps esbuild's line numbers:
 *
 *   node --import tsx packages/extractor/bench/profile.ts --lang vi [--mb 1] [--passes 6]
 *   node --cpu-prof --cpu-prof-dir=/tmp/prof --import tsx packages/extractor/bench/profile.ts --lang en --mb 0.5
 *
 * Pass 1 is what a fresh worker pays (V8's unoptimised tiers); later passes the settled rate.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { DIST_DIR, ensureBuilt } from '../src/pool/build.js';
import type { LanguagePlugin } from '../src/types.js';

const CORPUS = { vi: '../../../seeds/', en: '../test/fixtures/en/' } as const;
const { values } = parseArgs({
  options: { lang: { type: 'string', default: 'vi' }, mb: { type: 'string', default: '1' }, passes: { type: 'string', default: '6' } },
});
const lang = values.lang as keyof typeof CORPUS;
if (!(lang in CORPUS)) throw new Error(`profile: --lang must be vi or en, got "${values.lang}"`);

const cpu = (): number => {
  const c = process.cpuUsage();
  return (c.user + c.system) / 1e6;
};
await ensureBuilt();
const dist = (path: string): Promise<unknown> => import(join(DIST_DIR, path));
let c0 = cpu();
const { ingestBytes } = (await dist('ingest/read.js')) as typeof import('../src/ingest/read.js');
const { pluginFor } = (await dist('lang/index.js')) as { pluginFor(lang: string): Promise<LanguagePlugin> };
const plugin = await pluginFor(lang);
console.log(`load modules   ${(cpu() - c0).toFixed(3)} s CPU`);
const dir = new URL(CORPUS[lang], import.meta.url).pathname;
const files = readdirSync(dir)
  .filter((f) => f.endsWith('.txt'))
  .sort()
  .map((f) => ({ path: join(dir, f), bytes: readFileSync(join(dir, f)) }));
const ingest = async (f: (typeof files)[number]) => {
  const r = await ingestBytes(f.path, f.bytes);
  if (!r.ok) throw new Error(`${f.path}: ${r.reason}`);
  return r.doc;
};
c0 = cpu();
plugin.extract(await ingest(files[0]));
console.log(`first document ${(cpu() - c0).toFixed(3)} s CPU`);
// As bench:extract: the files in turn until --mb MB.
const corpus: typeof files = [];
let bytes = 0;
for (let i = 0; bytes < Number(values.mb) * 1024 * 1024; i++) {
  corpus.push(files[i % files.length]);
  bytes += files[i % files.length].bytes.length;
}
const mb = bytes / 1024 / 1024;
for (let p = 1; p <= Number(values.passes); p++) {
  let ingestS = 0;
  let extractS = 0;
  for (const f of corpus) {
    c0 = cpu();
    const doc = await ingest(f);
    const c1 = cpu();
    plugin.extract(doc);
    ingestS += c1 - c0;
    extractS += cpu() - c1;
  }
  const s = ingestS + extractS;
  console.log(
    `pass ${p}: ${corpus.length} documents, ${mb.toFixed(2)} MB, ${s.toFixed(3)} s CPU (ingest ${ingestS.toFixed(3)}, extract ${extractS.toFixed(3)}), ${(mb / s).toFixed(2)} MB per CPU-second`,
  );
}
