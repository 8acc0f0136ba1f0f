/** Plain-text tables of a scoring run (pure: strings out). */
import type { GoldEntity, GoldRelation } from './gold.js';
import { normName } from './normalize.js';
import type { MappedRelation } from './relations.js';
import { f1, precision, recall, relPrecision, relRecall, summarize, type Counts, type DocScore, type Ratio, type RelCounts } from './score.js';

const pct = (x: number) => (Number.isNaN(x) ? '   – ' : (x * 100).toFixed(1).padStart(5));
const ratio = (r: Ratio) => `${r.of ? pct(r.ok / r.of) : '   – '}% (${r.ok}/${r.of})`;
const ent = (c: Counts) => `${pct(precision(c))} ${pct(recall(c))} ${pct(f1(c))}  (${c.tp}/${c.fp}/${c.fn})`;
const rel = (c: RelCounts) => `${pct(relPrecision(c))} ${pct(relRecall(c))}  (${c.tp}/${c.fp} ${c.found}/${c.missed})`;

/** The summary table: overall and per language, then per entity type and per predicate. */
export function formatSummary(scores: DocScore[]): string {
  const langs = [...new Set(scores.map((d) => d.lang))].sort().reverse();
  const rows = [...langs.map((l) => [l, scores.filter((d) => d.lang === l)] as const), ['all', scores] as const];
  const out: string[] = [];
  out.push('entities: P R F1 (tp/fp/fn)   relations: P R (tp/fp found/missed); "events" = without HOLDS_POSITION, MEMBER_OF');
  out.push(`${'lang'.padEnd(5)}${'docs'.padStart(4)}  ${'entity P     R    F1'.padEnd(38)}${'relation P    R'.padEnd(34)}event rel P    R`);
  for (const [label, docs] of rows) {
    const s = summarize([...docs]);
    out.push(`${label.padEnd(5)}${String(s.docs).padStart(4)}  ${ent(s.entities).padEnd(38)}${rel(s.relations).padEnd(34)}${rel(s.events)}`);
  }
  const all = summarize(scores);
  out.push('', 'entities by type          P     R    F1  (tp/fp/fn)');
  for (const [t, c] of Object.entries(all.entitiesByType).sort()) out.push(`  ${t.padEnd(22)}${ent(c)}`);
  out.push('', 'relations by predicate    P     R  (tp/fp found/missed)');
  for (const [p, c] of Object.entries(all.relationsByPredicate).sort()) out.push(`  ${p.padEnd(22)}${rel(c)}`);
  out.push('', 'on found gold relations:');
  out.push(`  topic agrees (loose word overlap)   ${ratio(all.topic)}`);
  out.push(`  HOLDS_POSITION title agrees         ${ratio(all.title)}`);
  out.push(`  negation flag right                 ${ratio(all.negation)}`);
  out.push(`  negated gold relations kept negated ${ratio(all.negatedFound)}`);
  return out.join('\n');
}

const goldRel = (g: GoldRelation) =>
  `${g.subject.join('|')} ${g.predicate.join('|')}${g.negated ? ' (negated)' : ''} ${g.object.join('|')}${g.topic ? ` [${g.topic}]` : ''}`;
const predRel = (p: MappedRelation) =>
  `${p.subject} ${p.predicate} ${p.object}${p.variants.some((v) => v.negated) ? ' (negated)' : ''}${
    p.variants.some((v) => v.topic)
      ? ` [${p.variants
          .map((v) => v.topic)
          .filter(Boolean)
          .join('; ')}]`
      : ''
  }`;
const goldForms = (g: GoldEntity) => new Set([g.name, ...g.surfaces].map(normName));
const goldEnt = (g: GoldEntity) => `${g.name} (${g.type.join('|')})`;

/** Per document: false positives and false negatives, for `--verbose`. */
export function formatErrors(scores: DocScore[]): string {
  const out: string[] = [];
  for (const d of scores) {
    out.push('', `== ${d.id} (${d.lang})`);
    for (const j of d.entities.judgements) {
      if (j.outcome === 'tp' || j.outcome === 'optional') continue;
      const why = j.outcome === 'fp' ? '' : ` — ${j.outcome}${j.gold ? ` of ${goldEnt(j.gold)}` : ''}`;
      out.push(`  FP entity   ${j.pred.name} (${j.pred.type}) «${[...new Set(j.pred.surfaces)].join(' | ')}»${why}`);
    }
    for (const j of d.entities.judgements)
      if (j.outcome === 'tp' && j.gold && !goldForms(j.gold).has(normName(j.pred.name)))
        out.push(`  odd name    ${j.pred.name} (${j.pred.type}) for ${goldEnt(j.gold)}`);
    for (const g of d.entities.missed) out.push(`  FN entity   ${goldEnt(g)}`);
    for (const j of d.relations.judgements)
      if (j.outcome === 'fp') out.push(`  FP relation ${predRel(j.pred)}\n              ‹${j.pred.sentence.slice(0, 220)}›`);
    for (const g of d.relations.missed) out.push(`  FN relation ${goldRel(g)}`);
    for (const f of d.relations.found) {
      if (f.topicOk === false) out.push(`  topic       ${goldRel(f.gold)}`);
      if (!f.negationOk) out.push(`  negation    ${goldRel(f.gold)}`);
    }
  }
  return out.join('\n');
}
