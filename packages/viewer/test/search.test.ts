import { describe, it, expect } from '@jest/globals';
import { fold } from '../src/core/search/fold.js';
import { buildSearchIndex, matchKind, search, type SearchEntry } from '../src/core/search/index.js';
import { searchEntries } from '../src/core/search/entries.js';
import { fixtureGraph } from './helpers.js';

describe('fold', () => {
  it.each([
    ['Ngoại trưởng', 'ngoai truong'],
    ['Nga', 'nga'],
    ['Đức', 'duc'],
    ['đảng Cộng sản', 'dang cong san'],
    ['Liên bang  Nga', 'lien bang nga'],
    ['Hội đồng Nga-NATO', 'hoi dong nga nato'],
    ['Sergei Lavrov', 'sergei lavrov'],
    ['Ápganixtan', 'apganixtan'],
  ])('%s → %s', (input, out) => expect(fold(input)).toBe(out));
});

describe('matchKind', () => {
  it.each([
    ['nga', 'nga', 4],
    ['nga', 'nga my', 3],
    ['lavrov', 'sergei lavrov', 2],
    ['avro', 'sergei lavrov', 1],
    ['xyz', 'nga', 0],
  ])('%s in %s → %d', (q, t, k) => expect(matchKind(q, t)).toBe(k));
});

// A hand-made table: names, Vietnamese aliases with and without marks, a title held.
const entries: SearchEntry[] = [
  { node: 'russia', label: 'Russia', text: 'Russia', field: 'name', importance: 0.3 },
  { node: 'russia', label: 'Russia', text: 'Nga', field: 'alias', importance: 0.3 },
  { node: 'russia', label: 'Russia', text: 'Liên bang Nga', field: 'alias', importance: 0.3 },
  { node: 'nga-river', label: 'Ngà', text: 'Ngà', field: 'name', importance: 0.01 },
  { node: 'lavrov', label: 'Sergei Lavrov', text: 'Sergei Lavrov', field: 'name', importance: 0.1 },
  { node: 'lavrov', label: 'Sergei Lavrov', text: 'Ngoại trưởng Nga', field: 'position', importance: 0.1 },
  { node: 'germany', label: 'Germany', text: 'Germany', field: 'name', importance: 0.2 },
  { node: 'germany', label: 'Germany', text: 'Đức', field: 'alias', importance: 0.2 },
  { node: 'ngoc', label: 'Nguyễn Ngọc', text: 'Nguyễn Ngọc', field: 'name', importance: 0.05 },
];
const index = buildSearchIndex(entries);
const first = (q: string) => search(index, q)[0]?.node;

describe('search', () => {
  it.each([
    ['lavrov', 'lavrov'],
    ['Lavrov', 'lavrov'],
    ['Nga', 'russia'],
    ['nga', 'russia'],
    ['Ngà', 'nga-river'],
    ['Ngoai truong', 'lavrov'],
    ['ngoại trưởng nga', 'lavrov'],
    ['duc', 'germany'],
    ['Đức', 'germany'],
    ['russ', 'russia'],
  ])('%s → %s', (q, node) => expect(first(q)).toBe(node));

  it('returns one hit per node, and the alias that matched', () => {
    const hits = search(index, 'nga');
    expect(new Set(hits.map((h) => h.node)).size).toBe(hits.length);
    expect(hits.find((h) => h.node === 'russia')).toMatchObject({ matched: 'Nga', field: 'alias' });
  });

  it('finds nothing for an empty or unmatched query', () => {
    expect(search(index, '  ')).toEqual([]);
    expect(search(index, 'qwerty')).toEqual([]);
  });

  it('indexes the names, aliases and posts of the real model', () => {
    const g = fixtureGraph();
    const idx = buildSearchIndex(searchEntries(g));
    expect(search(idx, 'lavrov')[0].node).toBe('sergei-lavrov');
    expect(search(idx, 'nga')[0].node).toBe('russia');
    // Lavrov holds "Foreign Minister" of Russia in the fixture: the post finds him.
    expect(search(idx, 'foreign minister russia')[0].node).toBe('sergei-lavrov');
    // ... and so does its Vietnamese name, with or without marks (the post's titleAliases).
    expect(search(idx, 'Ngoai truong')[0].node).toBe('sergei-lavrov');
    expect(search(idx, 'tổng thư ký')[0].node).toBe('jens-stoltenberg');
  });
});
