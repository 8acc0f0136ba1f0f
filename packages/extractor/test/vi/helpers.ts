/** Test helpers: run the Vietnamese plugin on one text and print relations as readable lines. */
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
    .map((r) => [
      `${name.get(r.subject)} ${r.predicate} ${name.get(r.object)}`,
      r.topic ? ` topic=${r.topic}` : '',
      r.date ? ` date=${r.date}` : '',
      r.negated ? ' negated' : '',
      r.attributedTo ? ` by=${name.get(r.attributedTo)}` : '',
    ].join(''))
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
