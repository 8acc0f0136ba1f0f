import { describe, it, expect } from '@jest/globals';
import { MultiDirectedGraph } from 'graphology';
import { toGraphologyJson } from '../../src/export/json.js';
import { expectMatchesSource, readBack } from './source-check.js';
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
    const { nodes, edges } = readBack(back);
    expectMatchesSource(source, nodes, edges);
  });
});
