#!/usr/bin/env node
// Import cycles inside each package's src/ (type imports included: a cycle of types still ties
// two files together for a reader). Relative specifiers only; packages depend on each other in
// one direction (extractor ← graph ← viewer ← cli), which package.json already fixes.
// Usage: node scripts/import-cycles.mjs [dir...]   (default: packages/*/src). Exit 1 on a cycle.
import fs from 'node:fs';
import path from 'node:path';

const roots = process.argv.slice(2).length
  ? process.argv.slice(2)
  : fs.readdirSync('packages').map((p) => path.join('packages', p, 'src')).filter((d) => fs.existsSync(d));

const IMPORT = /(?:^|\n)\s*(?:import|export)\b[^'"`;]*?\sfrom\s*['"](\.[^'"]+)['"]|(?:^|\n)\s*import\s*['"](\.[^'"]+)['"]/g;

function files(dir) {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const p = path.join(dir, e.name);
    if (e.isDirectory()) return files(p);
    return /\.(ts|tsx|mts)$/.test(e.name) && !/\.test\.ts$/.test(e.name) ? [p] : [];
  });
}

function resolve(from, spec) {
  const base = path.resolve(path.dirname(from), spec);
  for (const c of [base.replace(/\.js$/, '.ts'), base.replace(/\.mjs$/, '.mts'), `${base}.ts`, path.join(base, 'index.ts')]) if (fs.existsSync(c)) return c;
  return null;
}

/** Strongly connected components with more than one file (Tarjan), or a file importing itself. */
function cycles(graph) {
  let index = 0;
  const idx = new Map(), low = new Map(), stack = [], on = new Set(), out = [];
  const visit = (v) => {
    idx.set(v, index); low.set(v, index); index++; stack.push(v); on.add(v);
    for (const w of graph.get(v) ?? []) {
      if (!idx.has(w)) { visit(w); low.set(v, Math.min(low.get(v), low.get(w))); }
      else if (on.has(w)) low.set(v, Math.min(low.get(v), idx.get(w)));
    }
    if (low.get(v) === idx.get(v)) {
      const scc = [];
      let w;
      do { w = stack.pop(); on.delete(w); scc.push(w); } while (w !== v);
      if (scc.length > 1 || graph.get(v)?.has(v)) out.push(scc.sort());
    }
  };
  for (const v of graph.keys()) if (!idx.has(v)) visit(v);
  return out;
}

let found = 0;
for (const root of roots) {
  const graph = new Map();
  for (const f of files(root)) {
    const text = fs.readFileSync(f, 'utf8');
    const deps = new Set();
    for (const m of text.matchAll(IMPORT)) {
      const target = resolve(f, m[1] ?? m[2]);
      if (target) deps.add(target);
    }
    graph.set(path.resolve(f), deps);
  }
  for (const scc of cycles(graph)) {
    found++;
    console.error(`import cycle in ${root}: ${scc.map((f) => path.relative(root, f)).join(' ↔ ')}`);
  }
}
if (found) process.exit(1);
console.log(`import-cycles: none in ${roots.join(', ')}`);
