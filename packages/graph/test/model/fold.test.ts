/** The one edge fold (src/fold.ts) and what each route reads from it. */
import { describe, it, expect } from '@jest/globals';
import type { Document, Relation } from '@kg/extractor';
import { foldEdges } from '../../src/fold.js';
import { RELATIONSHIP_PROPS } from '../../src/neo4j/relationship.js';

const docs: Document[] = [
  { id: 'd1', path: 'd1.txt', title: 'One', lang: 'en', published: '2024-03-02' },
  { id: 'd2', path: 'd2.txt', title: 'Two', lang: 'en', published: '2024-02-10' },
];

const rel = (over: Partial<Relation>): Relation => ({
  subject: 'kenya',
  predicate: 'CRITICIZE',
  object: 'ethiopia',
  negated: false,
  attributedTo: null,
  confidence: 0.7,
  evidence: [{ doc: 'd1', sentence: 'Kenya criticised Ethiopia over the dam.', start: 0, end: 39 }],
  ...over,
});

const neo4jValue = (name: string, e: ReturnType<typeof foldEdges>[number]) => RELATIONSHIP_PROPS.find((p) => p.name === name)!.get(e);

describe('foldEdges', () => {
  it("does not keep one side's attribution when another sighting states the relation as fact", () => {
    const [edge] = foldEdges({
      documents: docs,
      relations: [
        rel({ topic: 'the dam', attributedTo: 'uganda' }),
        rel({ topic: 'border trade', evidence: [{ doc: 'd2', sentence: 'Kenya faulted Ethiopia on border trade.', start: 5, end: 44 }] }),
      ],
    });
    expect(edge.topics).toEqual(['border trade', 'the dam']);
    expect(edge.attributedTo).toEqual([]);
    expect(neo4jValue('attributedTo', edge)).toBeNull();
  });

  it('keeps an attribution every sighting carries, and Neo4j gets it only when it is one side', () => {
    const one = foldEdges({ documents: docs, relations: [rel({ topic: 'a', attributedTo: 'uganda' }), rel({ topic: 'b', attributedTo: 'uganda' })] })[0];
    expect(one.attributedTo).toEqual(['uganda']);
    expect(neo4jValue('attributedTo', one)).toBe('uganda');
    const two = foldEdges({ documents: docs, relations: [rel({ topic: 'a', attributedTo: 'uganda' }), rel({ topic: 'b', attributedTo: 'somalia' })] })[0];
    expect(two.attributedTo).toEqual(['somalia', 'uganda']);
    expect(neo4jValue('attributedTo', two)).toBeNull();
  });

  it('stores a symmetric pair once, ends in id order, whichever way the text had it', () => {
    const edges = foldEdges({
      documents: docs,
      relations: [
        rel({ subject: 'sudan', predicate: 'MEET', object: 'chad', topic: 'refugees' }),
        rel({
          subject: 'chad',
          predicate: 'MEET',
          object: 'sudan',
          topic: 'oil',
          evidence: [{ doc: 'd2', sentence: 'Chad met Sudan about oil.', start: 0, end: 25 }],
        }),
      ],
    });
    expect(edges).toHaveLength(1);
    expect(edges[0]).toMatchObject({ key: 'chad|MEET|sudan|affirmed', subject: 'chad', object: 'sudan', topics: ['oil', 'refugees'], weight: 2 });
    // Seen = publication dates of the evidence articles, earliest and latest.
    expect([edges[0].firstSeen, edges[0].lastSeen]).toEqual(['2024-02-10', '2024-03-02']);
  });

  it('keeps the direction of a non-symmetric predicate', () => {
    const edges = foldEdges({ documents: docs, relations: [rel({}), rel({ subject: 'ethiopia', object: 'kenya' })] });
    expect(edges.map((e) => e.key)).toEqual(['ethiopia|CRITICIZE|kenya|affirmed', 'kenya|CRITICIZE|ethiopia|affirmed']);
  });

  it('keeps negated and affirmed sightings apart', () => {
    const edges = foldEdges({ documents: docs, relations: [rel({ negated: true }), rel({ confidence: 0.9 })] });
    expect(edges.map((e) => [e.key, e.negated, e.confidence])).toEqual([
      ['kenya|CRITICIZE|ethiopia|affirmed', false, 0.9],
      ['kenya|CRITICIZE|ethiopia|negated', true, 0.7],
    ]);
  });

  it('counts a span backing two topics once in weight, and lists it per topic in evidence', () => {
    const [edge] = foldEdges({ documents: docs, relations: [rel({ topic: 'x' }), rel({ topic: 'y', confidence: 0.8 })] });
    expect(edge.weight).toBe(1);
    expect(edge.evidence.map((e) => e.topic)).toEqual(['x', 'y']);
    expect(neo4jValue('evidenceKeys', edge)).toEqual(['d1:0-39']);
    expect(edge.confidence).toBe(0.8);
  });
});
