/**
 * MEMBER_OF from "<organization> <member noun> <country>" ("NATO member Poland", "EU member
 * states Hungary and Slovakia") and the appositive "<country>, a <organization> <member
 * noun>," ("Turkey, a NATO ally,"). Member nouns are in data/lexicons/en/membership.tsv.
 */
import type { Relation } from '../../schema.js';
import type { Token, TokSentence } from './tokens.js';
import type { Recognized } from './entities.js';
import type { EnLexicon } from './lexicon.js';
import { objectsAfter } from './roles.js';

/** Length of a member noun starting at token k, or 0. */
function memberNounAt(tokens: Token[], k: number, lex: EnLexicon): number {
  for (const n of lex.memberNouns) if (n.every((w, j) => tokens[k + j]?.norm === w)) return n.length;
  return 0;
}

/** MEMBER_OF relations of one sentence. */
export function memberships(s: TokSentence, tokens: Token[], rec: Recognized, lex: EnLexicon, docId: string): Relation[] {
  const out: Relation[] = [];
  const evidence = [{ doc: docId, sentence: s.text, start: s.start, end: s.end }];
  const add = (country: string, org: string): void => {
    if (country !== org) out.push({ subject: country, predicate: 'MEMBER_OF', object: org, negated: false, attributedTo: null, confidence: 0.8, evidence });
  };
  for (let k = s.first; k < s.last; k++) {
    const m = rec.at[k];
    if (!m || m.first !== k || m.entity.type !== 'Organization' || tokens[m.last - 1].possessive) continue;
    const n = memberNounAt(tokens, m.last, lex);
    if (!n) continue;
    // "NATO member Poland", "EU member states Hungary and Slovakia"
    const members = objectsAfter(tokens, m.last + n, { first: s.first, last: s.last }, rec, lex, 'actor');
    if (members[0]?.first === m.last + n) for (const p of members) if (p.entity.type === 'Country') add(p.entity.id, m.entity.id);
    // "Turkey, a NATO ally," — the country, a comma, an article, the organization, the noun.
    const art = tokens[k - 1];
    const c = art && /^(a|an|the|fellow)$/.test(art.norm) ? rec.at[k - 2] : undefined;
    if (c && c.entity.type === 'Country' && !c.actor && /,/.test(tokens[k - 2].post) && /[,.;]/.test(tokens[m.last + n - 1].post)) add(c.entity.id, m.entity.id);
  }
  return out;
}
