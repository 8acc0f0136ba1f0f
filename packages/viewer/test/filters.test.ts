import { describe, it, expect } from '@jest/globals';
import { computeVisibility, neighbourhood } from '../src/core/filters/visibility.js';
import { NO_FILTERS, type Filters } from '../src/core/filters/types.js';
import { edgeBetween, fixtureGraph } from './helpers.js';

const g = fixtureGraph();
const vis = (f: Partial<Filters>) => computeVisibility(g, { ...NO_FILTERS, ...f });
const kinds = (nodes: Iterable<string>) => new Set([...nodes].map((n) => g.getNodeAttribute(n, 'kind')));

describe('computeVisibility', () => {
  it('shows everything without filters', () => {
    const v = vis({});
    expect(v.nodes.size).toBe(g.order);
    expect(v.edges.size).toBe(g.size);
  });

  it('hides an entity type and the edges that touch it', () => {
    const v = vis({ hiddenKinds: ['Person'] });
    expect(kinds(v.nodes).has('Person')).toBe(false);
    expect(v.nodes.has('russia')).toBe(true);
    for (const e of v.edges) for (const n of g.extremities(e)) expect(g.getNodeAttribute(n, 'kind')).not.toBe('Person');
    expect(v.edges.has(edgeBetween(g, 'united-kingdom', 'russia', 'SANCTION'))).toBe(true);
  });

  it('hides a predicate, and the nodes it leaves without any edge', () => {
    const v = vis({ hiddenPredicates: ['MEET'] });
    expect(v.edges.has(edgeBetween(g, 'sergei-lavrov', 'hillary-clinton', 'MEET'))).toBe(false);
    expect(v.nodes.has('hillary-clinton')).toBe(false); // her only edge was MEET
    expect(v.nodes.has('sergei-lavrov')).toBe(true); // still holds a post in Russia
    expect(v.nodes.has('libya')).toBe(true); // had no edge to begin with
  });

  it('hides a quad class', () => {
    const v = vis({ hiddenQuads: ['material-conflict'] });
    expect(v.edges.has(edgeBetween(g, 'united-kingdom', 'russia', 'SANCTION'))).toBe(false);
    expect([...v.edges].every((e) => g.getEdgeAttribute(e, 'quadClass') !== 'material-conflict')).toBe(true);
  });

  it('keeps dated edges inside the range and undated ones', () => {
    const v = vis({ dateFrom: '2011-07-10', dateTo: '2011-07-31' });
    expect(v.edges.has(edgeBetween(g, 'sergei-lavrov', 'hillary-clinton', 'MEET'))).toBe(true); // 2011-07-13
    expect(v.edges.has(edgeBetween(g, 'russia', 'nato', 'DISAGREE'))).toBe(false); // 2011-07-04 only
    expect(v.edges.has(edgeBetween(g, 'united-kingdom', 'russia', 'SANCTION'))).toBe(true); // undated
  });

  it('keeps only what an article mentions', () => {
    const v = vis({ article: 'doc-b' });
    expect(v.nodes.has('sergei-lavrov')).toBe(false);
    expect(v.nodes.has('jens-stoltenberg')).toBe(true);
    for (const e of v.edges) expect(g.getEdgeAttribute(e, 'evidence').some((x) => x.doc === 'doc-b')).toBe(true);
  });

  it('drops edges below the minimum weight', () => {
    let max = 0;
    g.forEachEdge((_e, a) => {
      max = Math.max(max, a.weight);
    });
    const v = vis({ minWeight: max + 1 });
    expect(v.edges.size).toBe(0);
    expect(vis({ minWeight: 1 }).edges.size).toBe(g.size);
  });

  it('narrows to the neighbourhood of the focus, depth 1 and 2', () => {
    const d1 = vis({ focus: 'hillary-clinton', depth: 1 });
    expect([...d1.nodes].sort()).toEqual(['hillary-clinton', 'sergei-lavrov']);
    const d2 = vis({ focus: 'hillary-clinton', depth: 2 });
    expect([...d2.nodes].sort()).toEqual(['hillary-clinton', 'russia', 'sergei-lavrov']);
    for (const e of d2.edges) for (const n of g.extremities(e)) expect(d2.nodes.has(n)).toBe(true);
  });

  it('follows only visible edges in the neighbourhood', () => {
    const v = neighbourhood(g, vis({ hiddenPredicates: ['HOLDS_POSITION'] }), 'hillary-clinton', 2);
    expect([...v.nodes].sort()).toEqual(['hillary-clinton', 'sergei-lavrov']);
  });
});
