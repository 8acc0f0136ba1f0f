import { describe, it, expect, jest } from '@jest/globals';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { normalizeGraph } from '../src/core/graph/normalize.js';
import { neighbourGroups } from '../src/core/graph/neighbours.js';
import { assignEdgePrograms, curvature, parallelIndex } from '../src/core/graph/parallel.js';
import { resultToGraph } from '../src/core/cypher/result.js';
import { visibleSubgraph, flattenForGexf } from '../src/core/export/subgraph.js';
import { computeVisibility } from '../src/core/filters/visibility.js';
import { NO_FILTERS } from '../src/core/filters/types.js';
import { CONTRACT_FIXTURE, fixtureGraph } from './helpers.js';
import { loadGraph, preparedJson, PREPARED_VERSION } from '../src/core/graph/prepare.js';
import { isViewPart, mergeDetails, splitGraph, VIEW_NODE_ATTRIBUTES } from '../src/core/graph/parts.js';
import { kindColor } from '../src/core/appearance/palette.js';

describe('normalizeGraph', () => {
  it('fills missing attributes and drops sigma program names from the data', () => {
    const g = normalizeGraph({
      nodes: [{ key: 'a', attributes: { type: 'Person' } }, { key: 'b' }],
      edges: [
        { source: 'a', target: 'b', attributes: { type: 'MEET' } },
        { source: 'a', target: 'zz' },
      ],
    });
    expect(g.getNodeAttributes('a')).toMatchObject({ label: 'a', kind: 'Unknown', aliases: [], articles: [], degree: 0 });
    expect(g.getNodeAttributes('a')).not.toHaveProperty('type');
    expect(g.size).toBe(1); // the edge to a missing node is dropped
    expect(g.getEdgeAttributes(g.edges()[0])).toMatchObject({ predicate: 'RELATED', weight: 1, quadClass: 'neutral', evidence: [] });
  });

  it('places nodes without a position the same way on every run (seeded), and keeps given positions', () => {
    const input = { nodes: [{ key: 'a' }, { key: 'b' }, { key: 'c', attributes: { x: 5, y: -2 } }, { key: 'd', attributes: { x: 1 } }], edges: [] };
    const once = JSON.stringify(normalizeGraph(input).export());
    expect(JSON.stringify(normalizeGraph(input).export())).toBe(once);
    const g = normalizeGraph(input);
    const pos = (k: string) => [g.getNodeAttribute(k, 'x'), g.getNodeAttribute(k, 'y')];
    expect(pos('c')).toEqual([5, -2]);
    for (const k of ['a', 'b', 'd'])
      for (const v of pos(k)) {
        expect(v).toBeGreaterThanOrEqual(0);
        expect(v).toBeLessThan(1);
      }
    expect(new Set(['a', 'b', 'd'].flatMap(pos)).size).toBe(6);
    // A Cypher result without positions too.
    const result = {
      nodes: [
        { id: '4:x:1', labels: ['Person'], properties: { id: 'p1', name: 'P' } },
        { id: '4:x:2', labels: ['Country'], properties: { id: 'c1', name: 'C' } },
      ],
      edges: [],
      rows: [],
    };
    expect(JSON.stringify(resultToGraph(result))).toBe(JSON.stringify(resultToGraph(result)));
  });

  it('places nodes without Math.random (only the seeded generator)', () => {
    const random = jest.spyOn(Math, 'random').mockImplementation(() => {
      throw new Error('Math.random called');
    });
    try {
      const g = normalizeGraph({ nodes: [{ key: 'a' }, { key: 'b', attributes: { y: 3 } }], edges: [{ source: 'a', target: 'b' }] });
      expect(g.order).toBe(2);
      resultToGraph({ nodes: [{ id: '4:x:1', labels: ['Person'], properties: { id: 'p1', name: 'P' } }], edges: [], rows: [] });
      expect(random).not.toHaveBeenCalled();
    } finally {
      random.mockRestore();
    }
  });

  it('has no Math.random anywhere in the viewer (the Cypher box places nodes too)', () => {
    const src = fileURLToPath(new URL('../src/', import.meta.url));
    const files = readdirSync(src, { recursive: true, encoding: 'utf8' }).filter((f) => f.endsWith('.ts'));
    expect(files.length).toBeGreaterThan(30);
    expect(files.filter((f) => readFileSync(join(src, f), 'utf8').includes('Math.random'))).toEqual([]);
  });

  it('fills what the graph model has and a foreign file may lack: posts, mentions per article, unknown dates as null', () => {
    const g = normalizeGraph({
      nodes: [{ key: 'a', attributes: { positions: [{ title: 'President', of: 'vn' }], articleMentions: { d1: 2, d2: 'x' } } }, { key: 'b' }],
      edges: [
        { source: 'a', target: 'b' },
        { source: 'a', target: 'b', attributes: { dates: ['2011-07-04', '2011-07-13'] } },
      ],
    });
    expect(g.getNodeAttributes('a')).toMatchObject({ positions: [{ title: 'President', of: 'vn', ofLabel: 'vn', titleAliases: [] }] });
    expect(g.getNodeAttributes('a').articleMentions).toEqual({ d1: 2 });
    expect(g.getNodeAttributes('b')).toMatchObject({ positions: [], articleMentions: {} });
    const [undated, dated] = g.edges().map((e) => g.getEdgeAttributes(e));
    expect(undated).toMatchObject({ firstSeen: null, lastSeen: null });
    expect(dated).toMatchObject({ firstSeen: '2011-07-04', lastSeen: '2011-07-13' });
  });

  it('rejects what is not a graphology export', () => {
    expect(() => normalizeGraph({ entities: [] })).toThrow('kg viewer: the graph file is not a graphology JSON export');
  });
});

describe('neighbourGroups', () => {
  it('groups by predicate and direction', () => {
    const g = fixtureGraph();
    const groups = neighbourGroups(g, 'russia').map((x) => `${x.predicate}/${x.direction}: ${x.items.map((i) => i.label).join(', ')}`);
    expect(groups).toEqual(['CRITICIZE/in: Jens Stoltenberg', 'DISAGREE/both: NATO', 'HOLDS_POSITION/in: Sergei Lavrov', 'SANCTION/in: United Kingdom']);
  });
});

describe('parallel edges', () => {
  it('curves parallel edges apart, symmetric ones without arrows', () => {
    const g = normalizeGraph({
      nodes: [{ key: 'a' }, { key: 'b' }, { key: 'c' }],
      edges: [
        { key: 'm', source: 'a', target: 'b', attributes: { predicate: 'MEET', symmetric: true } },
        { key: 'c1', source: 'a', target: 'b', attributes: { predicate: 'CRITICIZE' } },
        { key: 'c2', source: 'b', target: 'a', attributes: { predicate: 'CRITICIZE' } },
        { key: 'solo', source: 'b', target: 'c', attributes: { predicate: 'SANCTION' } },
      ],
    });
    assignEdgePrograms(g);
    // a→b twice and b→a once: each direction numbered from 1, so the two sides bend apart.
    expect(['m', 'c1', 'c2'].map((e) => [g.getEdgeAttribute(e, 'type'), g.getEdgeAttribute(e, 'curvature')])).toEqual([
      ['curved', curvature(1, 2)],
      ['curvedArrow', curvature(2, 2)],
      ['curvedArrow', curvature(1, 1)],
    ]);
    expect(g.getEdgeAttribute('solo', 'type')).toBe('arrow');
    expect(g.getEdgeAttribute('solo', 'curvature')).toBe(0);
    expect(curvature(-1, 1)).toBe(-curvature(1, 1));
  });

  it('indexes parallel edges as @sigma/edge-curve does', async () => {
    // That package reads two WebGL constants when it loads; node has no WebGL.
    Object.assign(globalThis, { WebGLRenderingContext: { UNSIGNED_BYTE: 5121, FLOAT: 5126 }, WebGL2RenderingContext: class {} });
    const { indexParallelEdgesIndex } = await import('@sigma/edge-curve');
    // A dense random multigraph (fixed seed): pairs with 1–4 edges, one way or both.
    let seed = 7;
    const rand = (n: number) => {
      seed = (seed * 1103515245 + 12345) % 2 ** 31;
      return seed % n;
    };
    const nodes = Array.from({ length: 12 }, (_, i) => ({ key: `n${i}` }));
    const edges = Array.from({ length: 150 }, (_, i) => ({ key: `e${i}`, source: `n${rand(12)}`, target: `n${rand(12)}` }));
    const mine = normalizeGraph({ nodes, edges });
    const theirs = normalizeGraph({ nodes, edges });
    const index = parallelIndex(mine);
    indexParallelEdgesIndex(theirs as any, { edgeIndexAttribute: 'i', edgeMinIndexAttribute: 'min', edgeMaxIndexAttribute: 'max' });
    let parallel = 0;
    theirs.forEachEdge((e, a) => {
      const p = index.get(e);
      if (p) parallel++;
      expect([e, p?.index ?? null, p?.max ?? null, p?.min]).toEqual([e, a.i ?? null, a.max ?? null, a.min]);
    });
    expect(parallel).toBeGreaterThan(20);
  });
});

describe('prepared graphs', () => {
  it('are the same whether the server prepared them or the page does, for any view', async () => {
    const { toGraphology, readGraph } = await import('@kg/graph');
    const raw = toGraphology(readGraph(CONTRACT_FIXTURE)).export();
    const served = preparedJson(JSON.parse(JSON.stringify(raw)));
    expect(served.attributes.viewerPrepared).toBe(PREPARED_VERSION);
    expect(JSON.stringify(preparedJson(JSON.parse(JSON.stringify(raw))))).toBe(JSON.stringify(served)); // byte-identical run to run
    for (const [sizeBy, colorBy] of [
      ['pagerank', 'kind'],
      ['degree', 'community'],
    ] as const) {
      const imported = loadGraph(JSON.parse(JSON.stringify(served)), sizeBy, colorBy);
      const local = loadGraph(JSON.parse(JSON.stringify(raw)), sizeBy, colorBy);
      const strip = (g: ReturnType<typeof loadGraph>) => {
        const e = g.export();
        delete (e.attributes as Record<string, unknown>).viewerPrepared;
        return JSON.stringify(e);
      };
      expect(strip(imported)).toBe(strip(local));
    }
    const g = loadGraph(served);
    expect(new Set(g.mapEdges((_e, a) => a.type))).toEqual(new Set(['arrow', 'line']));
    expect(g.getNodeAttribute('russia', 'color')).toBe(kindColor('Country'));
  });
});

describe('graph parts', () => {
  it('view part plus details make the whole prepared graph, and the view part is the smaller', async () => {
    const { toGraphology, readGraph } = await import('@kg/graph');
    const served = preparedJson(toGraphology(readGraph(CONTRACT_FIXTURE)).export());
    const { view, details } = splitGraph(JSON.parse(JSON.stringify(served)));
    expect(isViewPart(view)).toBe(true);
    expect(JSON.stringify(view).length * 2).toBeLessThan(JSON.stringify(served).length);
    expect(Object.keys(view.nodes[0].attributes!).sort()).toEqual([...VIEW_NODE_ATTRIBUTES].sort());
    const g = loadGraph(JSON.parse(JSON.stringify(view)));
    expect(g.getNodeAttribute('russia', 'kind')).toBeUndefined();
    mergeDetails(g, JSON.parse(JSON.stringify(details)));
    const whole = loadGraph(JSON.parse(JSON.stringify(served)));
    expect(g.getAttributes()).toEqual(whole.getAttributes());
    whole.forEachNode((n, a) => expect(g.getNodeAttributes(n)).toEqual(a));
    whole.forEachEdge((e, a, s, t) => {
      expect(g.getEdgeAttributes(e)).toEqual(a);
      expect(g.extremities(e)).toEqual([s, t]);
    });
    expect(g.size).toBe(whole.size);
  });

  it('refuses details that do not match the graph', () => {
    const g = normalizeGraph({ nodes: [{ key: 'a' }], edges: [] });
    expect(() => mergeDetails(g, { attributes: { documents: [] }, nodes: [], edges: [] })).toThrow(/do not match the graph/);
  });
});

describe('resultToGraph', () => {
  it('keys nodes by entity id, reads kind from a label, drops dangling relationships', () => {
    const r = resultToGraph({
      nodes: [
        { id: '4:x:1', labels: ['Entity', 'Country'], properties: { id: 'russia', name: 'Russia' } },
        { id: '4:x:2', labels: ['Thing'], properties: {} },
      ],
      edges: [
        {
          id: '5:x:1',
          type: 'SANCTION',
          source: '4:x:2',
          target: '4:x:1',
          properties: { weight: 3, evidence: '[{"doc":"d","sentence":"s","start":0,"end":1}]' },
        },
        { id: '5:x:2', type: 'MEET', source: '4:x:1', target: '4:x:9', properties: {} },
      ],
      rows: [],
    });
    expect(r.nodes.map((n) => [n.key, n.attributes.label, n.attributes.kind])).toEqual([
      ['russia', 'Russia', 'Country'],
      ['4:x:2', '4:x:2', 'Thing'],
    ]);
    expect(r.edges).toHaveLength(1);
    expect(r.edges[0]).toMatchObject({ source: '4:x:2', target: 'russia', attributes: { predicate: 'SANCTION', weight: 3 } });
    expect(r.edges[0].attributes.evidence[0].sentence).toBe('s');
  });
});

describe('visibleSubgraph', () => {
  it('keeps only visible nodes and edges, and the documents they cite', () => {
    const g = fixtureGraph();
    const sub = visibleSubgraph(g, computeVisibility(g, { ...NO_FILTERS, article: 'doc-b' }));
    expect(sub.nodes().sort()).toEqual(['jens-stoltenberg', 'nato', 'russia', 'united-kingdom']);
    expect(sub.size).toBe(4);
    // Russia and NATO are also mentioned in doc-a: it stays with them.
    expect(sub.getAttribute('documents').map((d) => d.id)).toEqual(['doc-a', 'doc-b']);
    const pair = visibleSubgraph(g, computeVisibility(g, { ...NO_FILTERS, focus: 'hillary-clinton', depth: 1 }));
    expect(pair.getAttribute('documents').map((d) => d.id)).toEqual(['doc-a']);
    expect(pair.getAttribute('documents')[0].text).toContain('Hillary Clinton');
    const flat = flattenForGexf(sub);
    expect(typeof flat.getNodeAttribute('russia', 'aliases')).toBe('string');
    expect(JSON.parse(flat.getNodeAttribute('russia', 'aliases'))).toEqual(g.getNodeAttribute('russia', 'aliases'));
  });
});

describe('sizeRange', () => {
  it('keeps the full range on small graphs and shrinks it on big ones', async () => {
    const { sizeRange, MIN_NODE_SIZE, MAX_NODE_SIZE } = await import('../src/core/appearance/palette.js');
    expect(sizeRange(50)).toEqual([MIN_NODE_SIZE, MAX_NODE_SIZE]);
    expect(sizeRange(4000)).toEqual([1.5, MAX_NODE_SIZE / 2]);
    expect(sizeRange(1_000_000)[1]).toBe(6);
  });
});

describe('zipEvidence', () => {
  it('reads the parallel evidence lists the Neo4j loader stores', async () => {
    const { zipEvidence } = await import('../src/core/cypher/result.js');
    expect(zipEvidence({ evidenceArticles: ['a', 'b'], evidenceSentences: ['S1.', 'S2.'], evidenceStarts: [0, 10], evidenceEnds: [3, 13] })).toEqual([
      { doc: 'a', sentence: 'S1.', start: 0, end: 3 },
      { doc: 'b', sentence: 'S2.', start: 10, end: 13 },
    ]);
    expect(zipEvidence({})).toEqual([]);
  });
});
