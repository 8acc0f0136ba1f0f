/** The loader's pure core: rows and generated Cypher, without a database. */
import { describe, expect, it } from '@jest/globals';
import { PREDICATES } from '@kg/extractor';
import { checkedName, edgeStatement, entityStatement } from '../../src/neo4j/cypher.js';
import { EDGE_COLUMNS, edgeTuple, planLoad } from '../../src/neo4j/rows.js';
import { RELATIONSHIP_PROPS } from '../../src/neo4j/relationship.js';
import { planBatches } from '../../src/neo4j/load.js';
import { fixture } from './db.js';
import { buildGraphology, foldedEdge } from '../../src/model.js';
import { applyMetrics } from '../../src/metrics.js';
import { syntheticGraph } from '../../src/synthetic.js';

describe('planLoad', () => {
  const plan = planLoad(fixture('graph.json'));

  it('folds relations that differ only by topic into one edge, symmetric pairs in id order', () => {
    const disagree = plan.edges.get('DISAGREE')!;
    // russia→nato (Libya) and nato→russia (missile defense) are one undirected DISAGREE edge.
    expect(disagree).toHaveLength(1);
    expect(disagree[0]).toMatchObject({
      key: 'nato|DISAGREE|russia|affirmed',
      subject: 'nato',
      object: 'russia',
      topics: ['Libya', 'missile defense'],
      dates: ['2011-07-04'],
      firstSeen: '2011-07-05',
      lastSeen: '2011-07-05',
      confidence: 0.85,
      weight: 2,
    });
    expect(disagree[0].evidence.map((e) => [e.doc, e.start, e.end])).toEqual([
      ['doc-a', 0, 82],
      ['doc-b', 0, 58],
    ]);
  });

  it('counts mentions per (article, entity)', () => {
    expect(plan.mentions.filter((m) => m.entity === 'russia')).toEqual([
      { article: 'doc-a', entity: 'russia', count: 2 },
      { article: 'doc-b', entity: 'russia', count: 2 },
    ]);
  });

  it('groups entities by type, one group per label', () => {
    expect(plan.entities.get('Person')!.map((e) => e.id)).toEqual(['sergei-lavrov', 'hillary-clinton', 'jens-stoltenberg']);
  });

  it('writes the metrics and edges of the model (the exports), without building it', () => {
    for (const graph of [fixture('graph.json'), syntheticGraph(400, 2000, 3)]) {
      const model = buildGraphology(graph);
      applyMetrics(model);
      const p = planLoad(graph);
      for (const rows of p.entities.values())
        for (const r of rows) {
          const a = model.getNodeAttributes(r.id);
          expect([r.id, r.degree, r.pagerank, r.community]).toEqual([r.id, a.degree, a.pagerank, a.community]);
        }
      const fromModel = model.mapEdges((key) => foldedEdge(model, key));
      expect([...p.edges.values()].flat()).toEqual(PREDICATES.flatMap((pr) => fromModel.filter((e) => e.predicate === pr)));
    }
  });

  it('cuts rows into batches of the given size', () => {
    const batches = planBatches(fixture('graph.json'), 2);
    expect(batches.filter((b) => b.phase === 'mentions').map((b) => b.rows.length)).toEqual([2, 2, 2, 2, 1]);
  });

  it("carries each entity's mention total, and recounts it in Neo4j unless the entities are created by this load", () => {
    const graph = fixture('graph.json');
    const russia = graph.entities.find((e) => e.id === 'russia')!;
    const rows = planLoad(graph).entities.get(russia.type)!;
    expect(rows.find((r) => r.id === 'russia')!.mentionCount).toBe(russia.mentions.length);
    const recounts = (fresh: { entities: boolean; mentions: boolean }) =>
      planBatches(graph, 100, { ...fresh, predicates: new Set() })
        .filter((b) => b.phase === 'mentions')
        .map((b) => b.statement.text.includes('sum(m.count)'));
    expect(recounts({ entities: true, mentions: true })).toEqual([false]);
    // Entities left by an interrupted load hold the total already: MENTIONS are new, the total is recounted.
    expect(recounts({ entities: false, mentions: true })).toEqual([true]);
    expect(recounts({ entities: false, mentions: false })).toEqual([true]);
  });
});

describe('generated Cypher', () => {
  it('puts only vocabulary names into the text and values into parameters', () => {
    const s = edgeStatement('MEET');
    expect(s.text).toContain(`MERGE (s)-[r:MEET {key: row[0] + '|MEET|' + row[1] + `);
    expect(edgeStatement('MEET', 'create').text).toContain(`CREATE (s)-[:MEET {key: row[0] + '|MEET|' + row[1] + `);
    expect(s.params).toEqual({ symmetric: true, cameo: '04', quadClass: 'verbal-cooperation' });
    expect(entityStatement('Country').text).toContain('SET e:Country,');
    expect(entityStatement('Country').text).toContain('REMOVE e:Person:Organization:Location:Event');
  });

  it('sends edges as positional lists in EDGE_COLUMNS order', () => {
    const row = planLoad(fixture('graph.json')).edges.get('SANCTION')![0];
    const tuple = edgeTuple(row);
    // Every property is sent in the row, a per-predicate parameter or computed in Cypher.
    for (const p of RELATIONSHIP_PROPS) expect(edgeStatement('SANCTION').text).toContain(`${p.name}: `);
    expect(tuple).toHaveLength(EDGE_COLUMNS.length);
    expect(tuple[EDGE_COLUMNS.indexOf('subject')]).toBe('united-kingdom');
    expect(tuple[EDGE_COLUMNS.indexOf('evidenceSentences')]).toEqual(['Britain imposed sanctions on Russia.']);
    expect(edgeStatement('SANCTION').text).toContain(`size(row[${EDGE_COLUMNS.indexOf('evidenceArticles')}])`);
  });

  it('has one statement per predicate', () => {
    expect(new Set(PREDICATES.map((p) => edgeStatement(p).text)).size).toBe(PREDICATES.length);
  });

  it('refuses names outside the vocabulary', () => {
    expect(() => checkedName('MEET]->() DETACH DELETE (n', PREDICATES, 'predicate')).toThrow(/not a known predicate/);
    expect(() => edgeStatement('HUG' as never)).toThrow(/kg load: "HUG" is not a known predicate/);
  });
});
