/**
 * Appositive titles after a person's name, closed by a comma or the sentence end:
 * "Sergei Lavrov, Russia's foreign minister,", "Lavrov, the Russian foreign minister,",
 * "Ben Rhodes, the White House deputy national security adviser," (a seat stands for its
 * country), and a post relative to another titled person: "Yuri Ushakov, an adviser to
 * Russian President Vladimir Putin," holds his post in that person's country.
 */
import type { Token } from '../tokens.js';
import type { Demonym, EntityRef, Post, TokMention } from '../model.js';

type TitleAt = (k: number) => { last: number; canonical: string } | undefined;

const ARTICLE = /^(the|a|an)$/;
const closes = (tokens: Token[], k: number): boolean => k === tokens.length || /[,.;]/.test(tokens[k - 1].post);

/** The country or body named at k ("Russia's", "the Kremlin", "Russian"), with the token after it. */
function qualifierAt(k: number, at: Array<TokMention | undefined>, demonyms: Map<number, Demonym>): { of: EntityRef; next: number } | undefined {
  const qm = at[k];
  if (qm && qm.first === k && qm.entity.type !== 'Person' && (qm.entity.type !== 'Location' || qm.actor)) return { of: qm.actor ?? qm.entity, next: qm.last };
  const dem = demonyms.get(k);
  if (dem && dem.first === k) return { of: dem.ref, next: dem.last };
  return undefined;
}

/**
 * The appositive post of person mention `m`, or undefined. `posts` are the title posts read so
 * far (for "an adviser to <titled person>"); `known` says whether the people gazetteer knows the
 * person (then a bare "the foreign minister" may be completed from it).
 */
export function appositivePost(
  m: TokMention,
  tokens: Token[],
  at: Array<TokMention | undefined>,
  demonyms: Map<number, Demonym>,
  posts: Post[],
  titleAt: TitleAt,
  known: boolean,
): Post | undefined {
  if (m.entity.type !== 'Person' || !/,/.test(tokens[m.last - 1].post)) return undefined;
  let k = m.last;
  const article = ARTICLE.test(tokens[k]?.norm ?? '');
  if (article) k++;
  const q = qualifierAt(k, at, demonyms);
  const hit = titleAt(q ? q.next : k);
  if (!hit) return undefined;
  const post = (of: EntityRef | undefined, last: number): Post => ({
    person: m,
    title: hit.canonical,
    ...(of ? { of } : {}),
    first: m.first,
    last,
    appositive: true,
  });
  if (q) return closes(tokens, hit.last) ? post(q.of, hit.last) : undefined;
  // "an adviser to Russian President Vladimir Putin,": the country of the person advised.
  if (tokens[hit.last]?.norm === 'to') {
    const j = tokens[hit.last + 1]?.norm === 'the' ? hit.last + 2 : hit.last + 1;
    const other = posts.find((p) => p.first === j && p.of && !p.appositive);
    if (other && closes(tokens, other.last)) return post(other.of, other.last);
    return undefined;
  }
  return article && known && closes(tokens, hit.last) ? post(undefined, hit.last) : undefined;
}
