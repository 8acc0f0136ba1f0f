import { describe, it, expect } from '@jest/globals';
import { mergeExtractions } from '../src/corpus.js';
import { Graph, type Relation } from '../src/schema.js';
import type { DocumentExtraction, LocalEntity } from '../src/types.js';

const doc = (id: string) => ({ id, path: `in/${id}.txt`, title: `t ${id}`, lang: 'vi' as const, published: null });
const ent = (id: string, name: string, type: LocalEntity['type'], spans: Array<[number, number, string]>, extra: Partial<LocalEntity> = {}): LocalEntity => ({
  id,
  name,
  type,
  aliases: [...new Set(spans.map((s) => s[2]))],
  mentions: spans.map(([start, end, text]) => ({ start, end, text, entity: id })),
  ...extra,
});
const rel = (doc: string, subject: string, predicate: Relation['predicate'], object: string, extra: Partial<Relation> = {}): Relation => ({
  subject,
  predicate,
  object,
  negated: false,
  attributedTo: null,
  confidence: 0.5,
  evidence: [{ doc, sentence: `${subject} ${predicate} ${object}`, start: 0, end: 10 }],
  ...extra,
});

// Two made-up articles about made-up people, with spelling variants across them.
const a: DocumentExtraction = {
  document: doc('a'),
  entities: [
    ent('ruritania', 'Ruritania', 'Country', [[0, 9, 'Ruritania']], { wikidata: 'Q1' }),
    ent('boris-kalinov', 'Boris Kalinov', 'Person', [[20, 33, 'Boris Kalinov']]),
    ent('kalinov', 'Kalinov', 'Person', [[50, 57, 'Kalinov']]),
    ent('elena-varga', 'Elena Varga', 'Person', [[60, 71, 'Elena Varga']]),
    ent('nato', 'NATO', 'Organization', [[80, 84, 'NATO']]),
  ],
  relations: [
    rel('a', 'kalinov', 'MEET', 'elena-varga', { date: '--05-02', confidence: 0.6 }),
    rel('a', 'ruritania', 'CRITICIZE', 'nato', { topic: 'missile defense' }),
    rel('a', 'boris-kalinov', 'HOLDS_POSITION', 'ruritania', { topic: 'Foreign Minister' }),
  ],
};
const b: DocumentExtraction = {
  document: doc('b'),
  entities: [
    ent('ruritania', 'Ruritania', 'Country', [[5, 14, 'Ruritanie']]),
    ent('borys-kalinov', 'Borys Kalinov', 'Person', [[0, 13, 'Borys Kalinov']]),
    ent('elena-varga', 'Elena Varga', 'Person', [
      [30, 41, 'Elena Varga'],
      [90, 95, 'Varga'],
    ]),
    ent('nato', 'NATO', 'Organization', [[60, 64, 'NATO']]),
  ],
  relations: [
    // the same meeting, told the other way round, with a fuller date and more confidence
    rel('b', 'elena-varga', 'MEET', 'borys-kalinov', { date: '2031-05-02', confidence: 0.9 }),
    rel('b', 'ruritania', 'CRITICIZE', 'nato', { topic: 'missile defense' }),
    rel('b', 'ruritania', 'CRITICIZE', 'nato', { topic: 'missile defense' }),
    // after merging both sides are one person: dropped
    rel('b', 'borys-kalinov', 'MEET', 'boris-kalinov'),
  ],
};

describe('mergeExtractions', () => {
  const g = mergeExtractions([a, b]);

  it('produces a valid contract graph', () => {
    const parsed = Graph.safeParse(g);
    expect(parsed.success ? [] : parsed.error.issues).toEqual([]);
  });

  it('merges entities by id, unioning aliases (sorted) and mentions (by doc, start)', () => {
    const r = g.entities.find((e) => e.id === 'ruritania')!;
    expect(r.aliases).toEqual(['Ruritania', 'Ruritanie']);
    expect(r.mentions.map((m) => [m.doc, m.start])).toEqual([
      ['a', 0],
      ['b', 5],
    ]);
    expect(r.wikidata).toBe('Q1');
  });

  it('merges spelling variants and the surname-only form of a person into one entity', () => {
    const persons = g.entities.filter((e) => e.type === 'Person').map((e) => e.id);
    expect(persons).toEqual(['boris-kalinov', 'elena-varga']);
    const k = g.entities.find((e) => e.id === 'boris-kalinov')!;
    expect(k.aliases).toEqual(['Boris Kalinov', 'Borys Kalinov', 'Kalinov']);
    expect(k.mentions.map((m) => m.doc)).toEqual(['a', 'a', 'b']);
  });

  it('merges a symmetric relation told both ways, keeping the most specific date and the highest confidence', () => {
    const meets = g.relations.filter((r) => r.predicate === 'MEET');
    expect(meets.map((r) => [r.subject, r.object, r.date, r.confidence])).toEqual([['boris-kalinov', 'elena-varga', '2031-05-02', 0.9]]);
    expect(meets[0].evidence.map((e) => e.doc)).toEqual(['a', 'b']);
  });

  it('deduplicates evidence and keeps one relation per contract key', () => {
    const crit = g.relations.filter((r) => r.predicate === 'CRITICIZE');
    expect(crit).toHaveLength(1);
    expect(crit[0].evidence.map((e) => e.doc)).toEqual(['a', 'b']);
  });

  it('rewrites relation ends to the merged id and drops self-relations', () => {
    expect(g.relations.map((r) => `${r.subject} ${r.predicate} ${r.object}`)).toEqual([
      'boris-kalinov HOLDS_POSITION ruritania',
      'boris-kalinov MEET elena-varga',
      'ruritania CRITICIZE nato',
    ]);
  });

  it('is deterministic: the input order does not change the output', () => {
    expect(JSON.stringify(mergeExtractions([b, a]))).toBe(JSON.stringify(g));
  });
});

describe('mergeExtractions, conservative person merging', () => {
  const x: DocumentExtraction = {
    document: doc('x'),
    entities: [
      ent('anna-holm', 'Anna Holm', 'Person', [[0, 9, 'Anna Holm']]),
      ent('erik-holm', 'Erik Holm', 'Person', [[10, 19, 'Erik Holm']]),
      ent('holm', 'Holm', 'Person', [[20, 24, 'Holm']]),
      ent('k-dahl', 'K. Dahl', 'Person', [[30, 37, 'K. Dahl']]),
      ent('karin-dahl', 'Karin Dahl', 'Person', [[40, 50, 'Karin Dahl']]),
      ent('lee-min-jun', 'Lee Min-jun', 'Person', [[60, 71, 'Lee Min-jun']]),
      ent('lee', 'Lee', 'Person', [[80, 83, 'Lee']]),
    ],
    relations: [rel('x', 'holm', 'CALL', 'k-dahl', { attributedTo: 'karin-dahl' })],
  };
  const g = mergeExtractions([x]);

  it('keeps different given names apart and a surname shared by two people unmerged', () => {
    expect(g.entities.map((e) => e.id)).toEqual(['anna-holm', 'erik-holm', 'holm', 'karin-dahl', 'lee-min-jun']);
  });
  it('merges a one-word name into the unique long name it begins when no surname matches', () => {
    expect(g.entities.find((e) => e.id === 'lee-min-jun')!.aliases).toEqual(['Lee', 'Lee Min-jun']);
  });
  it('merges an initial into the full given name and picks the fuller name', () => {
    expect(g.entities.find((e) => e.id === 'karin-dahl')!.name).toBe('Karin Dahl');
    expect(g.relations.map((r) => [r.subject, r.object, r.attributedTo])).toEqual([['holm', 'karin-dahl', 'karin-dahl']]);
  });
  it('still validates', () => expect(Graph.safeParse(g).success).toBe(true));
});

describe('mergeExtractions, Wikidata', () => {
  it('merges non-person entities that share a QID, keeping the gazetteer id', () => {
    const d: DocumentExtraction = {
      document: doc('q'),
      entities: [
        ent('north-atlantic-alliance', 'North Atlantic Alliance', 'Organization', [[0, 23, 'North Atlantic Alliance']], { wikidata: 'Q7184' }),
        ent('nato', 'NATO', 'Organization', [[30, 34, 'NATO']], { wikidata: 'Q7184' }),
        ent('ruritania', 'Ruritania', 'Country', [[40, 49, 'Ruritania']]),
      ],
      relations: [rel('q', 'ruritania', 'JOIN', 'north-atlantic-alliance')],
    };
    const g = mergeExtractions([d]);
    expect(g.entities.map((e) => [e.id, e.aliases])).toEqual([
      ['nato', ['NATO', 'North Atlantic Alliance']],
      ['ruritania', ['Ruritania']],
    ]);
    expect(g.relations.map((r) => [r.subject, r.object])).toEqual([['ruritania', 'nato']]);
  });
});

describe('mergeExtractions, ids and types', () => {
  it('drops relations to entities without mentions and picks the majority type', () => {
    const d: DocumentExtraction = {
      document: doc('d'),
      entities: [
        ent('x', 'X', 'Organization', [
          [0, 1, 'X'],
          [5, 6, 'X'],
        ]),
        { id: 'ghost', name: 'Ghost', type: 'Person', aliases: [], mentions: [] },
        ent('y', 'Y', 'Country', [[10, 11, 'Y']]),
      ],
      relations: [rel('d', 'x', 'SUPPORT', 'ghost'), rel('d', 'x', 'OPPOSE', 'y')],
    };
    const e: DocumentExtraction = { document: doc('e'), entities: [ent('x', 'X', 'Location', [[3, 4, 'X']])], relations: [] };
    const g = mergeExtractions([d, e]);
    expect(g.entities.map((en) => [en.id, en.type])).toEqual([
      ['x', 'Organization'],
      ['y', 'Country'],
    ]);
    expect(g.relations.map((r) => r.predicate)).toEqual(['OPPOSE']);
    expect(Graph.safeParse(g).success).toBe(true);
  });
});

describe('canonical person name across articles', () => {
  it('counts one vote per article, so one article repeating its misspelling does not outvote the other', () => {
    const slip: DocumentExtraction = {
      document: doc('slip'),
      entities: [
        ent('anna-marek-holt', 'Anna Marek Holt', 'Person', [
          [0, 15, 'Anna Marek Holt'],
          [40, 44, 'Holt'],
          [60, 64, 'Holt'],
          [80, 84, 'Holt'],
        ]),
      ],
      relations: [],
    };
    const right: DocumentExtraction = {
      document: doc('right'),
      entities: [ent('anna-mareck-holt', 'Anna Mareck Holt', 'Person', [[0, 16, 'Anna Mareck Holt']])],
      relations: [],
    };
    const people = mergeExtractions([slip, right]).entities;
    expect(people.map((e) => e.name)).toEqual(['Anna Mareck Holt']);
    expect(people[0].mentions).toHaveLength(5);
  });
});
