import { describe, it, expect } from '@jest/globals';
import type { Graph, Relation } from '../src/schema.js';
import { scoreEntities, type PredEntity } from './entities.js';
import { GoldDoc, GoldRelation, parseGold, type GoldEntity } from './gold.js';
import { normName, topicsAgree } from './normalize.js';
import { mapRelations, relationMatches, scoreRelations } from './relations.js';
import { scoreGraph, summarize, precision, recall } from './score.js';

const ge = (name: string, type: string, surfaces: string[] = [], optional = false): GoldEntity =>
  GoldDoc.parse({ id: 'd', entities: [{ name, type, surfaces, optional }], relations: [] }).entities[0];
const gr = (o: Record<string, unknown>): GoldRelation => GoldRelation.parse(o);
const pe = (id: string, name: string, type: PredEntity['type'], surfaces: string[] = []): PredEntity => ({ id, name, type, surfaces });

describe('normalize', () => {
  it.each([
    ['Ngoại trưởng Đức', 'ngoai truong duc'],
    ['Radosław Sikorski', 'radoslaw sikorski'],
    ['The United States', 'united states'],
    ['Kosiniak-Kamysz', 'kosiniak kamysz'],
  ])('normName(%s) = %s', (input, out) => expect(normName(input)).toBe(out));

  it('topics agree on shared content words, not on stop words', () => {
    expect(topicsAgree('missile defence', 'the missile defense system')).toBe(true);
    expect(topicsAgree('trade', 'border trade')).toBe(true);
    expect(topicsAgree('the sanctions', 'of the drones')).toBe(false);
  });
});

describe('scoreEntities', () => {
  const gold = [
    ge('Japan', 'Country', ['Nhật Bản', 'Tokyo']),
    ge('Tokyo', 'Location', ['Tokyo']),
    ge('Kyodo', 'Organization', [], true),
    ge('Takeshi Iwaya', 'Person', ['Iwaya Takeshi', 'Iwaya']),
  ];

  it('matches by any surface without diacritics, preferring the same type', () => {
    const s = scoreEntities([pe('jp', 'Nhat Ban', 'Country', ['Tokyo']), pe('tk', 'Tokyo', 'Location')], gold);
    expect(s.judgements.map((j) => [j.pred.id, j.outcome, j.gold?.name])).toEqual([
      ['jp', 'tp', 'Japan'],
      ['tk', 'tp', 'Tokyo'],
    ]);
    expect(s.missed.map((g) => g.name)).toEqual(['Takeshi Iwaya']);
  });

  it('labels splits, wrong types, optional and unknown entities', () => {
    const s = scoreEntities(
      [pe('a', 'Takeshi Iwaya', 'Person'), pe('b', 'Iwaya', 'Person'), pe('c', 'Kyodo', 'Person'), pe('d', 'Japan', 'Person'), pe('e', 'Lá chắn', 'Event')],
      gold,
    );
    const by = Object.fromEntries(s.judgements.map((j) => [j.pred.id, j.outcome]));
    expect(by).toEqual({ a: 'tp', b: 'split', c: 'optional', d: 'wrong-type', e: 'fp' });
    expect(s.goldOf.get('b')).toBe('Takeshi Iwaya');
    expect(s.goldOf.has('e')).toBe(false);
  });
});

describe('relations', () => {
  it('matches symmetric predicates in either order, others only in order', () => {
    const meet = gr({ subject: 'A', predicate: 'MEET', object: 'B' });
    const warn = gr({ subject: 'A', predicate: 'WARN', object: 'B' });
    expect(relationMatches({ subject: 'B', predicate: 'MEET', object: 'A' }, meet)).toBe(true);
    expect(relationMatches({ subject: 'B', predicate: 'WARN', object: 'A' }, warn)).toBe(false);
    expect(relationMatches({ subject: 'A', predicate: 'CALL', object: 'B' }, meet)).toBe(false);
  });

  it('accepts listed alternatives for subject, object and predicate', () => {
    const g = gr({ subject: ['Japan', 'Takeshi Iwaya'], predicate: ['OPPOSE', 'REJECT'], object: 'India' });
    expect(relationMatches({ subject: 'Takeshi Iwaya', predicate: 'REJECT', object: 'India' }, g)).toBe(true);
  });

  it('counts each mapped (subject, predicate, object) once and judges negation on found ones', () => {
    const rel = (subject: string, object: string, negated: boolean, topic?: string): Relation => ({
      subject,
      predicate: 'COOPERATE',
      object,
      topic,
      negated,
      attributedTo: null,
      confidence: 0.8,
      evidence: [{ doc: 'd', sentence: 's', start: 0, end: 1 }],
    });
    const goldOf = new Map([
      ['jp', 'Japan'],
      ['in', 'India'],
      ['jp2', 'Japan'],
    ]);
    const mapped = mapRelations([rel('jp', 'in', false, 'trade'), rel('in', 'jp2', false), rel('jp', 'jp2', false), rel('jp', 'zz', true)], goldOf, 'd');
    expect(mapped.map((m) => `${m.subject}|${m.object}|${m.variants.length}`)).toEqual(['India|Japan|2', '?zz|Japan|1']);
    const s = scoreRelations(mapped, [
      gr({ subject: 'Japan', predicate: 'COOPERATE', object: 'India', topic: 'trade deal' }),
      gr({ subject: 'Japan', predicate: 'COOPERATE', object: 'India', negated: true }),
      gr({ subject: 'Japan', predicate: 'SUPPORT', object: 'India' }),
    ]);
    expect(s.judgements.map((j) => j.outcome)).toEqual(['tp', 'fp']);
    expect(s.found.map((f) => [f.topicOk, f.negationOk])).toEqual([
      [true, true],
      [null, false],
    ]);
    expect(s.missed.map((g) => g.predicate)).toEqual([['SUPPORT']]);
  });
});

describe('scoreGraph and summarize', () => {
  it('scores only what each document mentions, and optional relations count for nothing', () => {
    const graph: Graph = {
      version: 1,
      documents: [
        { id: 'd1', path: 'd1.txt', title: 't', lang: 'vi', published: null },
        { id: 'd2', path: 'd2.txt', title: 't', lang: 'vi', published: null },
      ],
      entities: [
        { id: 'fr', name: 'France', type: 'Country', aliases: ['Pháp'], mentions: [{ doc: 'd1', start: 0, end: 4, text: 'Pháp' }] },
        {
          id: 'ir',
          name: 'Iran',
          type: 'Country',
          aliases: [],
          mentions: [
            { doc: 'd1', start: 9, end: 13, text: 'Iran' },
            { doc: 'd2', start: 0, end: 4, text: 'Iran' },
          ],
        },
      ],
      relations: [
        {
          subject: 'fr',
          predicate: 'SANCTION',
          object: 'ir',
          negated: false,
          attributedTo: null,
          confidence: 0.7,
          evidence: [{ doc: 'd1', sentence: 'Pháp trừng phạt Iran', start: 0, end: 20 }],
        },
      ],
    };
    const gold = new Map([
      [
        'd1',
        parseGold(
          JSON.stringify({
            id: 'd1',
            entities: [
              { name: 'France', type: 'Country', surfaces: ['Pháp'] },
              { name: 'Iran', type: 'Country', surfaces: ['Iran'] },
            ],
            relations: [
              { subject: 'France', predicate: 'SANCTION', object: 'Iran', optional: true },
              { subject: 'France', predicate: 'WARN', object: 'Iran' },
            ],
          }),
          'd1.json',
        ),
      ],
      [
        'd2',
        parseGold(
          JSON.stringify({
            id: 'd2',
            entities: [
              { name: 'Iran', type: 'Country', surfaces: ['Iran'] },
              { name: 'IAEA', type: 'Organization', surfaces: [] },
            ],
            relations: [],
          }),
          'd2.json',
        ),
      ],
    ]);
    const s = summarize(scoreGraph(graph, gold));
    expect(s.entities).toEqual({ tp: 3, fp: 0, fn: 1 });
    expect(precision(s.entities)).toBe(1);
    expect(recall(s.entities)).toBe(0.75);
    expect(s.relations).toEqual({ tp: 0, fp: 0, found: 0, missed: 1 });
  });

  it('names the file and field of a bad gold file', () => {
    expect(() => parseGold('{"id":"x","entities":[],"relations":[{"subject":"A","predicate":"MEET","object":"B"}]}', 'gold/x.json')).toThrow(
      /gold\/x\.json: relations\.0\.subject: no gold entity named "A"/,
    );
    expect(() => parseGold('{', 'gold/y.json')).toThrow(/kg eval: gold\/y\.json: not JSON/);
  });
});
