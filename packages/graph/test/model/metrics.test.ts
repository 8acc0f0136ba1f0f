import { describe, it, expect } from '@jest/globals';
import { buildGraphology, toGraphology } from '../../src/model.js';
import { applyMetrics } from '../../src/metrics.js';
import { NODE_SIZE } from '../../src/style.js';
import { syntheticGraph } from '../../src/synthetic.js';
import { contractFixture, modelFixture } from './fixtures.js';

describe('metrics', () => {
  it('degree counts distinct neighbours in either direction', () => {
    const g = buildGraphology(contractFixture());
    applyMetrics(g);
    // russia: nato (DISAGREE ×2 topics, one edge), sergei-lavrov, jens-stoltenberg, united-kingdom
    expect(g.getNodeAttribute('russia', 'degree')).toBe(4);
    expect(g.getNodeAttribute('libya', 'degree')).toBe(0);
    expect(g.getNodeAttribute('hillary-clinton', 'degree')).toBe(1);
  });

  it('PageRank sums to 1 and ranks the hub first', () => {
    const g = buildGraphology(contractFixture());
    applyMetrics(g);
    const ranks = g.mapNodes((n, a) => [n, a.pagerank] as const);
    expect(ranks.reduce((s, [, r]) => s + r, 0)).toBeCloseTo(1, 6);
    const top = [...ranks].sort((x, y) => y[1] - x[1])[0][0];
    expect(top).toBe('russia');
  });

  it('Louvain finds the two cliques', () => {
    const g = buildGraphology(modelFixture('two-cliques'));
    applyMetrics(g);
    const community = (n: string): number => g.getNodeAttribute(n, 'community');
    for (const grp of ['a', 'b']) for (let i = 1; i < 5; i++) expect(community(`${grp}${i}`)).toBe(community(`${grp}0`));
    expect(community('a0')).not.toBe(community('b0'));
    // Renumbered densely in node order.
    expect(community('a0')).toBe(0);
    expect(community('b0')).toBe(1);
  });
});

describe('layout', () => {
  it('puts entities without relations on a ring just outside the connected core, not flung far out', () => {
    const g = toGraphology(contractFixture()); // libya has mentions but no relation
    const connected: { x: number; y: number }[] = [];
    g.forEachNode((n, a) => {
      if (g.degree(n) > 0) connected.push(a);
    });
    const cx = connected.reduce((s, a) => s + a.x, 0) / connected.length;
    const cy = connected.reduce((s, a) => s + a.y, 0) / connected.length;
    const reach = Math.max(...connected.map((a) => Math.hypot(a.x - cx, a.y - cy)));
    expect(g.degree('libya')).toBe(0);
    const d = Math.hypot(g.getNodeAttribute('libya', 'x') - cx, g.getNodeAttribute('libya', 'y') - cy);
    expect(d).toBeGreaterThan(reach);
    expect(d).toBeLessThan(Math.max(reach * 1.5, 20));
  });

  it('is deterministic: same input, same positions, sizes and communities', () => {
    const source = syntheticGraph(120, 360, 5);
    const one = toGraphology(source).export();
    const two = toGraphology(source).export();
    expect(two).toEqual(one);
  });

  it('gives finite, distinct positions and sizes from PageRank within the range', () => {
    const g = toGraphology(modelFixture('two-cliques'));
    const pts = new Set<string>();
    g.forEachNode((_n, a) => {
      expect(Number.isFinite(a.x) && Number.isFinite(a.y)).toBe(true);
      expect(a.size).toBeGreaterThanOrEqual(NODE_SIZE.min);
      expect(a.size).toBeLessThanOrEqual(NODE_SIZE.max);
      pts.add(`${a.x},${a.y}`);
    });
    expect(pts.size).toBe(g.order);
    // a0 and b0 hold the bridge: highest PageRank, largest nodes.
    expect(g.getNodeAttribute('a0', 'size')).toBe(NODE_SIZE.max);
    expect(g.getNodeAttribute('a1', 'size')).toBeLessThan(NODE_SIZE.max);
  });

  it('places the two cliques apart: each member is nearer its own centroid', () => {
    const g = toGraphology(modelFixture('two-cliques'));
    const centroid = (grp: string) => {
      const xs = [0, 1, 2, 3, 4].map((i) => g.getNodeAttributes(`${grp}${i}`));
      return { x: xs.reduce((s, a) => s + a.x, 0) / 5, y: xs.reduce((s, a) => s + a.y, 0) / 5 };
    };
    const ca = centroid('a');
    const cb = centroid('b');
    const d = (a: { x: number; y: number }, c: { x: number; y: number }) => Math.hypot(a.x - c.x, a.y - c.y);
    for (let i = 0; i < 5; i++) {
      expect(d(g.getNodeAttributes(`a${i}`), ca)).toBeLessThan(d(g.getNodeAttributes(`a${i}`), cb));
      expect(d(g.getNodeAttributes(`b${i}`), cb)).toBeLessThan(d(g.getNodeAttributes(`b${i}`), ca));
    }
  });

  it('changes with the seed only through the start positions (different seed, different picture)', () => {
    const source = modelFixture('two-cliques');
    const one = toGraphology(source, { seed: 1 });
    const two = toGraphology(source, { seed: 2 });
    expect(one.getNodeAttributes('a1').x).not.toBe(two.getNodeAttributes('a1').x);
  });
});

describe('syntheticGraph', () => {
  it('returns a valid graph of exactly the requested size, the same for the same seed', () => {
    const g = syntheticGraph(200, 800, 3);
    expect(g.entities).toHaveLength(200);
    expect(toGraphology(g, { iterations: 1 }).size).toBe(800);
    expect(syntheticGraph(200, 800, 3)).toEqual(g);
    expect(syntheticGraph(200, 800, 4)).not.toEqual(g);
  });

  it('rejects impossible sizes with a message', () => {
    expect(() => syntheticGraph(2, 1000, 1)).toThrow(/kg synthetic: 1000 edges do not fit 2 nodes/);
  });
});

describe('degenerate graphs', () => {
  it('handles a graph without relations: uniform PageRank, one community per node, distinct positions', () => {
    const source = { ...contractFixture(), relations: [] };
    const g = toGraphology(source);
    expect(g.size).toBe(0);
    const ranks = g.mapNodes((_n, a) => a.pagerank);
    for (const r of ranks) expect(r).toBeCloseTo(1 / g.order, 12);
    expect(new Set(g.mapNodes((_n, a) => a.community)).size).toBe(g.order);
    expect(new Set(g.mapNodes((_n, a) => `${a.x},${a.y}`)).size).toBe(g.order);
  });

  it('handles an empty graph', () => {
    const g = toGraphology({ version: 1, documents: [], entities: [], relations: [] });
    expect([g.order, g.size]).toEqual([0, 0]);
  });
});
