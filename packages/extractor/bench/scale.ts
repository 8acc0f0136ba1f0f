/**
 * Scale: `pnpm bench:scale` (from the repo root) runs the real `kg extract` on 100, 1,000 and
 * 10,000 distinct articles and prints wall time, articles/s, peak memory (max RSS, by
 * /usr/bin/time) and the phases kg extract reports (extract, merge, check, write), then the
 * 10k/1k ratios: 10.0 is linear; the merge must not grow faster than the corpus.
 *
 * The articles are the seeds and the English fixtures with every person renamed: each article
 * gets its own generated names (token by token, so "Sergei Lavrov" and "Lavrov" stay one
 * person within the article), so the merge sees as many distinct persons as a real corpus of
 * that size would, while countries and organizations (gazetteer ids) are shared as in real news.
 * Then the merge alone (mergeExtractions, canonical order, the zod check, serialisation), in
 * process, on 1k, 10k and 40k such documents made by renaming the persons of the templates'
 * extractions: the phase whose growth the corpus size decides.
 * Flags: --sizes 100,1000,10000  --merge-sizes 1000,10000,40000  --jobs N (default 2).
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { mergeExtractions } from '../src/corpus.js';
import { graphChunks, orderGraph } from '../src/graph-order.js';
import { slugify } from '../src/names/index.js';
import { extractFiles } from '../src/pipeline.js';
import { extractFile } from '../src/pool/task.js';
import { Graph } from '../src/schema.js';
import { escapeRegExp } from '../src/text/regexp.js';
import type { DocumentExtraction } from '../src/types.js';

const { values } = parseArgs({
  options: {
    sizes: { type: 'string', default: '100,1000,10000' },
    'merge-sizes': { type: 'string', default: '1000,10000,40000' },
    jobs: { type: 'string', default: '2' },
  },
});
const sizes = values.sizes.split(',').filter(Boolean).map(Number);
const mergeSizes = values['merge-sizes'].split(',').filter(Boolean).map(Number);
const ROOT = new URL('../../../', import.meta.url).pathname;
const TEMPLATES = [join(ROOT, 'seeds'), join(ROOT, 'packages/extractor/test/fixtures/en')];

/** A small deterministic PRNG (mulberry32), so every run builds the same corpus. */
function prng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 2 ** 32;
  };
}

const ONSETS = ['b', 'd', 'f', 'g', 'k', 'l', 'm', 'n', 'p', 'r', 's', 't', 'v', 'z', 'br', 'dr', 'kr', 'st', 'tr'];
const VOWELS = ['a', 'e', 'i', 'o', 'u', 'ai', 'ei', 'ou'];
const CODAS = ['', '', 'n', 'r', 's', 'l', 'k', 'v'];

/** A made-up name word of 2–3 syllables ("Dravolen"). */
function nameWord(rand: () => number): string {
  const pick = <T>(xs: T[]) => xs[Math.floor(rand() * xs.length)];
  const n = 2 + Math.floor(rand() * 2);
  let w = '';
  for (let i = 0; i < n; i++) w += pick(ONSETS) + pick(VOWELS) + (i === n - 1 ? pick(CODAS) : '');
  return w[0].toUpperCase() + w.slice(1);
}

/** Templates: each article text with the words of its persons' names (from a real extraction). */
async function templates(): Promise<{ text: string; ext: string; nameWords: string[] }[]> {
  const { graph } = await extractFiles(TEMPLATES, { jobs: 1, quiet: true });
  return graph.documents.map((d) => {
    const words = new Set<string>();
    for (const e of graph.entities) {
      if (e.type !== 'Person') continue;
      // Every word of the name, "moon" of "Ki-moon" too: a part left alone would be shared by every copy.
      for (const m of e.mentions)
        if (m.doc === d.id)
          m.text
            .split(/[^\p{L}\p{M}]+/u)
            .filter(Boolean)
            .forEach((w) => words.add(w));
    }
    return { text: readFileSync(d.path, 'utf8'), ext: d.path.slice(d.path.lastIndexOf('.')), nameWords: [...words].sort((a, b) => b.length - a.length) };
  });
}

/** Writes `n` articles to `dir`: template i mod T with every person-name word replaced by a generated one. */
function writeCorpus(dir: string, n: number, tpl: Awaited<ReturnType<typeof templates>>): number {
  mkdirSync(dir, { recursive: true });
  let bytes = 0;
  for (let i = 0; i < n; i++) {
    const t = tpl[i % tpl.length];
    const rand = prng(i + 1);
    const map = new Map(t.nameWords.map((w) => [w, nameWord(rand)]));
    const text = map.size
      ? t.text.replace(new RegExp(`(?<![\\p{L}\\p{M}])(${t.nameWords.map(escapeRegExp).join('|')})(?![\\p{L}\\p{M}])`, 'gu'), (w) => map.get(w)!)
      : t.text;
    const path = join(dir, `a${String(i).padStart(6, '0')}${t.ext}`);
    writeFileSync(path, text);
    bytes += Buffer.byteLength(text);
  }
  return bytes;
}

interface Run {
  n: number;
  mb: number;
  wall: number;
  rssMB: number | null;
  phases: Record<string, number>;
  persons: number;
}

function runExtract(dir: string, n: number, mb: number): Run {
  const out = join(dir, '..', `graph-${n}.json`);
  const time = existsSync('/usr/bin/time');
  const args = [process.execPath, '--import', 'tsx', join(ROOT, 'packages/cli/src/main.ts'), 'extract', dir, '--out', out, '--jobs', values.jobs];
  const t0 = performance.now();
  const r = spawnSync(time ? '/usr/bin/time' : args[0], time ? ['-f', 'maxrss-kb %M', ...args] : args.slice(1), {
    cwd: ROOT,
    encoding: 'utf8',
    maxBuffer: 64 * 1024 * 1024,
  });
  const wall = (performance.now() - t0) / 1000;
  if (r.status !== 0) throw new Error(`kg extract failed (${r.status}): ${r.stderr.slice(-2000)}`);
  const rss = r.stderr.match(/maxrss-kb (\d+)/);
  const phases: Record<string, number> = {};
  for (const m of r.stderr.matchAll(/(extract|merge|check|write) ([\d.]+) s/g)) phases[m[1]] = Number(m[2]);
  const graph = JSON.parse(readFileSync(out, 'utf8')) as { entities: { type: string }[] };
  rmSync(out);
  return { n, mb, wall, rssMB: rss ? Number(rss[1]) / 1024 : null, phases, persons: graph.entities.filter((e) => e.type === 'Person').length };
}

/** `n` extractions: the templates' own, each copy with its persons renamed and its own document id. */
function syntheticExtractions(base: DocumentExtraction[], n: number): DocumentExtraction[] {
  const out: DocumentExtraction[] = [];
  for (let i = 0; i < n; i++) {
    const x = base[i % base.length];
    const rand = prng(i + 1);
    const words = new Map<string, string>();
    const rename = (s: string) =>
      s.replace(/[\p{L}\p{M}]+/gu, (w) => {
        let v = words.get(w);
        if (!v) words.set(w, (v = nameWord(rand)));
        return v;
      });
    const ids = new Map<string, string>();
    const doc = `a${String(i).padStart(6, '0')}`;
    const entities = x.entities.map((e) => {
      if (e.type !== 'Person') return e;
      const name = rename(e.name);
      const id = slugify(name);
      ids.set(e.id, id);
      return { ...e, id, name, aliases: e.aliases.map(rename), mentions: e.mentions.map((m) => ({ ...m, text: rename(m.text), entity: id })) };
    });
    const id = (v: string) => ids.get(v) ?? v;
    const relations = x.relations.map((r) => ({
      ...r,
      subject: id(r.subject),
      object: id(r.object),
      attributedTo: r.attributedTo === null ? null : id(r.attributedTo),
      evidence: r.evidence.map((ev) => ({ ...ev, doc })),
    }));
    out.push({ document: { ...x.document, id: doc, path: `${doc}.txt` }, entities, relations });
  }
  return out;
}

/** Seconds for each phase after extraction, on `list`. */
function mergePhases(list: DocumentExtraction[]): { merge: number; check: number; write: number; persons: number } {
  const t0 = performance.now();
  const graph = orderGraph(mergeExtractions(list));
  const t1 = performance.now();
  if (!Graph.safeParse(graph).success) throw new Error('merged graph breaks the contract');
  const t2 = performance.now();
  for (const chunk of graphChunks(graph)) void chunk; // what kg extract streams to disk
  const t3 = performance.now();
  return { merge: (t1 - t0) / 1000, check: (t2 - t1) / 1000, write: (t3 - t2) / 1000, persons: graph.entities.filter((e) => e.type === 'Person').length };
}

const dir = mkdtempSync(join(tmpdir(), 'kg-bench-scale-'));
try {
  const tpl = await templates();
  console.log(
    `bench:scale — Node ${process.version}, kg extract --jobs ${values.jobs}, load average ${loadavg()
      .map((l) => l.toFixed(1))
      .join(' ')}; ${tpl.length} templates, persons renamed per article`,
  );
  const runs: Run[] = [];
  for (const n of sizes) {
    const corpus = join(dir, `n${n}`);
    const mb = writeCorpus(corpus, n, tpl) / 1024 / 1024;
    const r = runExtract(corpus, n, mb);
    rmSync(corpus, { recursive: true, force: true });
    runs.push(r);
    const ph = Object.entries(r.phases)
      .map(([k, v]) => `${k} ${v.toFixed(1)} s`)
      .join(', ');
    console.log(
      `${String(n).padStart(6)} articles ${r.mb.toFixed(1).padStart(6)} MB  ${r.wall.toFixed(1).padStart(6)} s  ${(n / r.wall).toFixed(0).padStart(4)} art/s  ` +
        `max RSS ${r.rssMB ? `${r.rssMB.toFixed(0)} MB` : 'n/a'}  ${r.persons} persons  (${ph})`,
    );
  }
  const find = (n: number) => runs.find((r) => r.n === n);
  const [small, k1, k10] = [find(sizes[0]), find(1000), find(10000)];
  if (k1 && k10) {
    const ratio = (a: number, b: number) => `x${(a / b).toFixed(1)}`;
    console.log(
      `10k/1k: time ${ratio(k10.wall, k1.wall)}, extract ${ratio(k10.phases.extract, k1.phases.extract)}, merge ${ratio(k10.phases.merge, k1.phases.merge)}, ` +
        `check ${ratio(k10.phases.check, k1.phases.check)}, write ${ratio(k10.phases.write, k1.phases.write)}` +
        (k10.rssMB && k1.rssMB ? `, max RSS ${ratio(k10.rssMB, k1.rssMB)}` : '') +
        (k10.rssMB && k1.rssMB && small?.rssMB && small !== k1
          ? ` (above the ${small.n}-article run: ${ratio(k10.rssMB - small.rssMB, k1.rssMB - small.rssMB)})`
          : '') +
        '  [x10.0 = linear]',
    );
  }

  if (mergeSizes.length) {
    const base: DocumentExtraction[] = [];
    for (const t of TEMPLATES)
      for (const f of readdirSync(t)
        .filter((f) => f.endsWith('.txt'))
        .sort()) {
        const r = await extractFile(join(t, f));
        if (r.ok) base.push(r.extraction);
      }
    const rows: { n: number; merge: number; check: number; write: number }[] = [];
    for (const n of mergeSizes) {
      const list = syntheticExtractions(base, n);
      const m = mergePhases(list);
      rows.push({ n, ...m });
      console.log(
        `merge only ${String(n).padStart(7)} documents: merge ${m.merge.toFixed(2)} s, check ${m.check.toFixed(2)} s, serialise ${m.write.toFixed(2)} s  (${m.persons} persons)`,
      );
    }
    for (let i = 1; i < rows.length; i++) {
      const [a, b] = [rows[i - 1], rows[i]];
      const f = b.n / a.n;
      console.log(
        `merge only ${b.n}/${a.n}: merge x${(b.merge / a.merge).toFixed(1)}, check x${(b.check / a.check).toFixed(1)}, serialise x${(b.write / a.write).toFixed(1)}  [x${f.toFixed(1)} = linear]`,
      );
    }
  }
} finally {
  rmSync(dir, { recursive: true, force: true });
}
