import { describe, it, expect } from '@jest/globals';
import { parseGraph, toGraphology } from '@kg/graph';
import { groupEvidence } from '../src/core/evidence/group.js';
import { normalizeGraph } from '../src/core/graph/normalize.js';
import { TWO_TOPICS } from './two-topics.js';

describe('groupEvidence', () => {
  it('lists a sentence backing two topics once, with both topics, as the weight counts it', () => {
    const g = normalizeGraph(toGraphology(parseGraph(TWO_TOPICS.graph, 'two-topics')).export());
    const edge = g.getEdgeAttributes(TWO_TOPICS.edge);
    // The model: one item per (span, topic); the weight counts spans.
    expect(edge.evidence).toHaveLength(3);
    expect(edge.weight).toBe(2);
    const entries = groupEvidence(edge.evidence);
    expect(entries.map((e) => [e.sentence, e.topics])).toEqual([
      [TWO_TOPICS.sentences[0], ['energy', 'trade']],
      [TWO_TOPICS.sentences[1], ['trade']],
    ]);
    expect(entries).toHaveLength(edge.weight);
  });

  it('keeps apart different spans of one sentence text, and different articles', () => {
    const s = 'Same words.';
    const entries = groupEvidence([
      { doc: 'a', sentence: s, start: 0, end: 11, topic: 't1', date: '2011-07' },
      { doc: 'a', sentence: s, start: 20, end: 31, topic: 't1' },
      { doc: 'b', sentence: s, start: 0, end: 11, topic: 't1' },
      { doc: 'a', sentence: s, start: 0, end: 11, topic: 't1', date: '2011-08' },
      { doc: 'a', sentence: s, start: 0, end: 11 },
    ]);
    expect(entries.map((e) => [e.doc, e.start, e.topics, e.dates])).toEqual([
      ['a', 0, ['t1'], ['2011-07', '2011-08']],
      ['a', 20, ['t1'], []],
      ['b', 0, ['t1'], []],
    ]);
  });
});
