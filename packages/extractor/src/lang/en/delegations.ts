/**
 * A country's delegation named with its leader: "a Russian delegation led by Foreign Minister
 * Sergei Lavrov", "a US team headed by Secretary of State Marco Rubio" (nouns and cues in
 * data/lexicons/en/delegations.tsv). The leader is the participant; the country is the one the
 * leader acts for in that sentence.
 */
import type { Token } from './tokens.js';
import type { Delegation, Demonym, Post, TokMention } from './mentions.js';
import type { EnLexicon } from './lexicon.js';

/** Length of the phrase of `phrases` starting at token k, or 0. */
function phraseAt(tokens: Token[], k: number, phrases: string[][]): number {
  for (const p of phrases) if (p.every((w, j) => tokens[k + j]?.norm === w && (j === p.length - 1 || /^ $/.test(tokens[k + j].post)))) return p.length;
  return 0;
}

/** First words of the delegation nouns ("delegation", "team"). */
const firstWords = new WeakMap<EnLexicon, Set<string | undefined>>();
function delegationNounFirsts(lex: EnLexicon): Set<string | undefined> {
  let firsts = firstWords.get(lex);
  if (!firsts) firstWords.set(lex, (firsts = new Set(lex.delegationNouns.map((n) => n[0]))));
  return firsts;
}

/** Every "<country|demonym> <delegation noun> <cue> [title] <Person>" of the document. */
export function findDelegations(
  tokens: Token[],
  at: Array<TokMention | undefined>,
  demonyms: Map<number, Demonym>,
  posts: Post[],
  lex: EnLexicon,
): Delegation[] {
  const out: Delegation[] = [];
  const nounFirsts = delegationNounFirsts(lex);
  for (let k = 0; k < tokens.length; k++) {
    const m = at[k];
    const own = m && m.first === k && (m.actor ?? m.entity).type === 'Country';
    const d = own ? undefined : demonyms.get(k);
    const country = own ? { ref: m.actor ?? m.entity, last: m.last } : d && d.first === k ? { ref: d.ref, last: d.last } : undefined;
    // A delegation noun must follow: most countries and demonyms have none after them.
    if (!country || !nounFirsts.has(tokens[country.last]?.norm) || /[^\s]/.test(tokens[country.last - 1].post)) continue;
    const n = phraseAt(tokens, country.last, lex.delegationNouns);
    if (!n) continue;
    const c = phraseAt(tokens, country.last + n, lex.delegationCues);
    if (!c) continue;
    const j = country.last + n + c;
    // The leader: a person there, or the person a title there introduces.
    const post = posts.find((p) => p.first === j || (p.first < j && j < p.person.first));
    const leader = at[j]?.entity.type === 'Person' && at[j]!.first === j ? at[j]! : post?.person;
    if (!leader) continue;
    out.push({ country: country.ref, leader, first: k, last: leader.last });
  }
  return out;
}
