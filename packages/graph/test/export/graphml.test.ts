import { describe, it, expect } from '@jest/globals';
import { MultiDirectedGraph } from 'graphology';
import { parse } from 'graphology-graphml';
import { toGraphml } from '../../src/export/graphml.js';
import { expectMatchesSource, readBack } from './source-check.js';
import { cases } from './models.js';
import { parseXml } from './xml-check.js';

describe.each(cases())('GraphML export of the $name', ({ source, model }) => {
  const xml = toGraphml(model);
  const back = parse(MultiDirectedGraph, xml);

  it('is well-formed XML with a declared, typed key for every data element', () => {
    const { doc, errors } = parseXml(xml);
    expect(errors).toEqual([]);
    const keys = new Map(Array.from(doc.getElementsByTagName('key')).map((k) => [k.getAttribute('id'), k]));
    for (const d of Array.from(doc.getElementsByTagName('data'))) expect(keys.has(d.getAttribute('key'))).toBe(true);
    const weight = [...keys.values()].find((k) => k.getAttribute('for') === 'edge' && k.getAttribute('attr.name') === 'weight')!;
    expect(weight.getAttribute('attr.type')).toBe('int');
  });

  it('reads back (graphology-graphml) with every node and edge attribute', () => {
    expect(back.order).toBe(model.order);
    expect(back.size).toBe(model.size);
    model.forEachNode((key, a) => {
      const b = back.getNodeAttributes(key);
      const expected: Record<string, unknown> = {
        ...a,
        aliases: JSON.stringify(a.aliases),
        articles: JSON.stringify(a.articles),
        positions: JSON.stringify(a.positions),
        articleMentions: JSON.stringify(a.articleMentions),
      };
      expect(b).toEqual(expected);
    });
    model.forEachEdge((key, a, s, t) => {
      expect([back.source(key), back.target(key)]).toEqual([s, t]);
      const expected: Record<string, unknown> = {
        ...a,
        topics: JSON.stringify(a.topics),
        dates: JSON.stringify(a.dates),
        attributedTo: JSON.stringify(a.attributedTo),
        evidence: JSON.stringify(a.evidence),
      };
      if (a.firstSeen === null) delete expected.firstSeen;
      if (a.lastSeen === null) delete expected.lastSeen;
      expect(back.getEdgeAttributes(key)).toEqual(expected);
    });
    expect(JSON.parse(back.getAttribute('documents'))).toEqual(model.getAttribute('documents'));
    expect(back.getAttribute('generator')).toBe('kg');
  });

  it('matches the source graph', () => {
    const { nodes, edges } = readBack(back, { aliases: 'json', topics: 'json', evidence: 'json' });
    expectMatchesSource(source, nodes, edges);
  });
});
