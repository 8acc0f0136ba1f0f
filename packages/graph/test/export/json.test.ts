import { describe, it, expect } from '@jest/globals';
import { MultiDirectedGraph } from 'graphology';
import { toGraphologyJson } from '../../src/export/json.js';
import { expectMatchesSource, type ReadEdge, type ReadNode } from './source-check.js';
import { cases } from './models.js';

describe.each(cases())('graphology JSON export of the $name', ({ source, model }) => {
  const text = toGraphologyJson(model);
  const back = new MultiDirectedGraph();
  back.import(JSON.parse(text));

  it('imports into an identical graph: options, graph attributes, nodes, edges', () => {
    expect(JSON.parse(text).options).toEqual({ type: 'directed', multi: true, allowSelfLoops: false });
    expect(back.getAttributes()).toEqual(model.getAttributes());
    expect(back.nodes()).toEqual(model.nodes());
    model.forEachNode((key, a) => expect(back.getNodeAttributes(key)).toEqual(a));
    expect(back.edges()).toEqual(model.edges());
    model.forEachEdge((key, a, s, t) => {
      expect([back.source(key), back.target(key)]).toEqual([s, t]);
      expect(back.getEdgeAttributes(key)).toEqual(a);
    });
  });

  it('keeps document text and matches the source graph', () => {
    expect(back.getAttribute('documents')).toEqual(source.documents);
    const nodes = new Map<string, ReadNode>(back.mapNodes((k, a) => [k, { label: a.label, kind: a.kind, aliases: a.aliases }]));
    const edges = new Map<string, ReadEdge>(
      back.mapEdges((k, a, s, t) => [
        k,
        {
          source: s,
          target: t,
          predicate: a.predicate,
          negated: a.negated,
          topics: a.topics,
          sentences: a.evidence.map((e: { sentence: string }) => e.sentence),
        },
      ]),
    );
    expectMatchesSource(source, nodes, edges);
  });
});
