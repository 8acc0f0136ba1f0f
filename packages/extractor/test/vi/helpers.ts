/** Test helpers: run the Vietnamese plugin on one text and print relations as readable lines. */
import { expect } from '@jest/globals';
import type { CleanDocument, DocumentExtraction } from '../../src/types.js';
import { vi } from '../../src/lang/vi/index.js';

export function run(text: string, published: string | null = null): DocumentExtraction {
  const doc: CleanDocument = { id: 'doc', path: 'doc.txt', title: '', lang: 'vi', published, text: text.normalize('NFC') };
  return vi.extract(doc);
}

/** "Subject PREDICATE Object" with entity names; suffixes for topic, date, negation, attribution. */
export function lines(x: DocumentExtraction, opts: { positions?: boolean } = {}): string[] {
  const name = new Map(x.entities.map((e) => [e.id, e.name]));
  return x.relations
    .filter((r) => opts.positions || r.predicate !== 'HOLDS_POSITION')
    .map((r) =>
      [
        `${name.get(r.subject)} ${r.predicate} ${name.get(r.object)}`,
        r.topic ? ` topic=${r.topic}` : '',
        r.date ? ` date=${r.date}` : '',
        r.negated ? ' negated' : '',
        r.attributedTo ? ` by=${name.get(r.attributedTo)}` : '',
      ].join(''),
    )
    .sort();
}

/** Symmetric relations are stored in id order; compare them in both orders. */
export function sameRelation(line: string, expected: string): boolean {
  if (line === expected) return true;
  const m = /^(.+?) (MEET|CALL|COOPERATE|DISAGREE|CONFLICT) (.+?)((?: topic=| date=| negated| by=).*)?$/.exec(expected);
  if (!m) return false;
  const [, a, p, b, rest = ''] = m;
  return line === `${b} ${p} ${a}${rest}`;
}

export function hasRelation(x: DocumentExtraction, expected: string, opts: { positions?: boolean } = {}): boolean {
  return lines(x, { positions: opts.positions ?? expected.includes('HOLDS_POSITION') }).some((l) => sameRelation(l, expected));
}

/** A table row: a sentence and every relation line expected from it (nothing else may come out). */
export type Row = [sentence: string, expected: string[]];

/** Every expected line is there and nothing else: each row is a recall and a precision check. */
export function expectExactly([sentence, expected]: Row, published: string | null = null): void {
  const x = run(sentence, published);
  const got = lines(x);
  for (const e of expected) expect({ sentence, got, has: hasRelation(x, e) }).toEqual({ sentence, got, has: true });
  expect(got).toHaveLength(expected.length);
}
