/**
 * Checks a read-back export against the source contract graph (not only against the
 * model): every entity is a node with its name, kind and aliases; every relation is on the
 * edge of its (subject, predicate, object, negated), with its topic and evidence sentences.
 */
import { expect } from '@jest/globals';
import type { Graph } from '@kg/extractor';
import type { AbstractGraph } from 'graphology-types';
import { canonicalRelation, edgeKey } from '../../src/fold.js';

export interface ReadNode {
  label: string;
  kind: string;
  aliases: string[];
}
export interface ReadEdge {
  source: string;
  target: string;
  predicate: string;
  negated: boolean;
  topics: string[];
  sentences: string[];
}

export function expectMatchesSource(
  source: Graph,
  nodes: Map<string, ReadNode>,
  edges: Map<string, ReadEdge>,
  /** How the format changes list items (CSV: ";" stand-in). */
  transformItem: (s: string) => string = (s) => s,
): void {
  expect(nodes.size).toBe(source.entities.length);
  for (const e of source.entities) {
    const n = nodes.get(e.id);
    expect(n).toBeDefined();
    expect(n!.label).toBe(e.name);
    expect(n!.kind).toBe(e.type);
    expect(n!.aliases).toEqual(e.aliases.map(transformItem));
  }
  const keys = new Set<string>();
  for (const r0 of source.relations) {
    const r = canonicalRelation(r0);
    const key = edgeKey(r);
    keys.add(key);
    const edge = edges.get(key);
    expect(edge).toBeDefined();
    expect([edge!.source, edge!.target]).toEqual([r.subject, r.object]);
    expect(edge!.predicate).toBe(r.predicate);
    expect(edge!.negated).toBe(r.negated);
    if (r.topic !== undefined) expect(edge!.topics).toContain(transformItem(r.topic));
    for (const ev of r.evidence) expect(edge!.sentences).toContain(transformItem(ev.sentence));
  }
  expect(edges.size).toBe(keys.size);
}

/** How a format stores the list attributes: as arrays, or as JSON text. */
export interface ListDecoding {
  aliases?: 'array' | 'json';
  topics?: 'array' | 'json';
  evidence?: 'array' | 'json';
}

const list = (v: unknown, how: 'array' | 'json' = 'array'): unknown[] => (how === 'json' ? JSON.parse(v as string) : (v as unknown[]));

/** Nodes and edges of a graphology graph read back from an export, as expectMatchesSource takes them. */
export function readBack(back: AbstractGraph, decode: ListDecoding = {}): { nodes: Map<string, ReadNode>; edges: Map<string, ReadEdge> } {
  const nodes = new Map<string, ReadNode>(back.mapNodes((k, a) => [k, { label: a.label, kind: a.kind, aliases: list(a.aliases, decode.aliases) as string[] }]));
  const edges = new Map<string, ReadEdge>(
    back.mapEdges((k, a, s, t) => [
      k,
      {
        source: s,
        target: t,
        predicate: a.predicate,
        negated: a.negated,
        topics: list(a.topics, decode.topics) as string[],
        sentences: (list(a.evidence, decode.evidence) as { sentence: string }[]).map((e) => e.sentence),
      },
    ]),
  );
  return { nodes, edges };
}
