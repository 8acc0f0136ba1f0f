import { describe, it, expect } from '@jest/globals';
import { MultiDirectedGraph } from 'graphology';
import { parse } from 'graphology-gexf';
import { toGexf } from '../../src/export/gexf.js';
import { expectMatchesSource, readBack } from './source-check.js';
import { cases } from './models.js';
import { parseXml } from './xml-check.js';

/** The listed attributes of `a`, as the reader should give them back. */
const pick = <T extends object>(a: T, keys: (keyof T)[]): Record<string, unknown> => Object.fromEntries(keys.map((k) => [k, a[k]]));

describe.each(cases())('GEXF export of the $name', ({ source, model }) => {
  const xml = toGexf(model);
  const back = parse(MultiDirectedGraph, xml);

  it('is well-formed XML declaring GEXF 1.3 and typed attributes', () => {
    const { doc, errors } = parseXml(xml);
    expect(errors).toEqual([]);
    expect(doc.documentElement!.getAttribute('version')).toBe('1.3');
    const types = Object.fromEntries(
      Array.from(doc.getElementsByTagName('attribute')).map((a) => [
        `${(a.parentNode as unknown as Element).getAttribute('class')}.${a.getAttribute('id')}`,
        a.getAttribute('type'),
      ]),
    );
    expect(types).toMatchObject({
      'node.aliases': 'liststring',
      'node.mentions': 'integer',
      'node.pagerank': 'double',
      'edge.negated': 'boolean',
      'edge.topics': 'liststring',
      'edge.confidence': 'double',
    });
  });

  it('reads back (graphology-gexf) with every node attribute and viz', () => {
    expect(back.order).toBe(model.order);
    model.forEachNode((key, a) => {
      const b = back.getNodeAttributes(key);
      const { positions, articleMentions, ...rest } = b;
      expect(JSON.parse(positions as string)).toEqual(a.positions);
      expect(JSON.parse(articleMentions as string)).toEqual(a.articleMentions);
      const expected = pick(a, ['label', 'kind', 'aliases', 'mentions', 'articles', 'degree', 'pagerank', 'community', 'color', 'size', 'x', 'y']);
      if (a.wikidata) expected.wikidata = a.wikidata;
      expect(rest).toEqual(expected);
    });
  });

  it('reads back every edge with weight, kind, typed attributes and viz', () => {
    expect(back.size).toBe(model.size);
    model.forEachEdge((key, a, s, t) => {
      expect([back.source(key), back.target(key)]).toEqual([s, t]);
      const { evidence, ...rest } = back.getEdgeAttributes(key);
      expect(JSON.parse(evidence as string)).toEqual(a.evidence);
      const kept = pick(a, [
        'label',
        'weight',
        'predicate',
        'topics',
        'dates',
        'confidence',
        'negated',
        'attributedTo',
        'cameo',
        'quadClass',
        'symmetric',
        'color',
      ]);
      const expected: Record<string, unknown> = { ...kept, kind: a.predicate, thickness: a.size }; // GEXF's own edge kind and viz:thickness
      if (a.firstSeen !== null) expected.firstSeen = a.firstSeen;
      if (a.lastSeen !== null) expected.lastSeen = a.lastSeen;
      expect(rest).toEqual(expected);
    });
  });

  it('matches the source graph', () => {
    const { nodes, edges } = readBack(back, { evidence: 'json' });
    expectMatchesSource(source, nodes, edges);
  });

  it('is deterministic and free of timestamps', () => {
    expect(toGexf(model)).toBe(xml);
    expect(xml).not.toMatch(/lastmodifieddate/i);
  });
});
