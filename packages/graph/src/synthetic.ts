/**
 * A generated contract graph of a given size, for benchmarks and the viewer's stress test.
 * Degrees are skewed like real news graphs (preferential attachment: a few countries and
 * leaders in most relations), kinds, predicates, topics and dates are drawn from the seeded
 * generator, so the same arguments always give the same graph.
 */
import { ENTITY_TYPES, PREDICATES, isSymmetric } from '@kg/extractor';
import type { Document, Entity, Graph, Relation } from '@kg/extractor';
import { seededRng, type Rng } from './rng.js';

const TOPICS = ['trade', 'security', 'energy', 'climate', 'sanctions', 'elections', 'health', 'migration'];

const pick = <T>(rng: Rng, xs: readonly T[]): T => xs[Math.floor(rng() * xs.length)];
const pad = (n: number, width: number): string => String(n).padStart(width, '0');

/**
 * A valid contract Graph with `nodes` entities and `edges` relations, each relation a
 * distinct (subject, predicate, object, negated) so the model has exactly `edges` edges.
 * Throws when `edges` cannot fit (more than the distinct triples `nodes` allows).
 */
export function syntheticGraph(nodes: number, edges: number, seed = 1): Graph {
  if (!Number.isInteger(nodes) || nodes < 2) throw new Error(`kg synthetic: nodes must be an integer ≥ 2, got ${nodes}`);
  if (!Number.isInteger(edges) || edges < 0) throw new Error(`kg synthetic: edges must be a non-negative integer, got ${edges}`);
  if (edges > (nodes * (nodes - 1) * PREDICATES.length) / 4) throw new Error(`kg synthetic: ${edges} edges do not fit ${nodes} nodes`);
  const rng = seededRng(seed);
  const width = String(nodes).length;
  const documents: Document[] = Array.from({ length: Math.max(1, Math.round(nodes / 20)) }, (_, i) => ({
    id: `syn-${pad(i, 5)}`,
    path: `synthetic/syn-${pad(i, 5)}.txt`,
    title: `Synthetic article ${i}`,
    lang: i % 3 === 0 ? 'en' : 'vi',
    published: `20${10 + (i % 15)}-0${1 + (i % 9)}-1${i % 10}`,
  }));
  const entities: Entity[] = Array.from({ length: nodes }, (_, i) => {
    const name = `Entity ${pad(i, width)}`;
    const mentions = Array.from({ length: 1 + Math.floor(rng() * 3) }, (_, j) => ({
      doc: pick(rng, documents).id,
      start: j * 20,
      end: j * 20 + name.length,
      text: name,
    }));
    return { id: `e${pad(i, width)}`, name, type: pick(rng, ENTITY_TYPES), aliases: [name], mentions };
  });
  // Preferential attachment: endpoints of earlier relations are drawn again with probability 1/2.
  const endpoints: string[] = [];
  const drawNode = (): string => (endpoints.length > 0 && rng() < 0.5 ? pick(rng, endpoints) : pick(rng, entities).id);
  const relations: Relation[] = [];
  const seen = new Set<string>();
  while (relations.length < edges) {
    let subject = drawNode();
    let object = drawNode();
    if (subject === object) continue;
    const predicate = pick(rng, PREDICATES);
    if (isSymmetric(predicate) && subject > object) [subject, object] = [object, subject];
    const negated = rng() < 0.05;
    const key = `${subject}|${predicate}|${object}|${negated}`;
    if (seen.has(key)) continue;
    seen.add(key);
    endpoints.push(subject, object);
    const doc = pick(rng, documents).id;
    const r: Relation = {
      subject,
      predicate,
      object,
      negated,
      attributedTo: null,
      confidence: Math.round((0.5 + rng() / 2) * 100) / 100,
      evidence: Array.from({ length: 1 + Math.floor(rng() * 2) }, (_, j) => ({
        doc,
        sentence: `${subject} ${predicate} ${object}.`,
        start: j * 100,
        end: j * 100 + 40,
      })),
    };
    if (rng() < 0.6) r.topic = pick(rng, TOPICS);
    if (rng() < 0.5) r.date = `20${10 + Math.floor(rng() * 15)}-0${1 + Math.floor(rng() * 9)}-1${Math.floor(rng() * 10)}`;
    relations.push(r);
  }
  return { version: 1, documents, entities, relations };
}
