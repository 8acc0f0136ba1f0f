import { describe, it, expect } from '@jest/globals';
import { Graph, relationKey } from '@kg/extractor';
import { mergeGraphs } from '../../src/merge.js';
import { modelFixture, contractFixture } from './fixtures.js';

const a = modelFixture('part-a');
const b = modelFixture('part-b');

describe('mergeGraphs', () => {
  const merged = mergeGraphs([a, b]);

  it('produces a valid contract graph', () => {
    expect(Graph.safeParse(merged).success).toBe(true);
  });

  it('merges documents by id, filling published and text from later inputs', () => {
    expect(merged.documents.map((d) => d.id)).toEqual(['a1', 'b1', 'shared']);
    const shared = merged.documents.find((d) => d.id === 'shared')!;
    expect(shared.published).toBe('2011-07-06');
    expect(shared.text).toBe('Russia ... US criticized Russia over Syria.');
  });

  it('unites aliases and mentions by entity id, mentions de-duplicated by span', () => {
    expect(merged.entities.map((e) => e.id)).toEqual(['nato', 'russia', 'usa']);
    const russia = merged.entities.find((e) => e.id === 'russia')!;
    expect(russia.aliases).toEqual(['Liên bang Nga', 'Nga', 'Russia']);
    // a: a1@0, shared@0; b: shared@0 (duplicate), b1@4
    expect(russia.mentions.map((m) => `${m.doc}@${m.start}`)).toEqual(['a1@0', 'b1@4', 'shared@0']);
    const nato = merged.entities.find((e) => e.id === 'nato')!;
    expect(nato.wikidata).toBe('Q7184');
    expect(nato.aliases).toEqual(['NATO', 'North Atlantic Treaty Organization']);
  });

  it('merges symmetric relations regardless of direction, in id order', () => {
    const meets = merged.relations.filter((r) => r.predicate === 'MEET');
    expect(meets).toHaveLength(1);
    expect([meets[0].subject, meets[0].object]).toEqual(['nato', 'russia']);
    expect(meets[0].evidence.map((e) => e.doc)).toEqual(['a1', 'b1']);
    expect(meets[0].confidence).toBe(0.9);
    expect(meets[0].date).toBe('2011-07-04');
  });

  it('keeps directed relations apart by direction and unites their evidence by (doc, start, end)', () => {
    const crit = merged.relations.filter((r) => r.predicate === 'CRITICIZE');
    expect(crit.map((r) => `${r.subject}>${r.object}`).sort()).toEqual(['russia>usa', 'usa>russia']);
    const us = crit.find((r) => r.subject === 'usa')!;
    expect(us.evidence.map((e) => `${e.doc}@${e.start}`)).toEqual(['b1@20', 'shared@10']);
    expect(us.confidence).toBe(0.7);
    // part-a states it as fact, part-b only as a claim: as in the extractor's merge, a relation
    // stays attributed only when every sighting is.
    expect(us.attributedTo).toBeNull();
  });

  it('keeps an attribution that every sighting shares', () => {
    const claim = (doc: string) => ({ ...b.relations.find((r) => r.attributedTo === 'usa')!, evidence: [{ doc, sentence: 'x', start: 0, end: 1 }] });
    const g1 = { ...b, relations: [claim('b1')] };
    const g2 = { ...b, relations: [claim('shared')] };
    expect(mergeGraphs([g1, g2]).relations[0].attributedTo).toBe('usa');
  });

  it('has one relation per contract key', () => {
    const keys = merged.relations.map(relationKey);
    expect(new Set(keys).size).toBe(keys.length);
  });

  it('does not depend on input order when the inputs do not disagree', () => {
    expect(mergeGraphs([b, a])).toEqual(merged);
  });

  it('is the identity (up to order) on one graph', () => {
    const g = contractFixture();
    const m = mergeGraphs([g]);
    expect(m.entities).toHaveLength(g.entities.length);
    expect(m.relations).toHaveLength(g.relations.length);
    expect(mergeGraphs([g, g])).toEqual(m);
  });
});
