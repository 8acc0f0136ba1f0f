/**
 * Titles read over tokens: a title in any case after its first word ("foreign minister"), a
 * title prefix ("Vice", "First Deputy"), the destination of a post ("ambassador to the EU"),
 * and the country or organization that qualifies a title ("Russian", "NATO").
 */
import type { Token } from '../tokens.js';
import type { Gazetteer } from '../actors.js';
import type { EnLexicon } from '../lexicon.js';
import type { Demonym, EntityRef, TokMention } from '../model.js';

/** The longest title (any case, up to four words, kind "title") starting at token k; a prefix may lead ("vice foreign minister"). */
export function lowerTitleAt(tokens: Token[], k: number, gaz: Gazetteer, lex: EnLexicon): { last: number; canonical: string } | undefined {
  const pre = prefixAt(tokens, k, lex);
  if (pre) {
    const rest = lowerTitleAt(tokens, pre.last, gaz, lex);
    if (rest) return { last: rest.last, canonical: `${pre.canonical} ${rest.canonical}` };
  }
  const word = tokens[k]?.text;
  if (word === undefined || (gaz.titleStart && !gaz.titleStart(word) && !extraTitleFirsts(lex).has(word.toLowerCase()))) return undefined;
  // Words joined by spaces or hyphens only, up to four.
  const surfaces: string[] = [];
  for (let j = k; j < tokens.length && j < k + 4; j++) {
    surfaces.push(j === k ? tokens[j].text : `${surfaces[surfaces.length - 1]} ${tokens[j].text}`);
    if (/[^\s\-]/.test(tokens[j].post)) break;
  }
  for (let n = surfaces.length; n >= 1; n--) {
    const surface = surfaces[n - 1];
    const e = gaz.title(surface);
    if (e && e.kind === 'title' && e.lang === 'en') return { last: k + n, canonical: e.canonical };
    const extra = lex.extraTitles.get(surface.toLowerCase());
    if (extra) return { last: k + n, canonical: extra };
  }
  return undefined;
}

/** First words of the lexicon's extra titles (keys are lower-case words joined by spaces). */
const extraFirsts = new WeakMap<EnLexicon, Set<string>>();
function extraTitleFirsts(lex: EnLexicon): Set<string> {
  let firsts = extraFirsts.get(lex);
  if (!firsts) extraFirsts.set(lex, (firsts = new Set([...lex.extraTitles.keys()].map((t) => t.split(' ')[0]))));
  return firsts;
}

/** After a post's destination ("ambassador to the EU X"): the token after "to [the] <entity>", else k. */
export function afterDestination(tokens: Token[], at: Array<TokMention | undefined>, k: number): number {
  if (tokens[k]?.norm !== 'to') return k;
  const j = tokens[k + 1]?.norm === 'the' ? k + 2 : k + 1;
  const m = at[j];
  return m && m.first === j && m.entity.type !== 'Person' ? m.last : k;
}

/** A title prefix ("Vice", "First Deputy") starting at token k and joined to the next word. */
export function prefixAt(tokens: Token[], k: number, lex: EnLexicon, maxLen = 2): { last: number; canonical: string } | undefined {
  const m = lex.titlePrefixes.at(tokens, k, Math.min(k + maxLen, tokens.length - 1), joinedToNext);
  return m && { last: m.end, canonical: m.value };
}
const joinedToNext = (tokens: readonly Token[], _i: number, j: number): boolean => /^[\s-]+$/.test(tokens[j]!.post) && !tokens[j]!.possessive;

/** The country or organization qualifying a title: "Russian", "Russia's", "NATO", "U.S.". */
export function qualifierBefore(
  tokens: Token[],
  at: Array<TokMention | undefined>,
  demonyms: Map<number, Demonym>,
  i: number,
): { ref: EntityRef; first: number } | undefined {
  const j = i - 1;
  if (j < 0 || /[,;:.(]/.test(tokens[j].post)) return undefined;
  const dem = demonyms.get(j);
  if (dem) return { ref: dem.ref, first: dem.first };
  const m = at[j];
  if (m && m.entity.type !== 'Person' && m.entity.type !== 'Event') return { ref: m.actor ?? m.entity, first: m.first };
  return undefined;
}
