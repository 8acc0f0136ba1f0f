import { describe, it, expect } from '@jest/globals';
import { MultiDirectedGraph } from 'graphology';
import { parse } from 'graphology-gexf';
import { toGexf } from '../../src/export/gexf.js';
import { expectMatchesSource, readBack } from './source-check.js';
import { cases } from './models.js';
import { parseXml } from './xml-check.js';

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
      const expected: Record<string, unknown> = {
        label: a.label,
        kind: a.kind,
        aliases: a.aliases,
        mentions: a.mentions,
        articles: a.articles,
        degree: a.degree,
        pagerank: a.pagerank,
        community: a.community,
        color: a.color,
        size: a.size,
        x: a.x,
        y: a.y,
      };
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
      const expected: Record<string, unknown> = {
        label: a.label,
        weight: a.weight,
        kind: a.predicate,
        predicate: a.predicate,
        topics: a.topics,
        dates: a.dates,
        confidence: a.confidence,
        negated: a.negated,
        attributedTo: a.attributedTo,
        cameo: a.cameo,
        quadClass: a.quadClass,
        symmetric: a.symmetric,
        color: a.color,
        thickness: a.size,
      };
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
