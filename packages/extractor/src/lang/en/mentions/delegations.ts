/**
 * A country's delegation named with its leader: "a Russian delegation led by Foreign Minister
 * Sergei Lavrov", "a US team headed by Secretary of State Marco Rubio" (nouns and cues in
 * data/lexicons/en/delegations.tsv). The leader is the participant; the country is the one the
 * leader acts for in that sentence.
 */
import type { Token } from '../tokens.js';
import type { Delegation, Demonym, Post, TokMention } from '../model.js';
import type { EnLexicon } from '../lexicon.js';

/** Length of the phrase of `phrases` starting at token k, or 0. */
function phraseAt(tokens: Token[], k: number, phrases: EnLexicon['delegationNouns']): number {
  const m = phrases.at(tokens, k, tokens.length, spaced);
  return m ? m.end - k : 0;
}
const spaced = (tokens: readonly Token[], i: number, j: number): boolean => j === i || /^ $/.test(tokens[j - 1]!.post);

/** Every "<country|demonym> <delegation noun> <cue> [title] <Person>" of the document. */
export function findDelegations(
  tokens: Token[],
  at: Array<TokMention | undefined>,
  demonyms: Map<number, Demonym>,
  posts: Post[],
  lex: EnLexicon,
): Delegation[] {
  const out: Delegation[] = [];
  for (let k = 0; k < tokens.length; k++) {
    const m = at[k];
    const own = m && m.first === k && (m.actor ?? m.entity).type === 'Country';
    const d = own ? undefined : demonyms.get(k);
    const country = own ? { ref: m.actor ?? m.entity, last: m.last } : d && d.first === k ? { ref: d.ref, last: d.last } : undefined;
    if (!country || /[^\s]/.test(tokens[country.last - 1].post)) continue;
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
