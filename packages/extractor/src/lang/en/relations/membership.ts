/**
 * MEMBER_OF from "<organization> <member noun> <country>" ("NATO member Poland", "EU member
 * states Hungary and Slovakia") and the appositive "<country>, a <organization> <member
 * noun>," ("Turkey, a NATO ally,"). Member nouns are in data/lexicons/en/membership.tsv.
 */
import type { Relation } from '../../../schema.js';
import type { Token, TokSentence } from '../tokens.js';
import type { Recognized } from '../model.js';
import type { EnLexicon } from '../lexicon.js';
import { objectsAfter, subjectsBefore } from './roles.js';

/** First words of the member nouns. */
const firstWords = new WeakMap<EnLexicon, Set<string>>();
function memberNounFirsts(lex: EnLexicon): Set<string> {
  let firsts = firstWords.get(lex);
  if (!firsts) firstWords.set(lex, (firsts = new Set(lex.memberNouns.firstWords())));
  return firsts;
}

/** Length of a member noun starting at token k, or 0. */
function memberNounAt(tokens: Token[], k: number, lex: EnLexicon): number {
  const m = lex.memberNouns.at(tokens, k);
  return m ? m.end - k : 0;
}

/**
 * "Sweden is a member of NATO", "Poland and Hungary are members of the EU", "Poland, a member
 * of the European Union,": a member noun at k, then "of [the] <organization>"; the countries are
 * the subject of "is/are" or the appositive's head before ", a".
 */
function memberOfAt(tokens: Token[], k: number, rec: Recognized, lex: EnLexicon): { countries: string[]; org: string } | undefined {
  const n = memberNounAt(tokens, k, lex);
  if (!n || tokens[k + n]?.norm !== 'of') return undefined;
  const j = tokens[k + n + 1]?.norm === 'the' ? k + n + 2 : k + n + 1;
  const org = rec.at[j];
  if (!org || org.first !== j || org.entity.type !== 'Organization') return undefined;
  let d = k - 1;
  while (d >= 0 && /^(a|an|the|full|founding|fellow|permanent)$/.test(tokens[d].norm)) d--;
  if (d < 0) return undefined;
  const countries: string[] = [];
  if (lex.fw.be.has(tokens[d].norm)) {
    for (const p of subjectsBefore(tokens, d, { first: Math.max(0, d - 12), last: d }, rec, lex)) if (p.entity.type === 'Country') countries.push(p.entity.id);
  } else if (/,/.test(tokens[d].post) && rec.at[d]?.entity.type === 'Country' && !rec.at[d]!.actor) countries.push(rec.at[d]!.entity.id);
  return countries.length ? { countries, org: (org.actor ?? org.entity).id } : undefined;
}

/** MEMBER_OF relations of one sentence. */
export function memberships(s: TokSentence, tokens: Token[], rec: Recognized, lex: EnLexicon, docId: string): Relation[] {
  const out: Relation[] = [];
  // Every construction but a group's needs a member noun in the sentence or after a mention of it.
  if (!rec.groups.length && !hasMemberNoun(tokens, s, rec, lex)) return out;
  const evidence = [{ doc: docId, sentence: s.text, start: s.start, end: s.end }];
  const add = (country: string, org: string): void => {
    if (country !== org) out.push({ subject: country, predicate: 'MEMBER_OF', object: org, negated: false, attributedTo: null, confidence: 0.8, evidence });
  };
  for (const g of rec.groups) if (g.org.first >= s.first && g.org.first < s.last) for (const c of g.members) add(c.entity.id, g.org.entity.id);
  for (let k = s.first; k < s.last; k++) {
    const of = memberOfAt(tokens, k, rec, lex);
    if (of) for (const c of of.countries) add(c, of.org);
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
    if (c && c.entity.type === 'Country' && !c.actor && /,/.test(tokens[k - 2].post) && /[,.;]/.test(tokens[m.last + n - 1].post))
      add(c.entity.id, m.entity.id);
    // "Poland and Lithuania, both NATO members," — a list, a comma, both/all, the organization, the noun.
    if (art && /^(both|all)$/.test(art.norm) && /,/.test(tokens[k - 2]?.post ?? '') && /[,.;]/.test(tokens[m.last + n - 1].post))
      for (const p of subjectsBefore(tokens, k - 1, { first: s.first, last: k - 1 }, rec, lex))
        if (p.entity.type === 'Country' && !p.mention?.actor) add(p.entity.id, m.entity.id);
  }
  return out;
}

function hasMemberNoun(tokens: Token[], s: TokSentence, rec: Recognized, lex: EnLexicon): boolean {
  const firsts = memberNounFirsts(lex);
  for (let k = s.first; k < s.last; k++) {
    const m = rec.at[k];
    if (firsts.has(tokens[k].norm) || (m && m.first === k && firsts.has(tokens[m.last]?.norm))) return true;
  }
  return false;
}
