/**
 * Government bodies the gazetteer does not know, named "<head> of <Capitalised words>"
 * ("Ministry of External Affairs", "Department of Homeland Security"; heads in
 * data/lexicons/en/org-heads.tsv). A demonym before it names the country: "the Indian
 * Ministry of External Affairs" → "Ministry of External Affairs of India", so that a title
 * after it ("… spokesperson Randhir Jaiswal") has its body.
 */
import { slugOf } from './slugs.js';
import type { Token } from '../tokens.js';
import type { Demonym, EntityRef, TokMention } from '../model.js';
import type { EnLexicon } from '../lexicon.js';

/** Unknown bodies as mentions over "<head> of <Name>" (the demonym stays a demonym). */
export function governmentBodies(
  text: string,
  tokens: Token[],
  at: Array<TokMention | undefined>,
  demonyms: Map<number, Demonym>,
  lex: EnLexicon,
): TokMention[] {
  const out: TokMention[] = [];
  for (let k = 0; k + 2 < tokens.length; k++) {
    const t = tokens[k];
    if (at[k] || !t.cap || !lex.orgHeads.has(t.norm) || tokens[k + 1].norm !== 'of' || !/^ $/.test(t.post) || !/^ $/.test(tokens[k + 1].post)) continue;
    let e = k + 2;
    // Capitalised words, with "and"/"the" inside ("Ministry of Agriculture and Rural Development").
    while (
      e < tokens.length &&
      e - k < 8 &&
      !at[e] &&
      (tokens[e].cap || ((tokens[e].norm === 'and' || tokens[e].norm === 'the') && tokens[e + 1]?.cap && e > k + 2))
    ) {
      e++;
      if (!/^ $/.test(tokens[e - 1].post) || tokens[e - 1].possessive) break;
    }
    while (e > k + 2 && !tokens[e - 1].cap) e--;
    if (e === k + 2) continue;
    const surface = text.slice(t.start, tokens[e - 1].end).replace(/['’]s?$/, '');
    const dem = demonyms.get(k - 1);
    const name = dem && dem.last === k ? `${surface} of ${dem.ref.name}` : surface;
    out.push({ first: k, last: e, start: t.start, end: t.start + surface.length, text: surface, entity: { id: slugOf(name), name, type: 'Organization' } });
    k = e - 1;
  }
  return out;
}

/**
 * A known body's name inside a longer capitalised one is another body: "National Security
 * Council" is not the (UN) Security Council. The longer name, with the country named right
 * before it ("U.S. National Security Council" → "United States National Security Council"),
 * or undefined when the hit is not such a tail.
 */
export function longerBody(
  text: string,
  tokens: Token[],
  first: number,
  last: number,
  at: Array<TokMention | undefined>,
  countryBefore: (k: number) => EntityRef | undefined,
): TokMention | undefined {
  let s = first;
  while (
    s - 1 >= 0 &&
    !at[s - 1] &&
    tokens[s - 1].cap &&
    /^ $/.test(tokens[s - 1].post) &&
    !tokens[s - 1].possessive &&
    !tokens[s - 1].tags.has('Determiner') &&
    !countryBefore(s - 1)
  )
    s--;
  // A sentence-initial word is capitalised anyway: only a word after another word counts.
  if (s === first || s === 0 || /[.!?]\s*$/.test(tokens[s - 1].post)) return undefined;
  const surface = text.slice(tokens[s].start, tokens[last - 1].end).replace(/['’]s?$/, '');
  const country = countryBefore(s - 1);
  const name = country ? `${country.name} ${surface}` : surface;
  return {
    first: s,
    last,
    start: tokens[s].start,
    end: tokens[s].start + surface.length,
    text: surface,
    entity: { id: slugOf(name), name, type: 'Organization' },
  };
}
