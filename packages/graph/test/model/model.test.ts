import { describe, it, expect } from '@jest/globals';
import { PREDICATE_INFO } from '@kg/extractor';
import { toGraphology } from '../../src/model.js';
import { edgeKey } from '../../src/fold.js';
import { KIND_COLORS, QUAD_CLASS_COLORS } from '../../src/style.js';
import { contractFixture, modelFixture } from './fixtures.js';

describe('toGraphology on the contract fixture', () => {
  const source = contractFixture();
  const g = toGraphology(source);

  it('has one node per entity, keyed by id, with the contract fields', () => {
    expect(g.order).toBe(source.entities.length);
    for (const e of source.entities) {
      const a = g.getNodeAttributes(e.id);
      expect(a.label).toBe(e.name);
      expect(a.kind).toBe(e.type);
      expect(a.aliases).toEqual(e.aliases);
      expect(a.wikidata).toBe(e.wikidata);
      expect(a.mentions).toBe(e.mentions.length);
      expect(a.articles).toEqual([...new Set(e.mentions.map((m) => m.doc))].sort());
      expect(a.color).toBe(KIND_COLORS[e.type]);
      expect('type' in a).toBe(false);
    }
    expect(g.getNodeAttribute('russia', 'articles')).toEqual(['doc-a', 'doc-b']);
    expect(g.getNodeAttribute('russia', 'articleMentions')).toEqual({ 'doc-a': 2, 'doc-b': 2 });
    expect(g.getNodeAttribute('libya', 'articleMentions')).toEqual({ 'doc-a': 1 });
  });

  it('lists the posts from HOLDS_POSITION', () => {
    expect(g.getNodeAttribute('sergei-lavrov', 'positions')).toEqual([
      { title: 'Foreign Minister', of: 'russia', ofLabel: 'Russia', titleAliases: expect.arrayContaining(['Ngoại trưởng', 'Bộ trưởng Ngoại giao']) },
    ]);
    expect(g.getNodeAttribute('jens-stoltenberg', 'positions')).toEqual([
      { title: 'Secretary General', of: 'nato', ofLabel: 'NATO', titleAliases: expect.arrayContaining(['Tổng thư ký']) },
    ]);
    expect(g.getNodeAttribute('russia', 'positions')).toEqual([]);
  });

  it('folds relations differing only by topic into one edge; symmetric ones in id order', () => {
    // russia DISAGREE nato (Libya) and nato DISAGREE russia (missile defense): one edge nato→russia.
    const key = 'nato|DISAGREE|russia|affirmed';
    expect(g.hasEdge(key)).toBe(true);
    expect(g.hasEdge('russia|DISAGREE|nato|affirmed')).toBe(false);
    expect([g.source(key), g.target(key)]).toEqual(['nato', 'russia']);
    const a = g.getEdgeAttributes(key);
    expect(a.topics).toEqual(['Libya', 'missile defense']);
    expect(a.dates).toEqual(['2011-07-04']);
    // Seen = reported: doc-a was published 2011-07-05; doc-b has no date.
    expect(a.firstSeen).toBe('2011-07-05');
    expect(a.lastSeen).toBe('2011-07-05');
    expect(a.weight).toBe(2);
    expect(a.confidence).toBe(0.85);
    expect(a.symmetric).toBe(true);
    expect(a.label).toBe(PREDICATE_INFO.DISAGREE.label);
    expect(a.quadClass).toBe('verbal-conflict');
    expect(a.cameo).toBe('11');
    expect(a.color).toBe(QUAD_CLASS_COLORS['verbal-conflict']);
    expect(a.evidence.map((e) => e.topic)).toEqual(['Libya', 'missile defense']);
    expect(a.evidence[0]).toEqual({ doc: 'doc-a', sentence: source.relations[0].evidence[0].sentence, start: 0, end: 82, topic: 'Libya', date: '2011-07-04' });
  });

  it('keeps directed relations as source→target, with null firstSeen when no evidence article is dated', () => {
    const a = g.getEdgeAttributes('united-kingdom|SANCTION|russia|affirmed');
    expect(a.firstSeen).toBeNull();
    expect(a.lastSeen).toBeNull();
    expect(a.dates).toEqual([]);
    expect(a.symmetric).toBe(false);
    expect(a.quadClass).toBe('material-conflict');
    expect(g.size).toBe(source.relations.length - 1);
  });

  it('carries the documents (with text) and no timestamp as graph attributes', () => {
    expect(g.getAttribute('generator')).toBe('kg');
    expect(g.getAttribute('documents')).toEqual(source.documents);
    expect(Object.keys(g.getAttributes()).sort()).toEqual(['documents', 'generator']);
  });
});

describe('toGraphology on the hostile fixture', () => {
  const source = modelFixture('hostile');
  const g = toGraphology(source);

  it('separates negated from asserted edges and collects topics, dates and attributions', () => {
    const meet = g.getEdgeAttributes(edgeKey({ subject: 'nguyen-phu-trong', predicate: 'MEET', object: 'team-rocket', negated: true }));
    expect(meet.negated).toBe(true);
    expect(meet.dates).toEqual(['--03-08']);
    expect(meet.firstSeen).toBe('2020-01');
    const visit = g.getEdgeAttributes('nguyen-phu-trong|VISIT|ha-noi|affirmed');
    expect([visit.firstSeen, visit.lastSeen]).toEqual(['2020-01', '2020-01']);
    const crit = g.getEdgeAttributes('obrien|CRITICIZE|nguyen-phu-trong|affirmed');
    expect(crit.topics).toEqual(['a, b | c', 'tax; "reform" <2020> & more']);
    // One topic is team-rocket's claim, the other is stated as fact: the edge is no one side's claim (fold.ts).
    expect(crit.attributedTo).toEqual([]);
    // Same span under two topics counts once: doc-hostile@0-40 and doc-2@3-30.
    expect(crit.weight).toBe(2);
    expect(crit.evidence).toHaveLength(3);
    expect(crit.confidence).toBe(0.75);
  });

  it('does not depend on the order of entities and relations in the input', () => {
    const shuffled = { ...source, entities: [...source.entities].reverse(), relations: [...source.relations].reverse() };
    expect(toGraphology(shuffled).export()).toEqual(g.export());
  });
});
